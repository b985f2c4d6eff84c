import Foundation
import MaturityStore

/// Who a session token belongs to, for every request of a logged-in page.
public enum SessionLookup {
    /// The account of a live session, noting the use. Throws
    /// `sessionNotValid` for an unknown token, a session past its lifetime
    /// or idle limit, or a disabled account.
    public static func account(session token: String, settings: AccountSettings = .standard,
                               in store: any WorkspaceStore) throws -> SignedInAccount {
        let workspace = try AccountError.accountStore(store)
        let hash = SecretToken.hash(token)
        let now = workspace.currentDate
        guard let (session, account) = try workspace.session(tokenHash: hash),
              !account.isDisabled,
              let expires = Self.date(session.expiresAt), now < expires,
              let lastSeen = Self.date(session.lastSeenAt), now.timeIntervalSince(lastSeen) < settings.sessionIdleLimit,
              let signedIn = SignedInAccount(account) else {
            throw AccountError.sessionNotValid
        }
        try workspace.touchSession(tokenHash: hash)
        return signedIn
    }

    static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
