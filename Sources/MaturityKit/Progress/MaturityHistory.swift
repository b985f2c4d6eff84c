/// An organisation's maturity over its assessments, oldest first, against
/// target levels per dimension (docs/scoring.md § 9, after OWASP SAMM).
///
/// - **Percentage to target** of an assessment:
///   `1 − Σ max(0, target − current) ÷ Σ target`, over the dimensions with a
///   target above 0. `current` is the dimension's score (not its level, so
///   progress within a level shows); an unassessed dimension counts as 0, as
///   in planning. A dimension above its target is counted at its target: it
///   cannot make up for another one below.
/// - **Progress to date**: `(current − baseline) ÷ (target − baseline)`, the
///   baseline being the first assessment. Per dimension with `current`
///   capped at the target (nil when the baseline already met the target);
///   overall as the share of the baseline's total gap
///   `Σ max(0, target − baseline)` that has been closed since. It is not
///   clamped below 0, so a regression shows as a negative number.
public struct MaturityHistory: Sendable, Hashable {
    /// One per assessment, oldest first.
    public var snapshots: [MaturitySnapshot]
    /// Every dimension with a target or a score, in the order of the latest
    /// assessment's rubrics.
    public var dimensions: [DimensionHistory]

    public init(snapshots: [MaturitySnapshot], dimensions: [DimensionHistory]) {
        self.snapshots = snapshots
        self.dimensions = dimensions
    }

    /// The history of dated scorecards (sorted here by date) against
    /// `targets` (dimension id → level).
    public init(scorecards: [Scorecard], targets: [String: Int]) {
        let cards = scorecards.enumerated()
            .sorted { $0.element.date != $1.element.date ? $0.element.date < $1.element.date : $0.offset < $1.offset }
            .map(\.element)
        // Dimensions in the order of the latest card, then any only older ones had.
        var order: [DimensionScore] = []
        var seen = Set<String>()
        for card in cards.reversed() {
            for dimension in card.dimensions where seen.insert(dimension.id).inserted { order.append(dimension) }
        }
        let latestIds = Set(cards.last?.dimensions.map(\.id) ?? [])
        order = order.filter { latestIds.contains($0.id) } + order.filter { !latestIds.contains($0.id) }
        dimensions = order.map { dimension in
            let scores = cards.map { $0.dimension(dimension.id)?.score }
            return DimensionHistory(id: dimension.id, title: dimension.title, module: dimension.module,
                                    maxLevel: dimension.maxLevel, target: targets[dimension.id] ?? 0, scores: scores)
        }
        snapshots = cards.enumerated().map { index, card in
            let current = Dictionary(uniqueKeysWithValues: order.map { ($0.id, card.dimension($0.id)?.score ?? 0) })
            return MaturitySnapshot(date: card.date, questionnaire: card.questionnaire, overall: card.overall?.score,
                                    percentageToTarget: MaturityHistory.percentageToTarget(current: current, targets: targets))
        }
    }

    /// The first assessment, which progress to date counts from.
    public var baseline: MaturitySnapshot? { snapshots.first }
    /// The most recent assessment.
    public var latest: MaturitySnapshot? { snapshots.last }

    /// The share of the baseline's gap closed by the latest assessment; nil
    /// with no assessment or when the baseline had no gap.
    public var progressToDate: Double? {
        guard snapshots.count >= 1 else { return nil }
        let before = dimensions.reduce(0) { $0 + max(0, Double($1.target) - ($1.scores.first.flatMap { $0 } ?? 0)) }
        let now = dimensions.reduce(0) { $0 + max(0, Double($1.target) - ($1.scores.last.flatMap { $0 } ?? 0)) }
        guard before > 0 else { return nil }
        return (before - now) / before
    }

    /// `1 − Σ max(0, target − current) ÷ Σ target` over the dimensions with a
    /// target above 0; a dimension missing from `current` counts 0. Nil when
    /// no dimension has a target.
    public static func percentageToTarget(current: [String: Double], targets: [String: Int]) -> Double? {
        var gap = 0.0, total = 0.0
        // Sorted, so the sum is the same to the last bit in every process
        // (a Dictionary's order changes from one run to the next).
        for (id, target) in targets.sorted(by: { $0.key < $1.key }) where target > 0 {
            total += Double(target)
            gap += max(0, Double(target) - (current[id] ?? 0))
        }
        guard total > 0 else { return nil }
        return 1 - gap / total
    }
}

/// One assessment in a `MaturityHistory`.
public struct MaturitySnapshot: Sendable, Hashable {
    public var date: CalendarDate
    public var questionnaire: String
    /// The overall score; nil when nothing was scored.
    public var overall: Double?
    /// Nil when no dimension has a target.
    public var percentageToTarget: Double?

    public init(date: CalendarDate, questionnaire: String, overall: Double?, percentageToTarget: Double?) {
        self.date = date
        self.questionnaire = questionnaire
        self.overall = overall
        self.percentageToTarget = percentageToTarget
    }
}

/// One dimension's scores over the assessments of a `MaturityHistory`.
public struct DimensionHistory: Sendable, Hashable {
    public var id: String
    public var title: String
    public var module: String
    public var maxLevel: Int
    /// The target level (0 when none is set).
    public var target: Int
    /// One per assessment, oldest first; nil where it was unassessed.
    public var scores: [Double?]

    public init(id: String, title: String, module: String, maxLevel: Int, target: Int, scores: [Double?]) {
        self.id = id
        self.title = title
        self.module = module
        self.maxLevel = maxLevel
        self.target = target
        self.scores = scores
    }

    /// The level of each score (`⌊score⌋`); nil where unassessed.
    public var levels: [Int?] { scores.map { $0.map(LevelScore.level(of:)) } }

    /// `(current − baseline) ÷ (target − baseline)` from the first assessment
    /// to the last, with `current` capped at the target and an unassessed
    /// score counting 0; nil when the baseline already met the target.
    public var progressToDate: Double? {
        guard let first = scores.first, let last = scores.last else { return nil }
        let baseline = first ?? 0, current = min(last ?? 0, Double(target))
        let needed = Double(target) - baseline
        guard needed > 0 else { return nil }
        return (current - baseline) / needed
    }
}
