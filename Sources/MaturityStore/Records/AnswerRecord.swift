import GRDB

/// One revision of one respondent's answer to one question. Rows are never
/// updated: a new answer is a new row, and the latest row is the current one.
public struct AnswerRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "answer"
    public var id: Int64?
    public var respondentId: Int64
    public var batchId: Int64
    public var question: String
    public var choice: String
    public var note: String?
    public var evidence: String?
    public var justification: String?

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let respondentId = Column(CodingKeys.respondentId)
        public static let batchId = Column(CodingKeys.batchId)
        public static let question = Column(CodingKeys.question)
        public static let choice = Column(CodingKeys.choice)
        public static let note = Column(CodingKeys.note)
        public static let evidence = Column(CodingKeys.evidence)
        public static let justification = Column(CodingKeys.justification)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
