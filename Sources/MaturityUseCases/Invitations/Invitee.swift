/// One person to invite: as typed on the command line or read from a row
/// of an invitees CSV file.
public struct Invitee: Sendable, Hashable {
    public var name: String
    public var role: String
    public var email: String?
    /// Where it was read (`people.csv:3`), for the messages; nil when typed.
    public var location: String?

    public init(name: String, role: String, email: String? = nil, location: String? = nil) {
        self.name = name
        self.role = role
        self.email = email
        self.location = location
    }
}
