/// An action placed in a phase of a roadmap, with why it sits there.
public struct ScheduledAction: Sendable, Hashable {
    public var id: String
    public var title: String
    public var dimension: String
    /// The level of its dimension the action helps reach.
    public var level: Int
    /// Person-days.
    public var effort: Double
    /// 1…5.
    public var impact: Int
    /// The priority it was scheduled with (see `Planner`).
    public var priority: Double
    public var roles: [String]
    /// Its measures, each due at the end of the phase.
    public var measures: [ScheduledMeasure]
    public var reason: PlacementReason

    public init(id: String, title: String, dimension: String, level: Int, effort: Double, impact: Int,
                priority: Double, roles: [String], measures: [ScheduledMeasure], reason: PlacementReason) {
        self.id = id
        self.title = title
        self.dimension = dimension
        self.level = level
        self.effort = effort
        self.impact = impact
        self.priority = priority
        self.roles = roles
        self.measures = measures
        self.reason = reason
    }
}
