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

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
