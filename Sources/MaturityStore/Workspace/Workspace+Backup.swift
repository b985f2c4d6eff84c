import Foundation
import GRDB

extension Workspace {
    /// Copies the workspace at `source` to `destination` through SQLite's
    /// online backup API, while other processes (`ospo serve`) may write to
    /// it, then checks the copy with `PRAGMA integrity_check`.
    ///
    /// The copy is one consistent state of the workspace: every page is read
    /// in one read transaction, which in WAL mode does not stop writers, so
    /// it holds each write entirely or not at all. It is written beside
    /// `destination` under a temporary name, checked, switched out of WAL
    /// mode (one self-contained file), and only then renamed into place, so
    /// a failed backup leaves no file and never damages an earlier copy. The
    /// workspace is opened without migrating it: a backup taken before an
    /// upgrade holds the workspace as the older version wrote it.
    /// - Parameter replacing: replace a file at `destination` instead of refusing.
    /// - Throws: `WorkspaceError` for a source that is not a workspace,
    ///   `BackupError` for a destination that cannot be written or a copy that
    ///   fails its check.
    public static func backup(from source: String, to destination: String, replacing: Bool = false) throws -> WorkspaceBackup {
        switch try WorkspaceFile.inspect(source) {
        case .missing: throw WorkspaceError.noWorkspace(path: source)
        case .empty: throw WorkspaceError.empty(path: source)
        case .sqlite: break
        }
        try checkDestination(destination, source: source, replacing: replacing)
        let sideFiles = WorkspaceFile.missingSideFiles(of: source)
        defer { WorkspaceFile.tidy(source, created: sideFiles) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        let temporary = URL(fileURLWithPath: destination).deletingLastPathComponent()
            .appendingPathComponent(".\(URL(fileURLWithPath: destination).lastPathComponent).\(newUID()).partial").path
        defer { WorkspaceFile.remove(temporary) }
        let migrator = Schema.migrator
        let from: DatabaseQueue
        do {
            from = try DatabaseQueue(path: source, configuration: configuration)
            try from.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if tables == 0 { throw WorkspaceError.empty(path: source) }
                if applicationID != Schema.applicationID { throw WorkspaceError.foreignDatabase(path: source) }
            }
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw WorkspaceError.notSQLite(path: source) }
            throw WorkspaceError.cannotOpen(path: source, reason: sentence(for: error))
        }
        defer { try? from.close() }
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw BackupError.cannotWrite(path: destination, reason: "its folder does not exist or is not writable")
        }
        do {
            let copy = try DatabaseQueue(path: temporary)
            try from.backup(to: copy)
            let (report, applied) = try copy.writeWithoutTransaction { db -> (String, Set<String>) in
                // One file that opens on its own, whatever mode the workspace was in.
                _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
                let report = try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ")
                return (report, try migrator.appliedIdentifiers(db))
            }
            try copy.close()
            guard report == "ok" else { throw BackupError.copyDamaged(path: destination, report: report) }
            // A log left beside an earlier file of that name would be
            // replayed into the copy when it is opened.
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: destination + suffix) }
            guard rename(temporary, destination) == 0 else {
                throw BackupError.cannotWrite(path: destination, reason: String(cString: strerror(errno)))
            }
            let known = migrator.migrations
            let bytes = (try? FileManager.default.attributesOfItem(atPath: destination)[.size] as? NSNumber)?.int64Value ?? 0
            return WorkspaceBackup(path: destination, bytes: bytes, migrations: known.filter(applied.contains),
                                   pending: known.filter { !applied.contains($0) }, unknown: applied.subtracting(known).sorted())
        } catch let error as DatabaseError {
            throw BackupError.cannotWrite(path: destination, reason: sentence(for: error))
        }
    }

    /// Refuses a destination that is the workspace, a folder, or (unless
    /// `replacing`) an existing file.
    private static func checkDestination(_ destination: String, source: String, replacing: Bool) throws {
        var info = stat(), sourceInfo = stat()
        guard stat(destination, &info) == 0 || lstat(destination, &info) == 0 else { return }
        if stat(source, &sourceInfo) == 0, info.st_dev == sourceInfo.st_dev, info.st_ino == sourceInfo.st_ino {
            throw BackupError.sameFile(path: destination)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw BackupError.cannotWrite(path: destination, reason: "it is a folder; give a file name, such as \(destination)/ospo-backup.sqlite")
        }
        guard replacing else { throw BackupError.destinationExists(path: destination) }
    }
}
