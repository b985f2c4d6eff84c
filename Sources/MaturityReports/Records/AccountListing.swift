/// An account as `ospo user list` shows it.
public struct AccountListing: Sendable, Hashable {
    public var name: String
    public var role: String
    /// `active`, `setup link not used yet` or `disabled`.
    public var state: String
    /// Short names; empty when the account reaches every organisation.
    public var organisations: [String]

    public init(name: String, role: String, state: String, organisations: [String]) {
        self.name = name
        self.role = role
        self.state = state
        self.organisations = organisations
    }
}
