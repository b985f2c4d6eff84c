import GRDB

/// One recording of answers: an import, an interview session or a manual
/// entry. Says who recorded the answers, when, and from what.
public struct BatchRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "batch"
    public var id: Int64?
    public var uid: String
    public var assessmentId: Int64
    public var kind: BatchKind
    public var source: String
    public var recordedBy: String
    public var recordedAt: String

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let uid = Column(CodingKeys.uid)
        public static let assessmentId = Column(CodingKeys.assessmentId)
        public static let kind = Column(CodingKeys.kind)
        public static let source = Column(CodingKeys.source)
        public static let recordedBy = Column(CodingKeys.recordedBy)
        public static let recordedAt = Column(CodingKeys.recordedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
