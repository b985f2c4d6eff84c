import MaturityReports

/// An invitation just made, with the only copy of its private link.
public struct IssuedInvitation: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var role: String
    public var email: String?
    /// The link to send; the workspace keeps only its token's hash.
    public var link: String
    /// The link's last day, when it has one.
    public var expiresOn: String?

    /// The invitations as a CSV file for a mail merge: one person a row.
    public static func mailMerge(_ invitations: [IssuedInvitation]) -> String {
        CSVText.table(header: ["invitation", "name", "role", "email", "link", "expires"],
                      rows: invitations.map { ["\($0.id)", $0.name, $0.role, $0.email ?? "", $0.link, $0.expiresOn ?? ""] })
    }
}
