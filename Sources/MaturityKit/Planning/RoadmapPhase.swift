/// One phase of a roadmap: its dates, capacity, the actions scheduled in it
/// and the staffing they need.
public struct RoadmapPhase: Sendable, Hashable {
    /// 1-based.
    public var number: Int
    /// `plan.start + (number − 1) × phase_months` months.
    public var start: CalendarDate
    /// The day before the next phase starts.
    public var end: CalendarDate
    /// Person-days available.
    public var capacity: Double
    /// In the order they were placed: pinned first, then by priority.
    public var actions: [ScheduledAction]
    /// Person-days per role, largest first; each action's effort is split
    /// evenly among its roles.
    public var staffing: [RoleEffort]

    public init(number: Int, start: CalendarDate, end: CalendarDate, capacity: Double,
                actions: [ScheduledAction], staffing: [RoleEffort]) {
        self.number = number
        self.start = start
        self.end = end
        self.capacity = capacity
        self.actions = actions
        self.staffing = staffing
    }

    /// Person-days used: the sum of the actions' efforts.
    public var effort: Double { actions.reduce(0) { $0 + $1.effort } }
}
