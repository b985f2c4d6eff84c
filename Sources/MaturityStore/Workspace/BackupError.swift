/// Why `Workspace.backup` made no copy, each with a sentence that says what
/// to do. The workspace itself is never written by a backup.
public enum BackupError: Error, Equatable, CustomStringConvertible {
    /// The copy's path holds a file already, and replacing it was not asked for.
    case destinationExists(path: String)
    /// The copy's path is the workspace itself (or a link to it).
    case sameFile(path: String)
    /// The copy's path is a folder, or its folder cannot be written.
    case cannotWrite(path: String, reason: String)
    /// The copy failed `PRAGMA integrity_check`; it was not kept.
    case copyDamaged(path: String, report: String)

    public var description: String {
        switch self {
        case .destinationExists(let path):
            "\(path) exists already; give a new file name, or add --force to replace it"
        case .sameFile(let path):
            "\(path) is the workspace itself; give the copy another file name"
        case .cannotWrite(let path, let reason):
            "cannot write the copy \(path): \(reason)"
        case .copyDamaged(let path, let report):
            "the copy \(path) failed its integrity check and was not kept (SQLite said: \(report)); run 'ospo backup' again, and if it fails again the workspace itself may be damaged: restore it from an earlier backup"
        }
    }
}
