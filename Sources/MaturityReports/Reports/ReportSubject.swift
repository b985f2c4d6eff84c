import MaturityKit

/// What a report is made from: the values of one report kind.
public enum ReportSubject: Sendable {
    /// A scored assessment, the rubrics it was scored against (for the level
    /// descriptors), and optionally a profile (for targets and gaps).
    case assessment(Scorecard, rubrics: [Rubric], profile: Profile?)
    /// An assessment and the roadmap planned from it.
    case executive(Scorecard, Roadmap, rubrics: [Rubric])
    /// A roadmap and the rubrics it was planned from (for dependencies).
    case roadmap(Roadmap, rubrics: [Rubric])
    /// An organisation's objectives, measures and assessments over time.
    case progress(ProgressReport)
    /// Organisations side by side.
    case portfolio(Portfolio)

    public var kind: ReportKind {
        switch self {
        case .assessment: return .assessment
        case .executive: return .executive
        case .roadmap: return .roadmap
        case .progress: return .progress
        case .portfolio: return .portfolio
        }
    }
}
