/// An account with the short names of the organisations it is limited to.
public struct Account: Sendable, Hashable {
    public var record: AccountRecord
    /// Short names, sorted; empty when the account reaches every organisation.
    public var organisations: [String]

    public var name: String { record.name }
    public var isDisabled: Bool { record.disabledAt != nil }
}
