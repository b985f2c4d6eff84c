import MaturityKit
import MaturityReports

/// One assessment on the organisation's page of the desk: what it is, and
/// where the account may see them, its scores and how far the answers are.
public struct DeskAssessmentRow: Sendable, Hashable {
    public var assessment: AssessmentListing
    /// nil when the account may not see scores, or nothing is answered yet.
    public var overall: LevelScore?
    /// The dimensions' coverage weighted by their weights (Σ wᵢ·cᵢ ÷ Σ wᵢ);
    /// nil when the account may not see scores.
    public var coverage: Double?
    /// How many people answered at least one question; nil without scores.
    public var respondents: Int?
    /// Invitations not revoked, and how many of them have answered every question put to them.
    public var invited: Int
    public var finished: Int
}
