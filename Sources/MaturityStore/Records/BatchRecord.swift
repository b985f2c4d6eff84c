import GRDB

/// One recording of answers: an import, an interview session or a manual
/// entry. Says who recorded the answers, when, and from what.
public struct BatchRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "batch"
    public var id: Int64?
    public var uid: String
    public var assessmentId: Int64
    /// `import`, `interview` or `entry`.
    public var kind: String
    public var source: String
    public var recordedBy: String
    public var recordedAt: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
