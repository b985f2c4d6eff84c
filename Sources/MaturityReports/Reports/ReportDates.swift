import MaturityKit

/// Dates as reports write them.
enum ReportDates {
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "9 Nov 2026".
    static func long(_ date: CalendarDate) -> String {
        "\(date.day) \(months[max(0, min(11, date.month - 1))]) \(date.year)"
    }

    /// "Jan–Mar 2027", or "Nov 2026–Jan 2027" across a year.
    static func monthRange(_ start: CalendarDate, _ end: CalendarDate) -> String {
        let first = months[max(0, min(11, start.month - 1))], last = months[max(0, min(11, end.month - 1))]
        if start.year == end.year {
            return start.month == end.month ? "\(first) \(start.year)" : "\(first)–\(last) \(end.year)"
        }
        return "\(first) \(start.year)–\(last) \(end.year)"
    }
}
