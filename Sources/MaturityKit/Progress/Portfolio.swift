/// Many organisations side by side per dimension, from each one's latest
/// assessment, with the mean of every group (sector or archetype).
///
/// A group's mean of a dimension averages the organisations where it was
/// assessed; an unassessed dimension is left out, never counted as 0.
public struct Portfolio: Sendable, Hashable {
    public var entries: [PortfolioEntry]
    /// The dimensions of every entry's latest scorecard, in first-seen order.
    public var dimensions: [(id: String, title: String, module: String)] {
        var seen = Set<String>()
        var out: [(String, String, String)] = []
        for entry in entries {
            for dimension in entry.latest?.dimensions ?? [] where seen.insert(dimension.id).inserted {
                out.append((dimension.id, dimension.title, dimension.module))
            }
        }
        return out
    }

    /// Groups with fewer organisations are not averaged (`groups` leaves
    /// them out); 1 averages every group, 3 once anonymised.
    public var minimumGroupSize: Int

    public init(entries: [PortfolioEntry], minimumGroupSize: Int = 1) {
        self.entries = entries
        self.minimumGroupSize = minimumGroupSize
    }

    /// The group name used for entries without one.
    public static let ungrouped = "Ungrouped"

    /// The groups in first-seen order, those with fewer than
    /// `minimumGroupSize` organisations left out.
    public var groups: [String] {
        var seen = Set<String>()
        let names = entries.map { $0.group ?? Portfolio.ungrouped }
        return names.filter { seen.insert($0).inserted }
            .filter { name in names.filter { $0 == name }.count >= minimumGroupSize }
    }

    /// An entry's latest score of a dimension; nil when unassessed.
    public func score(_ entry: PortfolioEntry, _ dimension: String) -> Double? {
        entry.latest?.dimension(dimension)?.score
    }

    /// The mean latest score of a dimension over a group's assessed
    /// organisations; nil when none of them assessed it.
    public func average(group: String, dimension: String) -> Double? {
        let scores = entries.filter { ($0.group ?? Portfolio.ungrouped) == group }.compactMap { score($0, dimension) }
        return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }

    /// The mean overall score of a group's latest assessments.
    public func averageOverall(group: String) -> Double? {
        let scores = entries.filter { ($0.group ?? Portfolio.ungrouped) == group }.compactMap { $0.latest?.overall?.score }
        return scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count)
    }

    /// The smallest group an anonymised portfolio names and averages: a
    /// "sector average" of one or two clients would give them away.
    public static let minimumAnonymousGroup = 3

    /// The same portfolio with no client named or dated to the day, for a
    /// report that leaves the consultant's hands:
    ///
    /// - organisations are lettered "Organisation A", "B", … "Z", "AA", …
    ///   in the order of the keyed hash of their names (not by name, nor by
    ///   the order they were added), in the entries and every scorecard;
    /// - respondents lose their names and their ids become r1, r2, …, and
    ///   the answers behind the scores are left out (a portfolio shows
    ///   scores only);
    /// - every assessment date moves to the first day of its quarter
    ///   (`quarter(of:)` names it);
    /// - an organisation whose group has fewer than
    ///   `minimumAnonymousGroup` members loses its group, and no group of
    ///   fewer (the ungrouped included) is averaged, so that no group
    ///   average describes one or two clients.
    public func anonymised(hash: KeyedHash) -> Portfolio {
        let sizes = Dictionary(grouping: entries, by: { $0.group ?? Portfolio.ungrouped }).mapValues(\.count)
        let ordered = entries.enumerated().map { (hash.hash(Array($0.element.organisation.utf8)), $0.offset, $0.element) }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return Portfolio(entries: ordered.enumerated().map { index, item in
            var copy = item.2
            copy.organisation = "Organisation " + Portfolio.letters(index)
            if (sizes[copy.group ?? Portfolio.ungrouped] ?? 0) < Portfolio.minimumAnonymousGroup { copy.group = nil }
            copy.scorecards = copy.scorecards.map { card in
                var card = card
                card.organisation = copy.organisation
                card.date = Portfolio.quarterStart(of: card.date)
                // Answers, notes and warnings may name people; a portfolio shows scores only.
                card.warnings = []
                for module in card.modules.indices {
                    for dimension in card.modules[module].dimensions.indices { card.modules[module].dimensions[dimension].questions = [] }
                }
                card.respondents = card.respondents.enumerated().map { number, respondent in
                    var r = respondent
                    r.name = nil
                    r.id = "r\(number + 1)"
                    return r
                }
                return card
            }
            return copy
        }, minimumGroupSize: Portfolio.minimumAnonymousGroup)
    }

    /// The first day of a date's quarter: 2026-11-09 → 2026-10-01.
    public static func quarterStart(of date: CalendarDate) -> CalendarDate {
        CalendarDate(year: date.year, month: (date.month - 1) / 3 * 3 + 1, day: 1)
    }

    /// "2026 Q4".
    public static func quarter(of date: CalendarDate) -> String {
        "\(date.year) Q\((date.month - 1) / 3 + 1)"
    }

    /// 0 → "A", 25 → "Z", 26 → "AA", 27 → "AB", like spreadsheet columns.
    public static func letters(_ index: Int) -> String {
        var n = index + 1, out = ""
        while n > 0 {
            let remainder = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + remainder))) + out
            n = (n - 1) / 26
        }
        return out
    }
}
