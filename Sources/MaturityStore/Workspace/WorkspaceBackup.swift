/// What `Workspace.backup` made: a checked copy of a workspace, and the
/// schema the copy holds next to the one this build of ospo knows.
public struct WorkspaceBackup: Sendable, Equatable {
    /// Where the copy is.
    public var path: String
    /// The copy's size in bytes.
    public var bytes: Int64
    /// The migrations the copy has, oldest first; the last is its schema version.
    public var migrations: [String]
    /// Migrations this build would run when it next opens the workspace (an
    /// upgrade), oldest first; empty when the workspace is current.
    public var pending: [String]
    /// Migrations the copy has that this build does not know: a newer ospo
    /// wrote the workspace, and this build will refuse to open it.
    public var unknown: [String]

    public init(path: String, bytes: Int64, migrations: [String], pending: [String], unknown: [String]) {
        self.path = path
        self.bytes = bytes
        self.migrations = migrations
        self.pending = pending
        self.unknown = unknown
    }

    /// The schema version: the copy's last migration.
    public var schemaVersion: String { migrations.last ?? "none" }
}
