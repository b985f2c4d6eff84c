import GRDB

/// An organisation assessed in the workspace (a client).
public struct OrganisationRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "organisation"
    public var id: Int64?
    public var uid: String
    /// The short name commands take (`northwind-agency`).
    public var slug: String
    public var name: String
    public var sector: String?
    public var createdAt: String

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let uid = Column(CodingKeys.uid)
        public static let slug = Column(CodingKeys.slug)
        public static let name = Column(CodingKeys.name)
        public static let sector = Column(CodingKeys.sector)
        public static let createdAt = Column(CodingKeys.createdAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
