import MaturityReports
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

    /// The entries as `ospo history` shows them, each with its organisation's short name.
    public static func listing(organisation: String?, in workspace: Workspace) throws -> [AuditListing] {
        let slugs = Dictionary(uniqueKeysWithValues: try workspace.organisations().compactMap { record in record.id.map { ($0, record.slug) } })
        return try entries(organisation: organisation, in: workspace).map { entry in
            AuditListing(at: entry.at, actor: entry.actor, action: entry.action, organisation: entry.organisationId.flatMap { slugs[$0] },
                         subject: entry.subject, note: entry.detail)
        }
    }
}
