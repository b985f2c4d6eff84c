import GRDB

/// A person who logs in to the web workspace. The role and organisations
/// are kept as written; the application layer decides what they allow.
public struct AccountRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "account"
    public var id: Int64?
    public var uid: String
    /// The name the person logs in with, unique in any letter case.
    public var name: String
    /// `admin`, `consultant`, `lead` or `viewer`.
    public var role: String
    /// True when the account reaches every organisation, including those added later.
    public var allOrganisations: Bool
    /// The bcrypt hash of the password; nil until the setup link is used.
    public var passwordHash: String?
    public var createdAt: String
    public var passwordChangedAt: String?
    /// When the account was disabled; a disabled account cannot log in.
    public var disabledAt: String?

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
