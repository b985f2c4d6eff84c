import GRDB

/// A note and evidence typed in an interview for a question that had no
/// answer yet, saved at once so that stopping the interview loses neither.
/// Not an answer: scores never read it. One per respondent and question,
/// replaced when typed again, removed once the answer holding it is saved.
public struct DraftRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "draft"
    public var id: Int64?
    public var respondentId: Int64
    /// The batch of the interview session that last typed it.
    public var batchId: Int64
    public var question: String
    public var note: String?
    public var evidence: String?
    /// When it was last typed (`2026-11-21T20:00:00Z`).
    public var savedAt: String

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let respondentId = Column(CodingKeys.respondentId)
        public static let batchId = Column(CodingKeys.batchId)
        public static let question = Column(CodingKeys.question)
        public static let note = Column(CodingKeys.note)
        public static let evidence = Column(CodingKeys.evidence)
        public static let savedAt = Column(CodingKeys.savedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
