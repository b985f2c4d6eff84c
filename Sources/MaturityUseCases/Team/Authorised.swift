import MaturityReports

/// The policy's yes to one action, by one account, on one organisation (or
/// the whole workspace). Only `TeamDesk.authorise` makes one, so a use case
/// that takes it cannot be reached without the policy deciding first.
public struct Authorised: Sendable {
    public let account: SignedInAccount
    public let action: WorkspaceAction
    /// The organisation the action is on; nil for a workspace action.
    public let organisation: OrganisationListing?

    init(account: SignedInAccount, action: WorkspaceAction, organisation: OrganisationListing?) {
        self.account = account
        self.action = action
        self.organisation = organisation
    }

    /// Who the audit trail names for a change made under this yes.
    public var actor: ChangeActor { account.actor }

    /// The organisation's short name; throws `TeamError.notFound` for a
    /// workspace action (a use case of one organisation was handed the wrong yes).
    public func organisationSlug() throws -> String {
        guard let organisation else { throw TeamError.notFound }
        return organisation.slug
    }

    /// Checks that this yes is for `wanted`, so that a use case is never run
    /// under the yes of a weaker action (a viewer's "view" reaching an edit).
    public func require(_ wanted: WorkspaceAction) throws {
        guard action == wanted else { throw TeamError.notFound }
    }
}
