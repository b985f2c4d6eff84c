import Foundation
import MaturityReports
import MaturityStore

/// What the team's web pages ask of the workspace: accounts and sessions,
/// and every page's authorisation. The pages of each area (the consultant's
/// desk, the lead's board, the viewer's reports) add their use cases in
/// extensions of their own; each takes an `Authorised` value, so a use case
/// cannot run without the policy having said yes first.
///
/// A desk holds no cache: what a page shows is read when it is asked for,
/// so a change made from the command line shows on the next page.
public final class TeamDesk: @unchecked Sendable {
    let workspace: any WorkspaceStore
    let settings: AccountSettings

    /// - Throws: `AccountError.accountsUnsupported` for a store that keeps no accounts.
    public init(workspace: any WorkspaceStore, settings: AccountSettings = .standard) throws {
        _ = try AccountError.accountStore(workspace)
        self.workspace = workspace
        self.settings = settings
    }

    // MARK: - Sessions

    /// The account of a live session, or nil for a token that is unknown,
    /// ended, expired, idle too long, or of a disabled account.
    public func account(session token: String) throws -> SignedInAccount? {
        guard !token.isEmpty, token.count <= 128 else { return nil }
        do {
            return try SessionLookup.account(session: token, settings: settings, in: workspace)
        } catch AccountError.sessionNotValid {
            return nil
        }
    }

    /// The CSRF token of a session's forms: a keyed digest of the session's
    /// secret, so it needs no storage, differs for every session and tells
    /// nothing of the session token itself.
    public static func csrfToken(session token: String) -> String {
        SecretToken.hash("csrf:" + token)
    }

    /// What a login attempt gave.
    public enum LoginOutcome: Sendable, Equatable {
        case signedIn(SignedIn)
        /// The name or the password is not right (one sentence for every cause).
        case refused(String)
        /// Too many failures: the attempt was not checked; try again after `seconds`.
        case wait(seconds: Int, message: String)
    }

    /// Logs in (see `LoggingIn`), ending the browser's previous session.
    public func logIn(name: String, password: String, address: String, previousSession: String?) throws -> LoginOutcome {
        do {
            return .signedIn(try LoggingIn.logIn(name: name, password: password, address: address,
                                                 previousSession: previousSession, settings: settings, in: workspace))
        } catch AccountError.loginFailed {
            return .refused(AccountError.loginFailed.description)
        } catch AccountError.tooManyAttempts(let seconds) {
            return .wait(seconds: seconds, message: AccountError.tooManyAttempts(retryAfterSeconds: seconds).description)
        }
    }

    /// Ends a session; harmless for one already ended.
    public func logOut(session token: String) throws {
        try LoggingOut.logOut(session: token, in: workspace)
    }

    /// Changes the session's password (see `PasswordChange`): every other
    /// session of the account ends, and the browser gets a new token.
    public func changePassword(session token: String, current: String, new: String) throws -> SignedIn {
        try PasswordChange.change(session: token, current: current, new: new, settings: settings, in: workspace)
    }

    /// The account name of a setup link that still works, or nil.
    public func setupAccount(token: String) throws -> String? {
        guard !token.isEmpty, token.count <= 128 else { return nil }
        return try AccountError.accountStore(workspace).accountName(setupTokenHash: SecretToken.hash(token))
    }

    /// Sets a new account's first password from its setup link (see `PasswordSetting`).
    public func setPassword(setupToken token: String, password: String) throws {
        try PasswordSetting.set(token: token, password: password, settings: settings, in: workspace)
    }

    /// The session's account when `password` is its password, for an action
    /// that asks for it again (`WorkspaceAction.needsPasswordAgain`).
    public func confirmPassword(session token: String, password: String, address: String) throws -> SignedInAccount {
        try PasswordConfirmation.confirm(session: token, password: password, address: address, settings: settings, in: workspace)
    }

    // MARK: - Authorisation

    /// The policy's yes for `account` to take `action` on the organisation
    /// with short name `organisation` (nil for the whole workspace).
    ///
    /// Throws `TeamError.notFound` both when the organisation does not exist
    /// and when the account may not take the action there, so that a page
    /// tells an account nothing about organisations it may not reach.
    public func authorise(_ account: SignedInAccount, _ action: WorkspaceAction, organisation slug: String?) throws -> Authorised {
        guard account.may(action, on: slug) else { throw TeamError.notFound }
        guard let slug else { return Authorised(account: account, action: action, organisation: nil) }
        guard let record = try workspace.organisations().first(where: { $0.slug == slug }) else { throw TeamError.notFound }
        let listing = OrganisationListing(slug: record.slug, name: record.name, sector: record.sector,
                                          assessments: try workspace.assessments(organisation: record.slug).count)
        return Authorised(account: account, action: action, organisation: listing)
    }

    /// The organisations `account` may see, by name.
    public func organisations(visibleTo account: SignedInAccount) throws -> [OrganisationListing] {
        try OrganisationQueries.list(workspace)
            .filter { account.may(.viewOrganisation, on: $0.slug) }
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }
}
