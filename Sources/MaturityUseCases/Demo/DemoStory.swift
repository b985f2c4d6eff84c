import MaturityKit

/// What happened to one objective of a demo client's roadmap: status changes
/// and measure readings, in the order they happened.
struct DemoStory: Sendable {
    /// One thing the OSPO lead recorded.
    enum Event: Sendable {
        /// The objective moved to a new state, with the lead's note.
        case status(CalendarDate, ObjectiveState, String?)
        /// A reading of the measure `action.measure`, from a source, with an optional note.
        case reading(CalendarDate, measure: String, value: Double, source: String, note: String?)

        var date: CalendarDate {
            switch self {
            case .status(let date, _, _), .reading(let date, _, _, _, _): return date
            }
        }
    }

    /// The roadmap action the objective tracks.
    var action: String
    var events: [Event]

    init(_ action: String, _ events: [Event]) {
        self.action = action
        self.events = events
    }
}
