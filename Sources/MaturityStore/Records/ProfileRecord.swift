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

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
