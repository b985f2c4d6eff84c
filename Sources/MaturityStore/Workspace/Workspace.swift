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

    /// How a command uses the workspace.
    public enum Access: Sendable {
        /// Reads only: the file must exist; nothing is created or written
        /// (an older workspace is the one exception: it is upgraded first).
        case read
        /// Reads and writes an existing workspace.
        case write
        /// As `write`, creating the workspace (mode 0600) when it is missing
        /// or an empty file.
        case create
    }

    /// Opens the workspace at `path`, migrating it to the current schema.
    /// - Parameters:
    ///   - create: create the file (mode 0600) when it does not exist.
    ///   - clock: the time stamps use; tests fix it.
    public static func open(at path: String, create: Bool, clock: @escaping @Sendable () -> Date = { Date() },
                            user: String = ProcessInfo.processInfo.environment["USER"] ?? NSUserName()) throws -> Workspace {
        try open(at: path, access: create ? .create : .write, clock: clock, user: user)
    }

    /// Opens the workspace at `path` for `access`, migrating it to the current
    /// schema. A file that is not a sound ospo workspace is refused before
    /// anything is written to it, with a sentence that says what to do.
    public static func open(at path: String, access: Access, clock: @escaping @Sendable () -> Date = { Date() },
                            user: String = ProcessInfo.processInfo.environment["USER"] ?? NSUserName()) throws -> Workspace {
        let manager = FileManager.default
        let state = try WorkspaceFile.inspect(path)
        var fresh = false
        switch state {
        case .missing:
            guard access == .create else {
                throw WorkspaceError.noWorkspace(path: path)
            }
            // Created empty with mode 0600 before SQLite opens it: it holds
            // clients' confidential answers. SQLite gives the -wal and -shm
            // files the same mode.
            guard manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw WorkspaceError.cannotWrite(path: path, reason: "the file cannot be created; check that the folder exists and is writable")
            }
            fresh = true
        case .empty:
            guard access == .create else { throw WorkspaceError.empty(path: path) }
            fresh = true
        case .sqlite:
            break
        }
        let sideFiles = access == .read ? WorkspaceFile.missingSideFiles(of: path) : []
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            configuration.foreignKeysEnabled = true
            configuration.readonly = access == .read
            let database = try DatabaseQueue(path: path, configuration: configuration)
            let workspace = Workspace(path: path, database: database, clock: clock, user: user)
            workspace.sideFilesToRemove = sideFiles
            workspace.creation = fresh ? state : nil
            try workspace.prepare(fresh: fresh, access: access)
            return workspace
        } catch is UpgradeNeeded {
            // The upgrade is the one write a reading command makes: the
            // migrations run in their own transaction and never lose data.
            return try open(at: path, access: .write, clock: clock, user: user)
        } catch {
            if fresh && state == .missing { WorkspaceFile.remove(path) }
            if let error = error as? WorkspaceError { throw error }
            if let error = error as? DatabaseError {
                if error.resultCode == .SQLITE_NOTADB { throw WorkspaceError.notSQLite(path: path) }
                throw WorkspaceError.cannotOpen(path: path, reason: Self.sentence(for: error))
            }
            throw error
        }
    }

    /// An in-memory workspace, for tests.
    public static func inMemory(clock: @escaping @Sendable () -> Date = { Date() }, user: String = "test") throws -> Workspace {
        let workspace = Workspace(path: ":memory:", database: try DatabaseQueue(), clock: clock, user: user)
        try workspace.prepare(fresh: true, access: .create)
        return workspace
    }

    /// The -wal and -shm files a read-only open made; removed again when
    /// this object goes, so reading a workspace leaves no file behind.
    var sideFilesToRemove: [String] = []

    init(path: String, database: DatabaseQueue, clock: @escaping @Sendable () -> Date, user: String) {
        self.path = path
        self.database = database
        self.clock = clock
        self.user = user
    }

    /// What was at the path before this object created the workspace there
    /// (`.missing` or `.empty`); nil when it opened an existing one.
    private var creation: WorkspaceFile.State?

    /// Whether opening created the workspace (a new file, or an empty one
    /// made a workspace).
    public var wasCreated: Bool { creation != nil }

    /// Puts the path back as it was before opening created the workspace:
    /// removes a new file, or empties a file that was empty. A command that
    /// created the workspace and then failed calls this, so it leaves nothing
    /// behind. Does nothing when the workspace existed; the object cannot be
    /// used afterwards.
    public func undoCreation() {
        guard let creation else { return }
        try? database.close()
        switch creation {
        case .missing:
            WorkspaceFile.remove(path)
        case .empty:
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            if let handle = FileHandle(forWritingAtPath: path) {
                try? handle.truncate(atOffset: 0)
                try? handle.close()
            }
        case .sqlite:
            break
        }
        self.creation = nil
    }

    deinit {
        guard !sideFilesToRemove.isEmpty else { return }
        try? database.close()
        WorkspaceFile.tidy(path, created: sideFilesToRemove)
    }

    /// Checks the file is an ospo workspace of this version or older before
    /// anything is written to it, then turns on WAL, migrates, and checks
    /// that every table the schema defines is there.
    private func prepare(fresh: Bool, access: Access) throws {
        let migrator = Schema.migrator
        let check: (Database) throws -> Void = { [path] db in
            guard !fresh else { return }
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
            } else if access != .create {
                // An SQLite file with nothing in it: not a workspace yet.
                throw WorkspaceError.empty(path: path)
            }
        }
        if access == .read {
            try database.read { db in
                try check(db)
                guard try migrator.hasCompletedMigrations(db) else { throw UpgradeNeeded() }
                try Schema.verify(db, path: path)
            }
            return
        }
        try database.writeWithoutTransaction { db in
            try check(db)
            // A damaged workspace is refused before anything is written to it.
            if !fresh, try migrator.hasCompletedMigrations(db) { try Schema.verify(db, path: path) }
            // Switch to WAL only once: opening a workspace writes nothing
            // before the reads above have shown the file is sound and ours.
            if path != ":memory:", try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            }
        }
        try migrator.migrate(database)
        try database.read { db in try Schema.verify(db, path: path) }
    }

    /// Thrown inside a read-only open of a workspace written by an earlier
    /// version: it is reopened for writing, upgraded, and read.
    struct UpgradeNeeded: Error {}

    /// A sentence for an SQLite failure that says what to do; SQLite's own
    /// words appear only inside it, as a detail for a support request.
    static func sentence(for error: DatabaseError) -> String {
        switch error.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "another ospo process kept the workspace busy for too long; try again"
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_AUTH:
            return "the file or its folder is not writable; check permissions"
        case .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_SCHEMA, .SQLITE_FORMAT:
            return Self.damaged(error)
        case .SQLITE_FULL:
            return "the disk is full; free some space and try again"
        case .SQLITE_IOERR:
            return "the disk reported an error while reading or writing the file; check the disk (and that it is not full or unmounted), then try again"
        case .SQLITE_NOMEM:
            return "the machine ran out of memory; close other programs and try again"
        case .SQLITE_CONSTRAINT:
            return "the workspace refused a record that contradicts one it holds (\(error.message ?? "a constraint failed")); nothing was written. Report this as a bug with the command you ran"
        default:
            return Self.damaged(error)
        }
    }

    private static func damaged(_ error: DatabaseError) -> String {
        "the workspace file looks damaged or was changed by another program (SQLite said: \(error.message ?? "error \(error.resultCode.rawValue)")); restore it from a backup or an 'ospo export' bundle"
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
            // The transaction runs its block or throws, so this holds a
            // value; the check keeps the code free of force unwraps.
            guard let result else { throw WorkspaceError.cannotWrite(path: path, reason: "the write did not complete") }
            return result
        } catch let error as DatabaseError {
            throw WorkspaceError.cannotWrite(path: path, reason: Self.sentence(for: error))
        } catch let error as RowDecodingError {
            throw WorkspaceError.damaged(path: path, detail: Self.detail(of: error))
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
            throw WorkspaceError.cannotWrite(path: path, reason: Self.sentence(for: error))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read { db in try body(db) }
        } catch let error as DatabaseError {
            throw WorkspaceError.cannotRead(path: path, reason: Self.sentence(for: error))
        } catch let error as RowDecodingError {
            throw WorkspaceError.damaged(path: path, detail: Self.detail(of: error))
        }
    }

    /// A record whose stored values this version cannot read (a value changed
    /// by another program). GRDB's own description is left out: it prints
    /// the whole row, which may hold a client's answers.
    static func detail(of error: RowDecodingError) -> String {
        "a record holds a value this version cannot read"
    }

    var now: String { Self.timestamp(clock()) }

    /// The day to take as today instead of the clock's (`OSPO_TODAY` in the
    /// command line), for reproducible runs.
    public var fixedToday: CalendarDate?

    /// Today's date where the user is, by the workspace's clock.
    var today: CalendarDate {
        if let fixedToday { return fixedToday }
        return CalendarDate(clock())
    }

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
