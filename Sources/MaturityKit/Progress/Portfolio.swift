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

    public init(entries: [PortfolioEntry]) {
        self.entries = entries
    }

    /// The group name used for entries without one.
    public static let ungrouped = "Ungrouped"

    /// The groups in first-seen order.
    public var groups: [String] {
        var seen = Set<String>()
        return entries.map { $0.group ?? Portfolio.ungrouped }.filter { seen.insert($0).inserted }
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

    /// The same portfolio with no client named: organisations become
    /// "Organisation A", "B", … "Z", "AA", … in their order here, in the
    /// entries and in every scorecard they hold.
    public func anonymised() -> Portfolio {
        Portfolio(entries: entries.enumerated().map { index, entry in
            var copy = entry
            copy.organisation = "Organisation " + Portfolio.letters(index)
            copy.scorecards = copy.scorecards.map { card in
                var card = card
                card.organisation = copy.organisation
                card.respondents = card.respondents.map { var r = $0; r.name = nil; return r }
                return card
            }
            return copy
        })
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
