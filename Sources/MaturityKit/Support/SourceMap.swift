/// Where an entity and its fields were written, so validation can point at
/// the exact value that is wrong. Keys are field names, with `.N` for list
/// items (`requires.2`). Values built in code have an empty map.
public struct SourceMap: Sendable, Hashable {
    public var entity: SourceLocation
    private var fields: [String: SourceLocation] = [:]

    public init(_ entity: SourceLocation = SourceLocation(file: "<memory>")) {
        self.entity = entity
    }

    public subscript(field: String) -> SourceLocation {
        get { fields[field] ?? entity }
        set { fields[field] = newValue }
    }
}
