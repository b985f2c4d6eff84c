/// Sums over a whole roadmap.
public struct PlanTotals: Sendable, Hashable, Codable {
    /// Actions needed to reach the targets (scheduled plus backlog).
    public var neededActions: Int
    public var scheduledActions: Int
    /// Person-days scheduled.
    public var scheduledEffort: Double
    /// Person-days available over the horizon: phases × capacity.
    public var capacity: Double
    public var backlogActions: Int
    /// Person-days of the backlog.
    public var backlogEffort: Double
    /// Person-days per role over the whole plan, largest first.
    public var staffing: [RoleEffort]

    public init(neededActions: Int, scheduledActions: Int, scheduledEffort: Double, capacity: Double,
                backlogActions: Int, backlogEffort: Double, staffing: [RoleEffort]) {
        self.neededActions = neededActions
        self.scheduledActions = scheduledActions
        self.scheduledEffort = scheduledEffort
        self.capacity = capacity
        self.backlogActions = backlogActions
        self.backlogEffort = backlogEffort
        self.staffing = staffing
    }

    /// Scheduled effort ÷ capacity, in [0, 1].
    public var utilisation: Double { capacity > 0 ? scheduledEffort / capacity : 0 }
}
