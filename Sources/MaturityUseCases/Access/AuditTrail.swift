import MaturityReports
import MaturityStore

/// Records and reads who changed what: the one call every use case that
/// changes the workspace makes after its change succeeded.
public enum AuditTrail {
    /// What a change belongs to, so its entry names the organisation.
    public enum Owner: Sendable {
        /// The whole workspace (accounts), or an organisation by short name, name or number.
        case organisation(String?)
        case assessment(Int64)
        case objective(Int64)
    }

    /// Changes recorded in the trail that are not actions of the web
    /// workspace's matrix: nobody with an account takes them in a browser.
    public enum OtherChange: String, CaseIterable, Sendable {
        /// Answers, skips or notes saved in one interview session (`ospo
        /// interview`, or a respondent's link): one entry a session.
        case interview
        /// A bundle restored by `ospo import`.
        case importBundle
    }

    /// Records that `actor` took `action` on `subject`. A store that keeps
    /// no audit trail (one that is not an `AuditStore`) records nothing.
    public static func record(_ action: WorkspaceAction, by actor: ChangeActor, about owner: Owner, subject: String,
                              detail: String? = nil, in store: any WorkspaceStore) throws {
        try record(named: action.rawValue, by: actor, about: owner, subject: subject, detail: detail, in: store)
    }

    /// Records that `actor` made `change` to `subject`.
    public static func record(_ change: OtherChange, by actor: ChangeActor, about owner: Owner, subject: String,
                              detail: String? = nil, in store: any WorkspaceStore) throws {
        try record(named: change.rawValue, by: actor, about: owner, subject: subject, detail: detail, in: store)
    }

    private static func record(named action: String, by actor: ChangeActor, about owner: Owner, subject: String,
                               detail: String?, in store: any WorkspaceStore) throws {
        guard let audit = store as? any AuditStore else { return }
        let organisation: String? = switch owner {
        case .organisation(let reference): reference
        case .assessment(let id): try audit.organisationSlug(ofAssessment: id)
        case .objective(let id): try audit.organisationSlug(ofObjective: id)
        }
        try audit.recordChange(actor: actor.description, action: action, organisation: organisation,
                               subject: subject, detail: detail)
    }

    /// The entries of one organisation, or of the whole workspace, oldest first.
    public static func entries(organisation: String?, in store: any WorkspaceStore) throws -> [AuditEntryRecord] {
        try AccountError.accountStore(store).auditTrail(organisation: organisation)
    }

    /// The entries as `ospo history` shows them, each with its organisation's short name.
    public static func listing(organisation: String?, in workspace: any WorkspaceStore) throws -> [AuditListing] {
        let slugs = Dictionary(uniqueKeysWithValues: try workspace.organisations().compactMap { record in record.id.map { ($0, record.slug) } })
        return try entries(organisation: organisation, in: workspace).map { entry in
            AuditListing(at: entry.at, actor: entry.actor, action: entry.action, organisation: entry.organisationId.flatMap { slugs[$0] },
                         subject: entry.subject, note: entry.detail)
        }
    }
}
