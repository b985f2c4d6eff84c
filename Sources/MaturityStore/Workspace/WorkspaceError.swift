/// Problems with a workspace or with what a command asked of it, each with a
/// sentence that says what to do.
public enum WorkspaceError: Error, Equatable, CustomStringConvertible {
    case notSQLite(path: String)
    case foreignDatabase(path: String)
    case newerVersion(path: String, unknown: [String])
    case cannotOpen(path: String, reason: String)
    /// A read failed after the workspace was opened.
    case cannotRead(path: String, reason: String)
    /// A write failed; its transaction was rolled back.
    case cannotWrite(path: String, reason: String)
    /// A file of zero bytes (or an SQLite file with nothing in it) where a
    /// workspace was expected by a command that does not create one.
    case empty(path: String)
    /// An ospo workspace that lacks part of its schema (a table dropped or
    /// changed by another program).
    case damaged(path: String, detail: String)
    case notFound(String)
    case invalid(String)

    public var description: String {
        switch self {
        case .notSQLite(let path):
            return "\(path) is not an ospo workspace (it is not an SQLite database); give another --db path, or move the file away"
        case .foreignDatabase(let path):
            return "\(path) is an SQLite database of another application, not an ospo workspace; it was left untouched. Give another --db path"
        case .newerVersion(let path, let unknown):
            return "\(path) was written by a newer version of ospo (schema \(unknown.joined(separator: ", "))); it was left untouched. Upgrade ospo to open it"
        case .cannotOpen(let path, let reason):
            return "cannot open the workspace \(path): \(reason)"
        case .cannotRead(let path, let reason):
            return "cannot read the workspace \(path): \(reason)"
        case .cannotWrite(let path, let reason):
            return "cannot write to the workspace \(path): \(reason); nothing was written"
        case .empty(let path):
            return "\(path) is empty, not a workspace yet; create one there with 'ospo init --db \(path)'"
        case .damaged(let path, let detail):
            return "the workspace \(path) is damaged: \(detail); restore it from a backup or an 'ospo export' bundle"
        case .notFound(let message), .invalid(let message):
            return message
        }
    }
}
