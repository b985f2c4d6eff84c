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

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
