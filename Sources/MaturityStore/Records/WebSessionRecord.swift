import GRDB

/// A respondent's browser session, opened when their link is first used.
/// As with invitations, only the SHA-256 hash of the cookie's token is kept.
public struct WebSessionRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "webSession"
    public var id: Int64?
    public var invitationId: Int64
    /// Lowercase hex SHA-256 of the cookie's token.
    public var tokenHash: String
    public var createdAt: String

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let invitationId = Column(CodingKeys.invitationId)
        public static let tokenHash = Column(CodingKeys.tokenHash)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
