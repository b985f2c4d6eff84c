/// A practice area within a rubric, scored on the rubric's scale.
public struct Dimension: Sendable, Hashable {
    public var id: String
    public var title: String
    public var weight: Double
    public var summary: String?
    public var references: [String]
    /// One descriptor per scale level.
    public var levels: [Int: String]
    public var actions: [Action]
    /// Conformance scoring: how many of its questions must pass (`pass_count`);
    /// nil means all of them.
    public var passCount: Int?
    public var source: SourceMap

    public init(id: String, title: String, weight: Double = 1, summary: String? = nil,
                references: [String] = [], levels: [Int: String], actions: [Action] = [],
                passCount: Int? = nil, source: SourceMap = SourceMap()) {
        self.id = id
        self.title = title
        self.weight = weight
        self.summary = summary
        self.references = references
        self.levels = levels
        self.actions = actions
        self.passCount = passCount
        self.source = source
    }
}
