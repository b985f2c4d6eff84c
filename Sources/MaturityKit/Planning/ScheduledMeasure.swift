/// A measure of a scheduled action, with the date its target is due.
public struct ScheduledMeasure: Sendable, Hashable, Codable {
    public var measure: Measure
    /// The end of the phase the action is scheduled in.
    public var due: CalendarDate

    public init(measure: Measure, due: CalendarDate) {
        self.measure = measure
        self.due = due
    }

    public var id: String { measure.id }
    public var name: String { measure.name }
    public var target: Double { measure.target }
}
