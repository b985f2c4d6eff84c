import MaturityStore

/// Asks a logged-in account for its password again before an action that
/// needs it (`WorkspaceAction.needsPasswordAgain`), so that a browser left
/// open cannot be used to manage accounts.
public enum PasswordConfirmation {
    /// The session's account when `password` is its password. A wrong one
    /// counts as a failed login of the account from `address`, so a stolen
    /// session cannot be used to guess faster than the login page allows.
    public static func confirm(session token: String, password: String, address: String,
                               settings: AccountSettings = .standard, in store: any WorkspaceStore) throws -> SignedInAccount {
        let workspace = try AccountError.accountStore(store)
        let signedIn = try SessionLookup.account(session: token, settings: settings, in: store)
        let now = workspace.currentDate
        let failures = try workspace.loginFailures(name: signedIn.name, since: now.addingTimeInterval(-settings.accountThrottle.window))
        let wait = settings.accountThrottle.secondsToWait(failures: failures, now: now)
        if wait > 0 { throw AccountError.tooManyAttempts(retryAfterSeconds: wait) }
        let account = try workspace.account(named: signedIn.name)
        guard PasswordHashing.verify(password, hash: account?.record.passwordHash, cost: settings.bcryptCost) else {
            try workspace.recordFailedLogin(name: signedIn.name, address: address,
                                            forgetBefore: now.addingTimeInterval(-settings.longestWindow))
            throw AccountError.currentPasswordWrong
        }
        return signedIn
    }
}
