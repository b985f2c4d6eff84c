import MaturityKit

/// The date styles a report can be written in (`--locale`): one per report,
/// used by every date it shows, so that a page never mixes "4 Jan 2027" and
/// "2027-01-04".
public enum ReportLocale: String, CaseIterable, Sendable {
    /// "4 Jan 2027", "Jan–Mar 2027": the default.
    case enGB = "en-GB"
    /// "Jan 4, 2027", "Jan–Mar 2027".
    case enUS = "en-US"
    /// "2027-01-04", "2027-01 to 2027-03".
    case iso
}

/// Dates as reports write them, in one `ReportLocale`.
///
/// Every date comes out unbreakable: the spaces inside it are no-break
/// spaces (U+00A0) and an ISO date's hyphens are no-break hyphens (U+2011),
/// so neither a browser nor a PDF ever splits a date across lines ("2027-04-"
/// at the end of one line and "03" on the next). JSON and CSV keep plain ISO
/// dates (`CalendarDate.description`); they are for programs.
public struct ReportDates: Sendable, Hashable {
    public var locale: ReportLocale

    public init(_ locale: ReportLocale = .enGB) { self.locale = locale }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let space = "\u{00A0}"
    static let hyphen = "\u{2011}"

    static func month(_ date: CalendarDate) -> String { monthNames[max(0, min(11, date.month - 1))] }

    /// One day: "4 Jan 2027", "Jan 4, 2027" or "2027‑01‑04".
    public func day(_ date: CalendarDate) -> String {
        let s = Self.space
        switch locale {
        case .enGB: return "\(date.day)\(s)\(Self.month(date))\(s)\(date.year)"
        case .enUS: return "\(Self.month(date))\(s)\(date.day),\(s)\(date.year)"
        case .iso: return date.description.replacingOccurrences(of: "-", with: Self.hyphen)
        }
    }

    /// From one day to another: "4 Jan 2027 to 3 Jan 2028".
    public func range(_ start: CalendarDate, _ end: CalendarDate) -> String {
        "\(day(start)) to \(day(end))"
    }

    /// The months a period covers: "Jan–Mar 2027", "Nov 2026–Jan 2027"; in
    /// ISO "2027‑01 to 2027‑03".
    public func months(_ start: CalendarDate, _ end: CalendarDate) -> String {
        let s = Self.space
        if locale == .iso {
            func month(_ date: CalendarDate) -> String { "\(date.year)\(Self.hyphen)\(String(date.month).leftPadded(to: 2))" }
            return start.year == end.year && start.month == end.month ? month(start) : "\(month(start)) to \(month(end))"
        }
        let first = Self.month(start), last = Self.month(end)
        if start.year == end.year {
            return start.month == end.month ? "\(first)\(s)\(start.year)" : "\(first)–\(last)\(s)\(end.year)"
        }
        return "\(first)\(s)\(start.year)–\(last)\(s)\(end.year)"
    }

    /// The default style's day ("4 Jan 2027"), for code that has no report
    /// options at hand; a view uses `page.dates` instead.
    static func long(_ date: CalendarDate) -> String { ReportDates().day(date) }

    /// The default style's months ("Jan–Mar 2027"); a view uses `page.dates` instead.
    static func monthRange(_ start: CalendarDate, _ end: CalendarDate) -> String { ReportDates().months(start, end) }
}
