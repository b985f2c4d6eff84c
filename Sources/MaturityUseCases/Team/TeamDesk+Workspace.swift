import MaturityReports
import MaturityStore

/// The workspace-wide changes of the web: organisations and accounts.
extension TeamDesk {
    /// Adds an organisation, as `ospo org add` does; returns its short name.
    public func addOrganisation(name: String, sector: String?, under yes: Authorised) throws -> String {
        try yes.require(.addOrganisation)
        return try OrganisationAdding.add(name: name, sector: sector, by: yes.actor, in: workspace).slug
    }

    /// Every account, as `ospo user list` shows them.
    public func accounts(under yes: Authorised) throws -> [AccountListing] {
        try yes.require(.manageUsers)
        return try UserListing.accounts(in: workspace)
    }

    /// A new account's one-time link, as the web shows it once.
    public struct NewAccountLink: Sendable, Equatable {
        public var name: String
        public var role: AccountRole
        public var url: String
        public var validForHours: Int
    }

    /// Adds an account, as `ospo user add` does.
    public func addAccount(name: String, role: AccountRole, organisations: [String], baseURL: String,
                           under yes: Authorised) throws -> NewAccountLink {
        try yes.require(.manageUsers)
        let link = try UserAdding.add(name: name, role: role, organisations: organisations, baseURL: baseURL,
                                      by: yes.actor, settings: settings, in: workspace)
        return NewAccountLink(name: link.account.name, role: role, url: link.url, validForHours: link.validForHours)
    }

    /// Disables an account, as `ospo user disable` does.
    public func disableAccount(name: String, under yes: Authorised) throws {
        try yes.require(.manageUsers)
        try UserDisabling.disable(name: name, by: yes.actor, in: workspace)
    }
}
