/// A successful login: the new session's token (for the cookie; shown
/// once, kept only as its hash) and who logged in.
public struct SignedIn: Sendable, Equatable {
    public var token: String
    public var account: SignedInAccount
}
