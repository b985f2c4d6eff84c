import MaturityStore

/// Records and reads who changed what: the one call every use case that
/// changes the workspace makes after its change succeeded.
public enum AuditTrail {
    /// Records that `actor` took `action` on `subject`, of `organisation` when it belongs to one.
    @discardableResult
    public static func record(_ action: WorkspaceAction, by actor: ChangeActor, organisation: String?, subject: String,
                              detail: String? = nil, in workspace: Workspace) throws -> AuditEntryRecord {
        try workspace.recordChange(actor: actor.description, action: action.rawValue, organisation: organisation,
                                   subject: subject, detail: detail)
    }

    /// The entries of one organisation, or of the whole workspace, oldest first.
    public static func entries(organisation: String?, in workspace: Workspace) throws -> [AuditEntryRecord] {
        try workspace.auditTrail(organisation: organisation)
    }
}
