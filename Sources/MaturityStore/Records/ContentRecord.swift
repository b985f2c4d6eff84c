import GRDB

/// The exact text of a rubric, roles file or questionnaire that an
/// assessment was answered against, kept so it stays scorable after the
/// shipped content changes. Stored once per distinct text.
public struct ContentRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "content"
    public var id: Int64?
    /// `rubric`, `roles` or `questionnaire`.
    public var kind: String
    public var contentId: String
    public var version: String?
    public var digest: String
    public var path: String
    public var text: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Links an assessment to the content it was answered against.
struct AssessmentContentRecord: Codable, Sendable, Hashable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "assessmentContent"
    var assessmentId: Int64
    var contentId: Int64
}
