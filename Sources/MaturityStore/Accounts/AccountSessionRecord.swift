import GRDB

/// A logged-in browser session, kept only as the SHA-256 hash of its token.
public struct AccountSessionRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "accountSession"
    public var id: Int64?
    public var accountId: Int64
    public var tokenHash: String
    public var createdAt: String
    public var lastSeenAt: String
    public var expiresAt: String

    public enum Columns {
        public static let accountId = Column(CodingKeys.accountId)
        public static let tokenHash = Column(CodingKeys.tokenHash)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
