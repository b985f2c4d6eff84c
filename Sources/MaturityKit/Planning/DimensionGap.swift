/// One dimension's distance to its target (docs/scoring.md § 8), as the
/// planner sees it.
public struct DimensionGap: Sendable, Hashable, Codable {
    /// The dimension id.
    public var id: String
    public var title: String
    /// The rubric (module) the dimension belongs to.
    public var module: String
    /// The highest level of the rubric's scale.
    public var maxLevel: Int
    /// Level names of the rubric's scale, indexed by level.
    public var levelNames: [Int: String]
    /// The assessed level; nil when the dimension is unassessed.
    public var current: Int?
    public var target: Int
    /// 1…5, from the profile (default 3).
    public var importance: Int
    /// Whether the profile names this dimension in `targets` (rather than
    /// relying on `default_target`).
    public var hasExplicitTarget: Bool

    public init(id: String, title: String, module: String, maxLevel: Int, levelNames: [Int: String] = [:],
                current: Int?, target: Int, importance: Int, hasExplicitTarget: Bool) {
        self.id = id
        self.title = title
        self.module = module
        self.maxLevel = maxLevel
        self.levelNames = levelNames
        self.current = current
        self.target = target
        self.importance = importance
        self.hasExplicitTarget = hasExplicitTarget
    }

    /// Whether the dimension was scored.
    public var isAssessed: Bool { current != nil }

    /// The level planning starts from: the assessed level, or 0 when unassessed.
    public var planningLevel: Int { current ?? 0 }

    /// Whether the planner works towards this dimension's target. An assessed
    /// dimension is planned when it has a gap; an unassessed one only when the
    /// profile lists it in `targets` explicitly, because a default target says
    /// nothing about a practice nobody was asked about.
    public var isPlanned: Bool {
        guard target > planningLevel else { return false }
        return isAssessed || hasExplicitTarget
    }

    /// `max(0, target − level)`; nil for an unassessed dimension that is not
    /// planned, whose gap is unknown.
    public var gap: Int? {
        if !isAssessed && !isPlanned { return nil }
        return max(0, target - planningLevel)
    }

    /// The gap the priority formula uses: the gap when planned, else 0.
    var plannedGap: Int { isPlanned ? (gap ?? 0) : 0 }

    public func levelName(_ level: Int) -> String { levelNames[level] ?? "Level \(level)" }
}
