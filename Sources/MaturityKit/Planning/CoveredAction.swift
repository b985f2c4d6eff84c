/// An action the profile lists in `covered`: its purpose is met another
/// way, so the plan counts it as satisfied and shows the justification.
public struct CoveredAction: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var dimension: String
    public var level: Int
    /// The profile's justification.
    public var by: String

    public init(id: String, title: String, dimension: String, level: Int, by: String) {
        self.id = id
        self.title = title
        self.dimension = dimension
        self.level = level
        self.by = by
    }
}
