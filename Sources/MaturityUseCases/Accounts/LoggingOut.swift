import MaturityStore

/// Ends a session.
public enum LoggingOut {
    /// Ends the session of `token`; a token already ended is not an error,
    /// so logging out twice (two tabs) is harmless.
    public static func logOut(session token: String, in store: any WorkspaceStore) throws {
        try AccountError.accountStore(store).endSession(tokenHash: SecretToken.hash(token))
    }
}
