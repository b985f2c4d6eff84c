import Foundation
import MaturityReports
import MaturityStore
import Testing
@testable import MaturityUseCases

/// A clock the tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var time = Date(timeIntervalSince1970: 1_800_000_000)

    var now: Date { lock.withLock { time } }
    func advance(_ seconds: TimeInterval) { lock.withLock { time += seconds } }
}

/// Accounts from `ospo user add` to login, sessions, password change and
/// disabling, on an in-memory workspace with bcrypt at its lowest cost.
struct AccountUseCaseTests {
    let clock = TestClock()
    let workspace: Workspace
    /// Cost 4, bcrypt's lowest, so the tests do not wait on hashing; lifetimes as shipped.
    static let cheap = AccountSettings(bcryptCost: 4, setupLinkLifetime: 72 * 3600, sessionIdleLimit: 12 * 3600,
                                       sessionLifetime: 7 * 24 * 3600, accountThrottle: .perAccount, addressThrottle: .perAddress)
    let cli = ChangeActor.commandLine(user: "tester")
    let password = "plum orchard ladder"

    init() throws {
        let clock = clock
        workspace = try Workspace.inMemory(clock: { clock.now })
        try workspace.addOrganisation(name: "Acme Works")
        try workspace.addOrganisation(name: "Globex")
    }

    /// Adds `name` and sets its password from the link; returns the account.
    @discardableResult
    func addWithPassword(_ name: String, role: AccountRole = .consultant, organisations: [String] = []) throws -> Account {
        let link = try UserAdding.add(name: name, role: role, organisations: organisations, by: cli, settings: Self.cheap, in: workspace)
        return try PasswordSetting.set(token: Self.token(of: link), password: password, settings: Self.cheap, in: workspace)
    }

    static func token(of link: SetupLink) -> String {
        String(link.url.split(separator: "/").last ?? "")
    }

    @Test func anAccountGetsAOneTimeLinkAndKeepsOnlyItsHash() throws {
        let link = try UserAdding.add(name: "ben", role: .consultant, organisations: ["acme-works"],
                                      baseURL: "https://ospo.example.org/", by: cli, settings: Self.cheap, in: workspace)
        let token = Self.token(of: link)
        #expect(link.url == "https://ospo.example.org/setup/\(token)")
        // 32 random bytes in base64 without padding: ⌈32 × 8 / 6⌉ = 43 characters.
        #expect(token.count == 43)
        #expect(link.account.organisations == ["acme-works"])
        #expect(link.account.record.passwordHash == nil)
        #expect(UserAdding.lines(for: link) == """
            added consultant ben (acme-works)
            one-time link to choose a password (send it privately; it works once, for 72 hours):
            https://ospo.example.org/setup/\(token)

            """)
        // The link works once.
        try PasswordSetting.set(token: token, password: password, settings: Self.cheap, in: workspace)
        #expect(throws: AccountError.setupLinkNotValid) {
            try PasswordSetting.set(token: token, password: password, settings: Self.cheap, in: workspace)
        }
        #expect(try workspace.accountName(setupTokenHash: token) == nil)
        #expect(try workspace.account(named: "ben")?.record.passwordHash?.hasPrefix("$2b$04$") == true)
    }

    @Test func aSetupLinkExpiresAfter72Hours() throws {
        let link = try UserAdding.add(name: "ben", role: .lead, by: cli, settings: Self.cheap, in: workspace)
        clock.advance(72 * 3600)
        #expect(throws: AccountError.setupLinkNotValid) {
            try PasswordSetting.set(token: Self.token(of: link), password: password, settings: Self.cheap, in: workspace)
        }
    }

    @Test func addingRefusesWhatCannotBeAnAccount() throws {
        try addWithPassword("ben")
        #expect(throws: AccountError.accountExists("BEN")) {
            try UserAdding.add(name: "BEN", role: .viewer, by: cli, settings: Self.cheap, in: workspace)
        }
        #expect(throws: AccountError.invalidName("-ben")) {
            try UserAdding.add(name: "-ben", role: .viewer, by: cli, settings: Self.cheap, in: workspace)
        }
        #expect(throws: AccountError.adminWithOrganisations) {
            try UserAdding.add(name: "ana", role: .admin, organisations: ["globex"], by: cli, settings: Self.cheap, in: workspace)
        }
        #expect(throws: AccountError.baseURLNotHTTP("ftp://x")) {
            try UserAdding.add(name: "ana", role: .admin, baseURL: "ftp://x", by: cli, settings: Self.cheap, in: workspace)
        }
        #expect(throws: WorkspaceError.unknownOrganisation("initech", known: ["acme-works", "globex"])) {
            try UserAdding.add(name: "cy", role: .viewer, organisations: ["globex", "initech"], by: cli, settings: Self.cheap, in: workspace)
        }
        // Nothing of the refused ones was written.
        #expect(try workspace.accounts().map(\.name) == ["ben"])
    }

    @Test func aLoginStartsANewSessionAndEndsTheOneBefore() throws {
        try addWithPassword("ben", organisations: ["globex"])
        // A token planted in the browser before login (session fixation).
        let planted = try LoggingIn.logIn(name: "ben", password: password, address: "10.0.0.1", settings: Self.cheap, in: workspace)
        let signedIn = try LoggingIn.logIn(name: "Ben", password: password, address: "10.0.0.1", previousSession: planted.token,
                                           settings: Self.cheap, in: workspace)
        #expect(signedIn.token != planted.token)
        #expect(signedIn.account == SignedInAccount(name: "ben", role: .consultant, scope: .only(["globex"])))
        #expect(try SessionLookup.account(session: signedIn.token, settings: Self.cheap, in: workspace).name == "ben")
        #expect(throws: AccountError.sessionNotValid) {
            try SessionLookup.account(session: planted.token, settings: Self.cheap, in: workspace)
        }
        try LoggingOut.logOut(session: signedIn.token, in: workspace)
        #expect(throws: AccountError.sessionNotValid) {
            try SessionLookup.account(session: signedIn.token, settings: Self.cheap, in: workspace)
        }
    }

    @Test func aSessionEndsWhenIdleOrOld() throws {
        try addWithPassword("ben")
        let first = try LoggingIn.logIn(name: "ben", password: password, address: "a", settings: Self.cheap, in: workspace)
        // Used every 11 hours it lives on, until 7 days after login: 15 × 11 h = 165 h < 168 h.
        for _ in 0..<15 {
            clock.advance(11 * 3600)
            _ = try SessionLookup.account(session: first.token, settings: Self.cheap, in: workspace)
        }
        // 176 h after login: past 168 h.
        clock.advance(11 * 3600)
        #expect(throws: AccountError.sessionNotValid) {
            try SessionLookup.account(session: first.token, settings: Self.cheap, in: workspace)
        }
        let second = try LoggingIn.logIn(name: "ben", password: password, address: "a", settings: Self.cheap, in: workspace)
        clock.advance(12 * 3600)
        #expect(throws: AccountError.sessionNotValid) {
            try SessionLookup.account(session: second.token, settings: Self.cheap, in: workspace)
        }
    }

    @Test func everyFailureSaysTheSameAndGuessesAreSlowed() throws {
        try addWithPassword("ben")
        _ = try UserAdding.add(name: "cy", role: .viewer, by: cli, settings: Self.cheap, in: workspace)
        for (name, typed) in [("ben", "wrong password!"), ("nobody", password), ("cy", password)] {
            #expect(throws: AccountError.loginFailed) {
                try LoggingIn.logIn(name: name, password: typed, address: "10.0.0.9", settings: Self.cheap, in: workspace)
            }
        }
        // 4 more for ben: 5 failures, so the next attempt waits 1 s × 2^0.
        for _ in 0..<4 {
            #expect(throws: AccountError.loginFailed) {
                try LoggingIn.logIn(name: "ben", password: "wrong password!", address: "10.0.0.9", settings: Self.cheap, in: workspace)
            }
        }
        #expect(throws: AccountError.tooManyAttempts(retryAfterSeconds: 1)) {
            try LoggingIn.logIn(name: "ben", password: password, address: "10.0.0.7", settings: Self.cheap, in: workspace)
        }
        clock.advance(1)
        // After the wait the right password works, and clears the name's count.
        _ = try LoggingIn.logIn(name: "ben", password: password, address: "10.0.0.7", settings: Self.cheap, in: workspace)
        #expect(try workspace.loginFailures(name: "ben", since: .distantPast).isEmpty)
        // The address keeps its 7 failures (3 + 4) all the same.
        #expect(try workspace.loginFailures(address: "10.0.0.9", since: .distantPast).count == 7)
    }

    @Test func oneAddressGuessingManyNamesIsSlowed() throws {
        try addWithPassword("ben")
        // 20 names, one failure each: no name reaches 5, the address reaches 20.
        for index in 0..<20 {
            #expect(throws: AccountError.loginFailed) {
                try LoggingIn.logIn(name: "guess\(index)", password: password, address: "203.0.113.5", settings: Self.cheap, in: workspace)
            }
        }
        // 20 failures: 1 s × 2^(20 − 20) = 1 s, even for the right password.
        #expect(throws: AccountError.tooManyAttempts(retryAfterSeconds: 1)) {
            try LoggingIn.logIn(name: "ben", password: password, address: "203.0.113.5", settings: Self.cheap, in: workspace)
        }
        // From another address, ben is not held up.
        _ = try LoggingIn.logIn(name: "ben", password: password, address: "198.51.100.1", settings: Self.cheap, in: workspace)
    }

    @Test func changingThePasswordEndsEveryOtherSession() throws {
        try addWithPassword("ben")
        let laptop = try LoggingIn.logIn(name: "ben", password: password, address: "a", settings: Self.cheap, in: workspace)
        let phone = try LoggingIn.logIn(name: "ben", password: password, address: "b", settings: Self.cheap, in: workspace)
        #expect(throws: AccountError.currentPasswordWrong) {
            try PasswordChange.change(session: laptop.token, current: "not my password", new: "quiet river stones",
                                      settings: Self.cheap, in: workspace)
        }
        let renewed = try PasswordChange.change(session: laptop.token, current: password, new: "quiet river stones",
                                                settings: Self.cheap, in: workspace)
        for old in [laptop.token, phone.token] {
            #expect(throws: AccountError.sessionNotValid) { try SessionLookup.account(session: old, settings: Self.cheap, in: workspace) }
        }
        #expect(try SessionLookup.account(session: renewed.token, settings: Self.cheap, in: workspace).name == "ben")
        #expect(throws: AccountError.loginFailed) {
            try LoggingIn.logIn(name: "ben", password: password, address: "a", settings: Self.cheap, in: workspace)
        }
        _ = try LoggingIn.logIn(name: "ben", password: "quiet river stones", address: "a", settings: Self.cheap, in: workspace)
    }

    @Test func aDisabledAccountIsLockedOutAtOnce() throws {
        try addWithPassword("ben")
        let session = try LoggingIn.logIn(name: "ben", password: password, address: "a", settings: Self.cheap, in: workspace)
        let account = try UserDisabling.disable(name: "ben", by: cli, in: workspace)
        #expect(UserDisabling.line(for: account) == "disabled ben; its sessions and setup link have ended")
        #expect(throws: AccountError.sessionNotValid) { try SessionLookup.account(session: session.token, settings: Self.cheap, in: workspace) }
        #expect(throws: AccountError.loginFailed) {
            try LoggingIn.logIn(name: "ben", password: password, address: "a", settings: Self.cheap, in: workspace)
        }
        #expect(throws: AccountError.alreadyDisabled("ben")) { try UserDisabling.disable(name: "ben", by: cli, in: workspace) }
        #expect(throws: AccountError.unknownAccount("zed")) { try UserDisabling.disable(name: "zed", by: cli, in: workspace) }
        // Both account changes are in the audit trail, under the command line's user.
        #expect(try AuditTrail.entries(organisation: nil, in: workspace).map { "\($0.actor) \($0.action) \($0.subject)" } == [
            "cli:tester manageUsers account ben added as consultant",
            "cli:tester manageUsers account ben disabled",
        ])
    }

    @Test func theListShowsRoleStateAndReach() throws {
        try addWithPassword("ana", role: .admin)
        _ = try UserAdding.add(name: "ben", role: .lead, organisations: ["globex", "acme-works"], by: cli, settings: Self.cheap, in: workspace)
        #expect(try AccountRenderer.render(try UserListing.accounts(in: workspace), as: .text) == """
            ana  admin  active                   every organisation
            ben  lead   setup link not used yet  acme-works, globex

            """)
    }
}

/// Asking for the password again, and the tables kept small.
struct PasswordConfirmationTests {
    @Test func aWrongPasswordAgainCountsAsAFailedLogin() throws {
        let base = try AccountUseCaseTests()
        try base.addWithPassword("ana", role: .admin)
        let session = try LoggingIn.logIn(name: "ana", password: base.password, address: "a", settings: AccountUseCaseTests.cheap,
                                          in: base.workspace)
        #expect(try PasswordConfirmation.confirm(session: session.token, password: base.password, address: "a",
                                                 settings: AccountUseCaseTests.cheap, in: base.workspace).role == .admin)
        for _ in 0..<5 {
            #expect(throws: AccountError.currentPasswordWrong) {
                try PasswordConfirmation.confirm(session: session.token, password: "a wrong guess", address: "a",
                                                 settings: AccountUseCaseTests.cheap, in: base.workspace)
            }
        }
        // 5 failures: the next try waits 1 s × 2^(5 − 5) = 1 s, even with the right password.
        #expect(throws: AccountError.tooManyAttempts(retryAfterSeconds: 1)) {
            try PasswordConfirmation.confirm(session: session.token, password: base.password, address: "a",
                                             settings: AccountUseCaseTests.cheap, in: base.workspace)
        }
    }

    @Test func attemptsOlderThanADayAreForgotten() throws {
        let base = try AccountUseCaseTests()
        #expect(throws: AccountError.loginFailed) {
            try LoggingIn.logIn(name: "nobody", password: "x", address: "a", settings: AccountUseCaseTests.cheap, in: base.workspace)
        }
        // 24 hours and a second later, the next failure removes the first.
        base.clock.advance(24 * 3600 + 1)
        #expect(throws: AccountError.loginFailed) {
            try LoggingIn.logIn(name: "nobody", password: "x", address: "a", settings: AccountUseCaseTests.cheap, in: base.workspace)
        }
        #expect(try base.workspace.loginFailures(address: "a", since: .distantPast).count == 1)
    }
}
