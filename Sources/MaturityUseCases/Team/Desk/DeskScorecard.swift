import MaturityKit
import MaturityReports

/// The live scorecard of one assessment, with the targets of the
/// organisation's current plan when it has one.
public struct DeskScorecard: Sendable, Hashable {
    public var assessment: AssessmentListing
    public var scorecard: Scorecard
    /// Dimension id → target level of the current plan's profile; empty without a plan.
    public var targets: [String: Int]
    /// Respondent id → the name to show (the id when no name was given).
    public var names: [String: String]
}
