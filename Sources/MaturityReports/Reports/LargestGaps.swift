import MaturityKit

/// The "five largest gaps", defined once for every report that lists them
/// (the assessment report and the executive summary), so that one client
/// never reads two different lists.
///
/// A dimension's gap is its target level minus its score (`target − score`,
/// in levels; a score of 1.08 is 0.92 short of a target of 2), counted only
/// for assessed dimensions below their target. Gaps are ranked by the gap
/// times the dimension's importance (1…5, from the profile), largest first;
/// ties keep the rubric order. docs/reports.md states the same rule.
enum LargestGaps {
    /// How many gaps the reports list.
    static let limit = 5

    /// One listed gap.
    struct Entry: Equatable {
        var gap: DimensionGap
        var score: Double
        /// `target − score`, above 0.
        var size: Double
        /// `size × importance`: the rank.
        var weight: Double
    }

    /// The largest gaps of `gaps` (a roadmap's or `GapAnalysis.gaps`), given
    /// each dimension's score (nil when unassessed).
    static func rank(_ gaps: [DimensionGap], score: (String) -> Double?, limit: Int = LargestGaps.limit) -> [Entry] {
        let entries = gaps.enumerated().compactMap { index, gap -> (Int, Entry)? in
            guard let score = score(gap.id) else { return nil }
            let size = Double(gap.target) - score
            guard size > 1e-9 else { return nil }
            return (index, Entry(gap: gap, score: score, size: size, weight: size * Double(gap.importance)))
        }
        return entries.sorted { a, b in
            abs(a.1.weight - b.1.weight) > 1e-9 ? a.1.weight > b.1.weight : a.0 < b.0
        }.prefix(limit).map(\.1)
    }

    /// The same for a scorecard's dimensions.
    static func rank(_ gaps: [DimensionGap], card: Scorecard, limit: Int = LargestGaps.limit) -> [Entry] {
        rank(gaps, score: { card.dimension($0)?.score }, limit: limit)
    }
}
