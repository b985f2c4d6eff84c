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

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
