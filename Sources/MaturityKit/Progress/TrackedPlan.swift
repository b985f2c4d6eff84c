/// The roadmap a progress report tracks: when it was accepted, and the date
/// of the assessment it was planned from.
public struct TrackedPlan: Sendable, Hashable {
    public var accepted: CalendarDate
    public var plannedFrom: CalendarDate

    public init(accepted: CalendarDate, plannedFrom: CalendarDate) {
        self.accepted = accepted
        self.plannedFrom = plannedFrom
    }
}
