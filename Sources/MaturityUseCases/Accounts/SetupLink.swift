import MaturityStore

/// A new account's one-time link to choose a password; the token in it is
/// shown once and kept only as its hash.
public struct SetupLink: Sendable, Equatable {
    public var account: Account
    public var url: String
    /// How long the link works.
    public var validForHours: Int
}
