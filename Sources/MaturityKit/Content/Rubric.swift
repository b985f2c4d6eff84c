/// A maturity rubric: one module (for example `deployment`) with its level
/// scale, scoring method and dimensions.
public struct Rubric: Sendable, Hashable {
    public var id: String
    public var title: String
    public var version: String
    public var summary: String?
    public var scale: [ScaleLevel]
    public var scoring: ScoringMethod
    public var dimensions: [Dimension]
    /// The public model it was converted from (`source:` in the file).
    public var origin: ContentOrigin?
    public var source: SourceMap

    public init(id: String, title: String, version: String = "1.0.0", summary: String? = nil,
                scale: [ScaleLevel], scoring: ScoringMethod = .average, dimensions: [Dimension],
                origin: ContentOrigin? = nil, source: SourceMap = SourceMap()) {
        self.id = id
        self.title = title
        self.version = version
        self.summary = summary
        self.scale = scale
        self.scoring = scoring
        self.dimensions = dimensions
        self.origin = origin
        self.source = source
    }

    /// The highest level of the scale (`L` in the formulas).
    public var maxLevel: Int { scale.map(\.level).max() ?? 0 }

    public func levelName(_ level: Int) -> String {
        scale.first { $0.level == level }?.name ?? "Level \(level)"
    }
}

/// One step of a rubric's maturity scale.
public struct ScaleLevel: Sendable, Hashable {
    public var level: Int
    public var name: String
    public var description: String?

    public init(level: Int, name: String, description: String? = nil) {
        self.level = level
        self.name = name
        self.description = description
    }
}

/// How a rubric turns question values into a dimension score.
public enum ScoringMethod: Sendable, Hashable {
    /// `score = L × Σ wᵢvᵢ / Σ wᵢ`.
    case average
    /// Cumulative stages: a level counts when its questions' mean reaches `pass`.
    case gated(pass: Double)
    /// All or nothing: a dimension is met (level L) when at least its
    /// `pass_count` questions (all of them by default) are answered with the
    /// answer worth 1, else it is not (0); the module is met only when every
    /// dimension is. For conformance checklists such as ISO/IEC 5230.
    case conformance
}
