import GRDB

/// A private link sent to one respondent of an assessment. The link's token
/// is never stored: only its SHA-256 hash, so that a copy of the workspace
/// does not let anyone answer in another's name.
public struct InvitationRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "invitation"
    public var id: Int64?
    public var uid: String
    public var assessmentId: Int64
    /// The respondent's id in the assessment, as an interview would make it.
    public var respondentKey: String
    /// The name as the inviter gave it.
    public var name: String
    public var role: String
    public var email: String?
    /// Lowercase hex SHA-256 of the link's token.
    public var tokenHash: String
    public var createdAt: String
    /// The last day (ISO date) the link opens, or nil for no end.
    public var expiresOn: String?
    public var revokedAt: String?

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let uid = Column(CodingKeys.uid)
        public static let assessmentId = Column(CodingKeys.assessmentId)
        public static let respondentKey = Column(CodingKeys.respondentKey)
        public static let tokenHash = Column(CodingKeys.tokenHash)
        public static let revokedAt = Column(CodingKeys.revokedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
