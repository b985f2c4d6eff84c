import GRDB

/// A question an interviewer passed over, so that a resumed interview does
/// not stop there again. Not an answer: scores never read it, and an answer
/// given later takes its place. One per respondent and question.
public struct SkipRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "skip"
    public var id: Int64?
    public var respondentId: Int64
    public var batchId: Int64
    public var question: String

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let respondentId = Column(CodingKeys.respondentId)
        public static let batchId = Column(CodingKeys.batchId)
        public static let question = Column(CodingKeys.question)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
