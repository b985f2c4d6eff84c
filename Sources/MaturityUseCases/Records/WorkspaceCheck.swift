import MaturityStore

/// What `ospo init` says of a workspace it created or checked.
public enum WorkspaceCheck {
    /// "workspace PATH: N organisations".
    public static func line(for workspace: any WorkspaceStore) throws -> String {
        let count = try workspace.organisations().count
        return "workspace \(workspace.path): \(count) organisation\(count == 1 ? "" : "s")"
    }
}
