import Foundation
import MaturityStore

/// Logs in with a name and password, limited per name and per address.
public enum LoggingIn {
    /// Checks the limits, then the password, and starts a new session.
    ///
    /// Every failure says the same `loginFailed` and takes about the same
    /// time (an unknown name is checked against a stand-in hash). A refused
    /// attempt while a wait runs is not counted, so waiting it out is enough.
    /// - Parameters:
    ///   - address: the client's address, as the server sees it.
    ///   - previousSession: the session token the browser sent, if any: it
    ///     ends, and the login gets a new token (no session fixation).
    public static func logIn(name: String, password: String, address: String, previousSession: String? = nil,
                             settings: AccountSettings = .standard, in store: any WorkspaceStore) throws -> SignedIn {
        let workspace = try AccountError.accountStore(store)
        let now = workspace.currentDate
        let byName = try workspace.loginFailures(name: name, since: now.addingTimeInterval(-settings.accountThrottle.window))
        let byAddress = try workspace.loginFailures(address: address, since: now.addingTimeInterval(-settings.addressThrottle.window))
        let wait = max(settings.accountThrottle.secondsToWait(failures: byName, now: now),
                       settings.addressThrottle.secondsToWait(failures: byAddress, now: now))
        if wait > 0 { throw AccountError.tooManyAttempts(retryAfterSeconds: wait) }

        let account = try workspace.account(named: name)
        let usable = account.flatMap { $0.isDisabled ? nil : $0 }
        let matches = PasswordHashing.verify(password, hash: usable?.record.passwordHash, cost: settings.bcryptCost)
        guard matches, let usable, let signedIn = SignedInAccount(usable) else {
            try workspace.recordFailedLogin(name: name, address: address, forgetBefore: now.addingTimeInterval(-settings.longestWindow))
            throw AccountError.loginFailed
        }
        let token = SecretToken.make()
        try workspace.startSession(account: usable, address: address, tokenHash: SecretToken.hash(token),
                                   expiresAt: now.addingTimeInterval(settings.sessionLifetime),
                                   replacing: previousSession.map(SecretToken.hash))
        return SignedIn(token: token, account: signedIn)
    }
}
