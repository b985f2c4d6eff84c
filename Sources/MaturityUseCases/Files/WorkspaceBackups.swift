import Foundation
import MaturityStore

/// A consistent, checked copy of the workspace while `ospo serve` (or any
/// other command) may write to it, as `ospo backup` makes.
public enum WorkspaceBackups {
    /// Copies the workspace at `workspace` to `copy`; see `Workspace.backup`.
    /// - Parameter force: replace a file at `copy` instead of refusing.
    /// - Throws: `UseCaseError.backupRefused` for a copy that cannot be
    ///   made where asked, `WorkspaceError` for a workspace that cannot be read.
    public static func take(of workspace: String, to copy: String, force: Bool = false) throws -> WorkspaceBackup {
        do {
            return try Workspace.backup(from: workspace, to: copy, replacing: force)
        } catch let error as BackupError {
            throw UseCaseError.backupRefused(error)
        }
    }

    /// What a front end prints: the copy, its check, and its schema version
    /// with what this build would do when it opens the workspace.
    public static func lines(for backup: WorkspaceBackup, of workspace: String) -> [String] {
        let size = ByteCountFormatter.string(fromByteCount: backup.bytes, countStyle: .file)
        let schema = "schema \(backup.schemaVersion) (\(backup.migrations.count) migration\(backup.migrations.count == 1 ? "" : "s"))"
        let upgrade: String
        if !backup.unknown.isEmpty {
            upgrade = "written by a newer ospo (\(backup.unknown.joined(separator: ", "))); this version will not open it"
        } else if backup.pending.isEmpty {
            upgrade = "this version of ospo opens it as it is"
        } else {
            upgrade = "this version of ospo will upgrade it when it next opens it (\(backup.pending.joined(separator: ", ")))"
        }
        return ["backed up \(workspace) to \(backup.path) (\(size)); integrity check ok", "\(schema); \(upgrade)"]
    }
}
