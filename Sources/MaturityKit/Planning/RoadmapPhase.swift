/// One phase of a roadmap: its dates, capacity, the actions starting in it,
/// the long actions continuing from earlier phases, and the staffing they need.
public struct RoadmapPhase: Sendable, Hashable, Codable {
    /// 1-based.
    public var number: Int
    /// `plan.start + (number − 1) × phase_months` months.
    public var start: CalendarDate
    /// The day before the next phase starts.
    public var end: CalendarDate
    /// Person-days available.
    public var capacity: Double
    /// Actions starting in this phase, in the order they were placed.
    public var actions: [ScheduledAction]
    /// Long actions started in an earlier phase and still running.
    public var continuing: [ContinuingAction]
    /// Person-days per role, largest first; each action's effort in the
    /// phase is split evenly among its roles.
    public var staffing: [RoleEffort]

    public init(number: Int, start: CalendarDate, end: CalendarDate, capacity: Double,
                actions: [ScheduledAction], continuing: [ContinuingAction] = [], staffing: [RoleEffort]) {
        self.number = number
        self.start = start
        self.end = end
        self.capacity = capacity
        self.actions = actions
        self.continuing = continuing
        self.staffing = staffing
    }

    /// Person-days used: each action's share of this phase.
    public var effort: Double {
        actions.reduce(0) { $0 + $1.effort(inPhase: number) } + continuing.reduce(0) { $0 + $1.effort }
    }

    /// Monday to Friday from `start` to `end`, both included; public holidays are not known.
    public var workingDays: Int { CalendarDate.weekdays(from: start, through: end) }

    /// Full-time equivalents: person-days ÷ working days.
    public func fte(_ personDays: Double) -> Double {
        workingDays > 0 ? personDays / Double(workingDays) : 0
    }
}

extension CalendarDate {
    /// Monday to Friday between two dates, both included (0 when `end` is before `start`).
    public static func weekdays(from start: CalendarDate, through end: CalendarDate) -> Int {
        let first = start.dayNumber, last = end.dayNumber
        guard last >= first else { return 0 }
        // 1970-01-01 was a Thursday: (dayNumber + 3) mod 7 is 0 on Mondays.
        func weekdaysBefore(_ day: Int) -> Int {
            let weeks = day >= 0 ? day / 7 : (day - 6) / 7
            let rest = day - weeks * 7
            // Days 0…rest−1 of a week starting on a Thursday (Th, F, Sa, Su, M, Tu, W).
            let pattern = [1, 1, 0, 0, 1, 1, 1]
            return weeks * 5 + pattern.prefix(rest).reduce(0, +)
        }
        return weekdaysBefore(last + 1) - weekdaysBefore(first)
    }
}
