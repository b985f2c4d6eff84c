/// What the team's pages refuse beyond the errors of the use cases they call
/// (whose messages are the command line's, shown as they are).
public enum TeamError: Error, Equatable, CustomStringConvertible {
    /// No such page for this account: the organisation, assessment or
    /// objective does not exist, or the account may not reach it. The two
    /// look the same on purpose.
    case notFound

    public var description: String {
        switch self {
        case .notFound: "there is no such page here"
        }
    }
}
