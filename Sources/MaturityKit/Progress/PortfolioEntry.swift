/// One organisation of a portfolio: its assessments, oldest first, and the
/// group it is compared within (a sector or a target archetype).
public struct PortfolioEntry: Sendable, Hashable {
    public var organisation: String
    /// A sector or archetype; entries without one form their own group.
    public var group: String?
    /// Oldest first.
    public var scorecards: [Scorecard]

    public init(organisation: String, group: String? = nil, scorecards: [Scorecard]) {
        self.organisation = organisation
        self.group = group
        self.scorecards = scorecards.sorted { $0.date < $1.date }
    }

    /// The most recent assessment.
    public var latest: Scorecard? { scorecards.last }
}
