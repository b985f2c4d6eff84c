/// One entry of the audit trail as `ospo history` shows it.
public struct AuditListing: Sendable, Hashable {
    /// When, as stored (ISO 8601, UTC).
    public var at: String
    /// `account:NAME` or `cli:USER`.
    public var actor: String
    public var action: String
    /// The organisation's short name, when the change belongs to one.
    public var organisation: String?
    public var subject: String
    public var note: String?

    public init(at: String, actor: String, action: String, organisation: String?, subject: String, note: String?) {
        self.at = at
        self.actor = actor
        self.action = action
        self.organisation = organisation
        self.subject = subject
        self.note = note
    }
}
