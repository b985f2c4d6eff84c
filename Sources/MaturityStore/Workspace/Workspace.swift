import Foundation
import GRDB
import MaturityKit

/// The workspace: one SQLite file that keeps organisations, assessments with
/// every answer revision, accepted roadmaps, objectives and measure readings.
///
/// Every write is one immediate transaction, so a failed command writes
/// nothing and two processes writing at once wait for each other (WAL mode,
/// busy timeout) instead of losing a write.
public final class Workspace: @unchecked Sendable {
    public let path: String
    let database: DatabaseQueue
    let clock: @Sendable () -> Date
    let user: String
    /// Content files parsed and snapshots assembled by this object.
    let contentCache = ContentCache()

    /// Where the workspace is when neither `--db` nor `OSPO_DB` says otherwise.
    public static let defaultPath = "ospo.sqlite"

    /// Opens the workspace at `path`, migrating it to the current schema.
    /// - Parameters:
    ///   - create: create the file (mode 0600) when it does not exist.
    ///   - clock: the time stamps use; tests fix it.
    public static func open(at path: String, create: Bool, clock: @escaping @Sendable () -> Date = { Date() },
                            user: String = ProcessInfo.processInfo.environment["USER"] ?? NSUserName()) throws -> Workspace {
        let manager = FileManager.default
        var fresh = false
        if !manager.fileExists(atPath: path) {
            guard create else {
                throw WorkspaceError.notFound("no workspace at \(path); create one with 'ospo init' (or pass --db PATH or set OSPO_DB)")
            }
            // Created empty with mode 0600 before SQLite opens it: it holds
            // clients' confidential answers. SQLite gives the -wal and -shm
            // files the same mode.
            guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw WorkspaceError.cannotOpen(path: path, reason: "the file cannot be created; check that the folder exists and is writable")
            }
            fresh = true
        } else {
            try checkHeader(path)
        }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            configuration.foreignKeysEnabled = true
            let database = try DatabaseQueue(path: path, configuration: configuration)
            let workspace = Workspace(path: path, database: database, clock: clock, user: user)
            try workspace.prepare(fresh: fresh)
            return workspace
        } catch let error as WorkspaceError {
            if fresh { try? manager.removeItem(atPath: path) }
            throw error
        } catch let error as DatabaseError {
            if fresh { try? manager.removeItem(atPath: path) }
            if error.resultCode == .SQLITE_NOTADB { throw WorkspaceError.notSQLite(path: path) }
            throw WorkspaceError.cannotOpen(path: path, reason: Self.sentence(for: error))
        }
    }

    /// An in-memory workspace, for tests.
    public static func inMemory(clock: @escaping @Sendable () -> Date = { Date() }, user: String = "test") throws -> Workspace {
        let workspace = Workspace(path: ":memory:", database: try DatabaseQueue(), clock: clock, user: user)
        try workspace.prepare(fresh: true)
        return workspace
    }

    init(path: String, database: DatabaseQueue, clock: @escaping @Sendable () -> Date, user: String) {
        self.path = path
        self.database = database
        self.clock = clock
        self.user = user
    }

    /// Checks the file is an ospo workspace of this version or older before
    /// anything is written to it, then turns on WAL and migrates.
    private func prepare(fresh: Bool) throws {
        let migrator = Schema.migrator
        try database.writeWithoutTransaction { db in
            if !fresh {
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if applicationID != Schema.applicationID && tables > 0 {
                    throw WorkspaceError.foreignDatabase(path: path)
                }
                if tables > 0 {
                    let known = Set(migrator.migrations)
                    let applied = try migrator.appliedIdentifiers(db)
                    let unknown = applied.subtracting(known)
                    if !unknown.isEmpty { throw WorkspaceError.newerVersion(path: path, unknown: unknown.sorted()) }
                }
            }
            // Switch to WAL only once: opening a workspace writes nothing
            // before the reads above have shown the file is sound and ours.
            if path != ":memory:", try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            }
        }
        try migrator.migrate(database)
    }

    private static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw WorkspaceError.cannotOpen(path: path, reason: "the file cannot be read; check its permissions")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header.isEmpty { return }
        if header != Data("SQLite format 3\u{0}".utf8) { throw WorkspaceError.notSQLite(path: path) }
    }

    static func sentence(for error: DatabaseError) -> String {
        switch error.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "another ospo process kept the workspace busy for too long; try again"
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN:
            return "the file or its folder is not writable; check permissions"
        case .SQLITE_CORRUPT:
            return "the workspace file is damaged; restore it from a backup or an 'ospo export' bundle"
        case .SQLITE_FULL:
            return "the disk is full"
        default:
            return "SQLite reported: \(error.message ?? "error \(error.resultCode.rawValue)")"
        }
    }

    // MARK: - Helpers for the operations

    /// Runs `body` in one immediate transaction; any error rolls it back.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            var result: T?
            try database.inTransaction(.immediate) { db in
                result = try body(db)
                return .commit
            }
            guard let result else { throw WorkspaceError.invalid("the write did not complete") }
            return result
        } catch let error as DatabaseError {
            throw WorkspaceError.cannotOpen(path: path, reason: Self.sentence(for: error))
        }
    }

    /// As `write`, for a bulk import: foreign-key checks are off for the
    /// transaction (the import inserts the rows its answers refer to in the
    /// same transaction, so the references hold by construction) and the page
    /// cache is larger, so a million rows do not spill to the log on the way.
    func bulkWrite<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            try database.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -32768")
            }
            defer {
                try? database.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA foreign_keys = ON; PRAGMA cache_size = -2000")
                }
            }
            return try write(body)
        } catch let error as DatabaseError {
            throw WorkspaceError.cannotOpen(path: path, reason: Self.sentence(for: error))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read { db in try body(db) }
        } catch let error as DatabaseError {
            throw WorkspaceError.cannotOpen(path: path, reason: Self.sentence(for: error))
        }
    }

    var now: String { Self.timestamp(clock()) }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func newUID() -> String { UUID().uuidString.lowercased() }

    /// Runs `PRAGMA integrity_check`; "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }
}
