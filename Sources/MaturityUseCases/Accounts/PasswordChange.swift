import MaturityStore

/// Changes a logged-in account's password.
public enum PasswordChange {
    /// Checks the current password and the rules, stores the new hash, ends
    /// every session of the account (a stolen one included) and returns the
    /// token of a new session for the browser that asked.
    public static func change(session token: String, current: String, new: String, settings: AccountSettings = .standard,
                              in store: any WorkspaceStore) throws -> SignedIn {
        let workspace = try AccountError.accountStore(store)
        let signedIn = try SessionLookup.account(session: token, settings: settings, in: store)
        guard let account = try workspace.account(named: signedIn.name) else { throw AccountError.sessionNotValid }
        guard PasswordHashing.verify(current, hash: account.record.passwordHash, cost: settings.bcryptCost) else {
            throw AccountError.currentPasswordWrong
        }
        try PasswordRules.check(new, accountName: account.name)
        let newToken = SecretToken.make()
        try workspace.changePassword(account: account, passwordHash: PasswordHashing.hash(new, cost: settings.bcryptCost),
                                     newSessionHash: SecretToken.hash(newToken),
                                     expiresAt: workspace.currentDate.addingTimeInterval(settings.sessionLifetime))
        return SignedIn(token: newToken, account: signedIn)
    }
}
