import MaturityStore

/// Who is acting, as the policy sees them: a name, a role and a scope.
public struct SignedInAccount: Sendable, Equatable {
    public var name: String
    public var role: AccountRole
    public var scope: AccountScope

    public init(name: String, role: AccountRole, scope: AccountScope) {
        self.name = name
        self.role = role
        self.scope = scope
    }

    /// The account as stored; nil when its role is not one this version knows
    /// (a value changed by another program), which then may do nothing.
    public init?(_ account: Account) {
        guard let role = AccountRole(rawValue: account.record.role) else { return nil }
        self.init(name: account.name, role: role,
                  scope: account.record.allOrganisations ? .allOrganisations : .only(Set(account.organisations)))
    }

    /// Whether this account may take `action` on `organisation` (a short name; nil for the whole workspace).
    public func may(_ action: WorkspaceAction, on organisation: String?) -> Bool {
        AccessPolicy.allows(role, scope: scope, action: action, organisation: organisation)
    }

    /// How the audit trail names this account.
    public var actor: ChangeActor { .account(name) }
}
