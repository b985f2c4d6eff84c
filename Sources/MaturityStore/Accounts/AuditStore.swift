/// What the audit trail asks of a store, apart from `WorkspaceStore` so that
/// the trail needs no change to that protocol: a store that does not
/// conform keeps no trail (`AuditTrail` checks).
public protocol AuditStore: AnyObject {
    /// Records one change; see `Workspace.recordChange`.
    @discardableResult
    func recordChange(actor: String, action: String, organisation: String?, subject: String,
                      detail: String?) throws -> AuditEntryRecord
    /// The entries of one organisation, or of all, oldest first.
    func auditTrail(organisation: String?) throws -> [AuditEntryRecord]
    /// The short name of the organisation whose plan holds objective `id`.
    func organisationSlug(ofObjective id: Int64) throws -> String?
    /// The short name of the organisation assessment `id` belongs to.
    func organisationSlug(ofAssessment id: Int64) throws -> String?
}

extension Workspace: AuditStore {}
