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

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
