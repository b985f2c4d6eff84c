/// What the desk's forms refuse before calling a use case: the checks the
/// command line's argument parser makes, in the same words.
public enum DeskError: Error, Equatable, CustomStringConvertible {
    /// A day not written as YYYY-MM-DD.
    case badDate(field: String, String)
    /// A line of the invitees box without a name and a role.
    case badInviteeLine(line: Int, String)
    /// The invitations form named no one.
    case noInvitee

    public var description: String {
        switch self {
        case let .badDate(field, text):
            "\(field) takes YYYY-MM-DD, found '\(text)'"
        case let .badInviteeLine(line, text):
            "line \(line): '\(text)' needs a name and a role, as 'Jane Doe, engineer' (an email may follow)"
        case .noInvitee:
            "give a name and a role, or one person a line in the list"
        }
    }
}
