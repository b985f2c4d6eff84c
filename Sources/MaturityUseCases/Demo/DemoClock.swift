import Foundation
import MaturityKit

/// The time the demo's workspace stamps its records with. The demo sets it to
/// the day of each event before recording it, so objectives' histories read
/// like the year they tell, and two runs stamp the same times.
final class DemoClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ day: CalendarDate) {
        current = DemoClock.date(day)
    }

    /// Moves the clock to 09:00 UTC of `day`.
    func set(_ day: CalendarDate) {
        lock.withLock { current = DemoClock.date(day) }
    }

    var now: Date { lock.withLock { current } }

    private static func date(_ day: CalendarDate) -> Date {
        Date(timeIntervalSince1970: TimeInterval(day.dayNumber * 86_400 + 9 * 3_600))
    }
}
