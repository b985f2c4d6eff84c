import MaturityStore

/// Sets a new account's password from its one-time setup link.
public enum PasswordSetting {
    /// Checks the password against `PasswordRules`, hashes it, and uses up
    /// the link's token. Throws `setupLinkNotValid` for a token that is
    /// unknown, used or expired, before looking at the password.
    @discardableResult
    public static func set(token: String, password: String, settings: AccountSettings = .standard,
                           in store: any WorkspaceStore) throws -> Account {
        let workspace = try AccountError.accountStore(store)
        guard let name = try workspace.accountName(setupTokenHash: SecretToken.hash(token)) else {
            throw AccountError.setupLinkNotValid
        }
        try PasswordRules.check(password, accountName: name)
        let hash = PasswordHashing.hash(password, cost: settings.bcryptCost)
        return try workspace.usePasswordSetup(tokenHash: SecretToken.hash(token), passwordHash: hash)
    }
}
