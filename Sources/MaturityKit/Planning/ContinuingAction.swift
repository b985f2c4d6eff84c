/// A long action still running in a phase after the one it started in.
public struct ContinuingAction: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var dimension: String
    public var roles: [String]
    /// Person-days in this phase.
    public var effort: Double
    /// Which of its phases this is (2 for the second) and how many it runs across.
    public var part: Int
    public var parts: Int

    public init(id: String, title: String, dimension: String, roles: [String], effort: Double, part: Int, parts: Int) {
        self.id = id
        self.title = title
        self.dimension = dimension
        self.roles = roles
        self.effort = effort
        self.part = part
        self.parts = parts
    }
}
