/// The five reports: who each is for is in docs/reports.md.
public enum ReportKind: String, Sendable, Hashable, CaseIterable {
    /// Scores, level descriptors, coverage, dissent and every answer.
    case assessment
    /// One or two printed pages for leadership.
    case executive
    /// Phases, objectives, measures, roles, dependencies, staffing, backlog.
    case roadmap
    /// Objective statuses, measure trends and maturity over assessments.
    case progress
    /// Many organisations side by side, with group averages.
    case portfolio

    /// "Maturity assessment", as the report's title.
    public var title: String {
        switch self {
        case .assessment: return "Maturity assessment"
        case .executive: return "Executive summary"
        case .roadmap: return "Roadmap"
        case .progress: return "Progress report"
        case .portfolio: return "Portfolio"
        }
    }
}
