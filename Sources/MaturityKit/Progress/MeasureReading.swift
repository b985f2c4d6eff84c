/// One recorded value of a measure: what it was on a day, and where the
/// number came from.
public struct MeasureReading: Sendable, Hashable, Codable {
    public var date: CalendarDate
    public var value: Double
    /// Where the value came from (a dashboard, a survey, a count by hand).
    public var source: String?
    public var note: String?

    public init(date: CalendarDate, value: Double, source: String? = nil, note: String? = nil) {
        self.date = date
        self.value = value
        self.source = source
        self.note = note
    }
}
