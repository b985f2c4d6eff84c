/// A role an OSPO needs; actions name the roles that carry them out.
public struct Role: Sendable, Hashable {
    public var id: String
    public var title: String
    public var summary: String?
    public var competencies: [String]
    public var source: SourceMap

    public init(id: String, title: String, summary: String? = nil, competencies: [String] = [],
                source: SourceMap = SourceMap()) {
        self.id = id
        self.title = title
        self.summary = summary
        self.competencies = competencies
        self.source = source
    }
}

/// A roles file (`format: ospo/roles@1`).
public struct RoleCatalog: Sendable, Hashable {
    public var roles: [Role]
    public var source: SourceMap

    public init(roles: [Role], source: SourceMap = SourceMap()) {
        self.roles = roles
        self.source = source
    }
}
