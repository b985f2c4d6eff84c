import GRDB

/// A person who answered an assessment, by the id the answers give them.
public struct RespondentRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "respondent"
    public var id: Int64?
    public var uid: String
    public var assessmentId: Int64
    public var key: String
    public var name: String?
    public var role: String

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let uid = Column(CodingKeys.uid)
        public static let assessmentId = Column(CodingKeys.assessmentId)
        public static let key = Column(CodingKeys.key)
        public static let name = Column(CodingKeys.name)
        public static let role = Column(CodingKeys.role)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
