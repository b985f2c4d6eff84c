import GRDB

/// The exact text of a rubric, roles file or questionnaire that an
/// assessment was answered against, kept so it stays scorable after the
/// shipped content changes. Stored once per distinct text.
public struct ContentRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "content"
    public var id: Int64?
    public var kind: ContentKind
    public var contentId: String
    public var version: String?
    public var digest: String
    public var path: String
    public var text: String

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let kind = Column(CodingKeys.kind)
        public static let contentId = Column(CodingKeys.contentId)
        public static let version = Column(CodingKeys.version)
        public static let digest = Column(CodingKeys.digest)
        public static let path = Column(CodingKeys.path)
        public static let text = Column(CodingKeys.text)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Links an assessment to the content it was answered against.
struct AssessmentContentRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "assessmentContent"
    var assessmentId: Int64
    var contentId: Int64

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let assessmentId = Column(CodingKeys.assessmentId)
        public static let contentId = Column(CodingKeys.contentId)
    }
}
