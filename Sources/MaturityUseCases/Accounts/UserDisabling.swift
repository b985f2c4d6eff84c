import MaturityStore

/// Disables an account, as `ospo user disable` does: it can no longer log
/// in, and its sessions and setup link end at once. Its name stays taken
/// and the audit trail keeps naming it.
public enum UserDisabling {
    @discardableResult
    public static func disable(name: String, by actor: ChangeActor, in store: any WorkspaceStore) throws -> Account {
        let workspace = try AccountError.accountStore(store)
        let account = try workspace.disableAccount(named: name)
        try AuditTrail.record(.manageUsers, by: actor, about: .organisation(nil), subject: "account \(account.name) disabled", in: store)
        return account
    }

    /// The line a front end prints.
    public static func line(for account: Account) -> String {
        "disabled \(account.name); its sessions and setup link have ended"
    }
}
