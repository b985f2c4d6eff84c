import GRDB

/// One change to the workspace and who made it: the audit trail.
public struct AuditEntryRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "auditEntry"
    public var id: Int64?
    public var at: String
    /// `account:NAME` for the web, `cli:USER` for the command line.
    public var actor: String
    /// What was done, as a `WorkspaceAction` name (`moveObjective`).
    public var action: String
    public var organisationId: Int64?
    /// What it was done to, in words (`objective 3 → done`).
    public var subject: String
    public var detail: String?

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let at = Column(CodingKeys.at)
        public static let organisationId = Column(CodingKeys.organisationId)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
