/// How much of the targets a roadmap delivers by the horizon's end, the
/// quantity the planner maximises.
public struct PlanValue: Sendable, Hashable, Codable {
    /// Σ over planned dimensions of importance × levels reached by the end
    /// of the last phase, counting no level above the target.
    public var delivered: Int
    /// Σ over planned dimensions of importance × gap: the value of reaching every target.
    public var possible: Int
    /// The tie-breaker: Σ importance × phases remaining after the phase each level is reached.
    public var earliness: Int
    /// Whether the search over level steps finished (the plan is the best
    /// the search can find) rather than stopping at its budget.
    public var searchComplete: Bool

    public init(delivered: Int, possible: Int, earliness: Int, searchComplete: Bool) {
        self.delivered = delivered
        self.possible = possible
        self.earliness = earliness
        self.searchComplete = searchComplete
    }
}
