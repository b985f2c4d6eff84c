import Foundation
import GRDB

/// What is at a workspace path before SQLite opens it, so that a folder, a
/// pipe, a dangling link or another program's file is refused with a sentence
/// and never overwritten.
enum WorkspaceFile {
    enum State: Equatable {
        case missing
        /// A file of zero bytes: `ospo init` may make it a workspace.
        case empty
        /// A file that starts with SQLite's header.
        case sqlite
    }

    static func inspect(_ path: String) throws -> State {
        var info = stat()
        if lstat(path, &info) != 0 {
            return .missing
        }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            // A link is followed; a link to nothing must not be replaced by
            // a new file, which would silently cut the link.
            var target = stat()
            if stat(path, &target) != 0 {
                let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                throw WorkspaceError.cannotOpen(path: path, reason: "it is a link to \(destination), which does not exist; fix the link or give another --db path")
            }
            info = target
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            throw WorkspaceError.cannotOpen(path: path, reason: "it is a folder; give the path of a workspace file, such as \(path)/ospo.sqlite")
        default:
            throw WorkspaceError.cannotOpen(path: path, reason: "it is not a regular file (a pipe or a device); a workspace must be a file on disk")
        }
        if info.st_size == 0 { return .empty }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw WorkspaceError.cannotOpen(path: path, reason: "the file cannot be read; check its permissions")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if header != Data("SQLite format 3\u{0}".utf8) { throw WorkspaceError.notSQLite(path: path) }
        return .sqlite
    }

    /// The journal files of `path` (-wal, -shm) that do not exist yet.
    static func missingSideFiles(of path: String) -> [String] {
        ["-wal", "-shm"].map { path + $0 }.filter { !FileManager.default.fileExists(atPath: $0) }
    }

    /// After a read-only connection has closed, lets SQLite remove the -wal
    /// and -shm files it made. A read-only connection cannot remove them
    /// itself; a read-write connection that reads and closes does, and only
    /// when it is the last connection (SQLite decides under its locks, so a
    /// concurrent writer never loses its log). The database file is not
    /// written: the log is empty, so closing checkpoints nothing.
    static func tidy(_ path: String, created sideFiles: [String]) {
        guard sideFiles.contains(where: { FileManager.default.fileExists(atPath: $0) }) else { return }
        guard let queue = try? DatabaseQueue(path: path) else { return }
        _ = try? queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        try? queue.close()
    }

    /// Removes a file and its journal files (a workspace this command
    /// created and then could not complete).
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
