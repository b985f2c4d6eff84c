/// Why invitations could not be made from what was given.
public enum InviteError: Error, Equatable, CustomStringConvertible {
    /// Whether the description starts with where the problem is, so a front
    /// end prints it as it is rather than after "error: ".
    public var isLocated: Bool {
        switch self {
        case .file: true
        case .invitee(_, _, let at): at != nil
        default: false
        }
    }

    /// A located problem in an invitees file (`path:row: error: ...`).
    case file(path: String, row: Int?, message: String)
    /// An invitee the assessment cannot take (unknown role, no usable name),
    /// with where it was read when it came from a file.
    case invitee(name: String, reason: String, at: String?)
    /// The last day of the links is already past.
    case expiryPast(String, today: String)
    /// The base URL of links is not an http or https address.
    case badBaseURL(String)

    public var description: String {
        switch self {
        case let .file(path, row, message):
            "\(path)\(row.map { ":\($0)" } ?? ""): error: \(message)"
        case let .invitee(name, reason, at):
            "\(at.map { "\($0): error: " } ?? "")cannot invite '\(name)': \(reason)"
        case let .expiryPast(day, today):
            "--expires \(day) is before today (\(today)); give a later day"
        case let .badBaseURL(url):
            "--base-url '\(url)' is not an http:// or https:// address; give the address respondents open, such as https://survey.example.org"
        }
    }
}
