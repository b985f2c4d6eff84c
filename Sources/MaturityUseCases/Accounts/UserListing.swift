import MaturityReports
import MaturityStore

/// The accounts, as `ospo user list` shows them.
public enum UserListing {
    /// Every account by name, with its state in words.
    public static func accounts(in store: any WorkspaceStore) throws -> [AccountListing] {
        let workspace = try AccountError.accountStore(store)
        return try workspace.accounts().map { account in
            AccountListing(name: account.name, role: account.record.role,
                           state: account.isDisabled ? "disabled" : account.record.passwordHash == nil ? "setup link not used yet" : "active",
                           organisations: account.record.allOrganisations ? [] : account.organisations)
        }
    }
}
