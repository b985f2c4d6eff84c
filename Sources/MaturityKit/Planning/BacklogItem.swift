/// A needed action the roadmap could not schedule, with the reason.
public struct BacklogItem: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var dimension: String
    public var level: Int
    /// Person-days.
    public var effort: Double
    public var impact: Int
    public var priority: Double
    public var reason: BacklogReason

    public init(id: String, title: String, dimension: String, level: Int, effort: Double, impact: Int,
                priority: Double, reason: BacklogReason) {
        self.id = id
        self.title = title
        self.dimension = dimension
        self.level = level
        self.effort = effort
        self.impact = impact
        self.priority = priority
        self.reason = reason
    }
}
