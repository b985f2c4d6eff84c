import Foundation
import MaturityKit

/// The day commands take as today: `OSPO_TODAY` (YYYY-MM-DD) when set, for
/// reproducible runs and tests, otherwise the local date.
enum Today {
    /// `OSPO_TODAY`, read once. An unreadable value stops the command before
    /// it reads or writes anything.
    static let fixed: CalendarDate? = {
        guard let text = ProcessInfo.processInfo.environment["OSPO_TODAY"], !text.isEmpty else { return nil }
        guard let date = CalendarDate(iso: text) else {
            Console.err("error: OSPO_TODAY must be a date as YYYY-MM-DD, found '\(text)'; unset it to use today's date")
            exit(64)
        }
        return date
    }()

    static var date: CalendarDate {
        if let fixed { return fixed }
        return CalendarDate(Date())
    }
}
