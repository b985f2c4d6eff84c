/// Problems with a workspace or with what a command asked of it, each with a
/// sentence that says what to do.
public enum WorkspaceError: Error, Equatable, CustomStringConvertible {
    case notSQLite(path: String)
    case foreignDatabase(path: String)
    case newerVersion(path: String, unknown: [String])
    case cannotOpen(path: String, reason: String)
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
        case .notFound(let message), .invalid(let message):
            return message
        }
    }
}
