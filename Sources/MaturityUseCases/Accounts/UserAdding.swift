import Foundation
import MaturityStore

/// Adds an account, as `ospo user add` does, and returns its one-time setup link.
public enum UserAdding {
    /// Where the server answers when no `--base-url` is given (`ospo serve`'s default).
    public static let defaultBaseURL = "http://127.0.0.1:8080"

    /// Adds `name` with `role`, limited to `organisations` (short names,
    /// names or numbers; none means every organisation). Nothing is written
    /// when any of them is unknown.
    public static func add(name: String, role: AccountRole, organisations: [String] = [], baseURL: String = defaultBaseURL,
                           by actor: ChangeActor, settings: AccountSettings = .standard,
                           in store: any WorkspaceStore) throws -> SetupLink {
        let workspace = try AccountError.accountStore(store)
        guard isValidName(name) else { throw AccountError.invalidName(name) }
        if role == .admin && !organisations.isEmpty { throw AccountError.adminWithOrganisations }
        let base = try checkedBase(baseURL)
        let token = SecretToken.make()
        let account = try workspace.addAccount(
            name: name, role: role.rawValue, organisations: organisations.isEmpty ? nil : organisations,
            setupTokenHash: SecretToken.hash(token),
            setupExpiresAt: workspace.currentDate.addingTimeInterval(settings.setupLinkLifetime))
        try AuditTrail.record(.manageUsers, by: actor, about: .organisation(nil),
                              subject: "account \(account.name) added as \(role.rawValue)", in: store)
        return SetupLink(account: account, url: "\(base)/setup/\(token)",
                         validForHours: Int(settings.setupLinkLifetime / 3600))
    }

    /// 1 to 64 of letters, digits, `.`, `_`, `-` and `@`, starting with a letter or digit.
    public static func isValidName(_ name: String) -> Bool {
        let alphanumerics = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        guard (1...64).contains(name.count), let first = name.first, alphanumerics.contains(first) else { return false }
        return name.allSatisfy { (alphanumerics + "._-@").contains($0) }
    }

    /// The base address without a trailing slash; only http and https.
    static func checkedBase(_ baseURL: String) throws -> String {
        var base = baseURL.trimmingCharacters(in: .whitespaces)
        while base.hasSuffix("/") { base.removeLast() }
        guard let url = URL(string: base), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
            throw AccountError.baseURLNotHTTP(baseURL)
        }
        return base
    }

    /// The lines a front end prints for `link`.
    public static func lines(for link: SetupLink) -> String {
        let reach = link.account.organisations.isEmpty ? "every organisation" : link.account.organisations.joined(separator: ", ")
        return """
            added \(link.account.record.role) \(link.account.name) (\(reach))
            one-time link to choose a password (send it privately; it works once, for \(link.validForHours) hours):
            \(link.url)

            """
    }
}
