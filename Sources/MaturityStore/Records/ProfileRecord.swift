import GRDB

/// A profile (targets and capacity) as it was given, kept with the plans made from it.
public struct ProfileRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "profile"
    public var id: Int64?
    public var uid: String
    public var organisationId: Int64
    public var path: String
    public var text: String
    public var createdAt: String

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let uid = Column(CodingKeys.uid)
        public static let organisationId = Column(CodingKeys.organisationId)
        public static let path = Column(CodingKeys.path)
        public static let text = Column(CodingKeys.text)
        public static let createdAt = Column(CodingKeys.createdAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
