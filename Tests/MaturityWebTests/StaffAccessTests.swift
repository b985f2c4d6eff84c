import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MaturityStore
import Testing
@testable import MaturityUseCases
@testable import MaturityWeb

/// The protections of the team's workspace, each with a test that fails
/// when the protection is taken away: login and its limits, session
/// fixation, CSRF, the password asked again, and the policy walked over
/// every route, every role and an organisation the account may and may not
/// reach.
@Suite struct StaffAccessTests {
    @Test func loggingInSetsAFreshSessionAndTheHomeListsOnlyReachableOrganisations() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let home = try await cy.get("/", with: client)
            #expect(home.status == .ok)
            #expect(home.body.text.contains("Acme Works"))
            #expect(!home.body.text.contains("Birch Labs"))
            let ada = try await StaffBrowser.logIn("ada", with: client)
            #expect(try await ada.get("/", with: client).body.text.contains("Birch Labs"))
        }
    }

    @Test func aWrongPasswordIsRefusedWithOneSentenceAndNoSession() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            var browser = StaffBrowser()
            #expect(try await browser.logIn("cy", password: "not the password", with: client) == .unauthorized)
            #expect(browser.cookies[StaffSite.cookieName] == nil)
            var stranger = StaffBrowser()
            #expect(try await stranger.logIn("nobody", password: "not the password", with: client) == .unauthorized)
            let page = try await stranger.get("/login", with: client)
            #expect(page.status == .ok)
        }
    }

    @Test func withoutASessionEveryPageSendsToLoginAndEveryPostChangesNothing() async throws {
        let fixture = try StaffFixture()
        let before = try fixture.snapshot()
        try await fixture.application().test(.router) { client in
            for route in fixture.routes {
                let uri = Self.uri(route.path, fixture.parameters(organisation: "acme-works"))
                let response = try await client.execute(uri: uri, method: route.method, body: formBody([("csrf", "x")]))
                #expect(response.status == .seeOther, "\(route.method) \(uri)")
                #expect(response.headers[.location]?.hasPrefix("/login") == true, "\(route.method) \(uri)")
            }
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func fiveFailuresForANameMakeTheNextAttemptWaitEvenWithTheRightPassword() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            var browser = StaffBrowser()
            for _ in 1...5 { #expect(try await browser.logIn("cy", password: "wrong guess \(UUID())", with: client) == .unauthorized) }
            // 5 failures counted, 5 free: the next waits 1 s × 2^(5 − 5) = 1 s
            // after the last failure, and the clock stands still.
            let page = try await client.execute(uri: "/login", method: .get, headers: browser.headers)
            let posted = try await client.execute(
                uri: "/login", method: .post, headers: browser.formHeaders(),
                body: formBody([("csrf", Browser.csrf(in: page.body.text)), ("name", "cy"), ("password", StaffFixture.password)]))
            #expect(posted.status == .tooManyRequests)
            #expect(posted.headers[.retryAfter] == "1")
            #expect(posted.body.text.contains("too many failed logins; try again in 1 second"))
            // Another account is not slowed by cy's failures.
            #expect(try await StaffBrowser.logIn("lee", with: client).cookies[StaffSite.cookieName] != nil)
        }
    }

    @Test func aSessionPlantedBeforeLoginEndsAndIsNeverTheLoggedInOne() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            // An attacker's own live session, planted in the victim's browser.
            let attacker = try await StaffBrowser.logIn("vi", with: client)
            let planted = try #require(attacker.cookies[StaffSite.cookieName])
            var victim = StaffBrowser(cookies: [StaffSite.cookieName: planted])
            #expect(try await victim.logIn("ada", with: client) == .seeOther)
            let issued = try #require(victim.cookies[StaffSite.cookieName])
            #expect(issued != planted)
            // The planted token no longer opens anything: it ended at the login.
            let reuse = try await attacker.get("/", with: client)
            #expect(reuse.status == .seeOther)
            #expect(try await victim.get("/accounts", with: client).status == .ok)
        }
    }

    @Test func aPostWithoutTheSessionsCSRFTokenIsRefusedAndChangesNothing() async throws {
        let fixture = try StaffFixture()
        let before = try fixture.snapshot()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let other = try await StaffBrowser.logIn("ada", with: client)
            for token in ["", "forged", other.csrf] {
                let refused = try await cy.post("/organisations", [("name", "Cedar Group")], csrf: token, with: client)
                #expect(refused.status == .forbidden)
                #expect(refused.body.text.contains("nothing was changed"))
            }
            #expect(try fixture.snapshot() == before)
            // cy reaches only Acme Works, so may not add organisations at all.
            #expect(try await cy.post("/organisations", [("name", "Cedar Group")], with: client).status == .notFound)
            let added = try await other.post("/organisations", [("name", "Cedar Group")], with: client)
            #expect(added.status == .seeOther)
            #expect(added.headers[.location] == "/o/cedar-group")
        }
        #expect(try fixture.workspace.organisations().map(\.slug) == ["acme-works", "birch-labs", "cedar-group"])
    }

    @Test func theLoginFormNeedsItsOwnCookieToken() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            // A post from another site: the form's token without the browser's login cookie.
            let posted = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                  body: formBody([("csrf", "a-token-of-the-attacker"), ("name", "cy"), ("password", StaffFixture.password)]))
            #expect(posted.status == .forbidden)
            #expect(posted.headers[values: .setCookie].isEmpty)
        }
    }

    @Test func addingAnAccountNeedsThePasswordAgainAndShowsTheLinkOnce() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let ada = try await StaffBrowser.logIn("ada", with: client)
            let fields = [("name", "dee"), ("role", "viewer"), ("org", "birch-labs")]
            let without = try await ada.post("/accounts", fields, with: client)
            #expect(without.status == .forbidden)
            let wrong = try await ada.post("/accounts", fields + [("password_again", "not it at all")], with: client)
            #expect(wrong.status == .forbidden)
            #expect(try UserListing.accounts(in: fixture.workspace).map(\.name) == ["ada", "cy", "lee", "vi"])
            let added = try await ada.post("/accounts", fields + [("password_again", StaffFixture.password)], with: client)
            #expect(added.status == .ok)
            #expect(added.body.text.contains("http://127.0.0.1:8080/setup/"))
            #expect(try UserListing.accounts(in: fixture.workspace).map(\.name) == ["ada", "cy", "dee", "lee", "vi"])
            let taken = try await ada.post("/accounts", fields + [("password_again", StaffFixture.password)], with: client)
            #expect(taken.status == .unprocessableContent)
            #expect(taken.body.text.contains("account &#39;dee&#39; already exists") || taken.body.text.contains("account &apos;dee&apos; already exists")
                    || taken.body.text.contains("account 'dee' already exists"))
        }
    }

    @Test func loggingOutEndsTheSessionAndClearsTheCookie() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            var lee = try await StaffBrowser.logIn("lee", with: client)
            let kept = lee
            let out = try await lee.post("/logout", with: client)
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/login?out=1")
            lee.keep(out)
            #expect(lee.cookies[StaffSite.cookieName] == nil)
            // The old cookie, replayed, opens nothing.
            #expect(try await kept.get("/", with: client).status == .seeOther)
        }
    }

    @Test func aChangedPasswordEndsOtherSessionsAndKeepsThisOne() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let first = try await StaffBrowser.logIn("lee", with: client)
            var second = try await StaffBrowser.logIn("lee", with: client)
            let new = "a different long passphrase"
            let changed = try await second.post("/account/password", [("current", StaffFixture.password), ("new", new), ("repeat", new)],
                                                with: client)
            #expect(changed.status == .seeOther)
            second.keep(changed)
            #expect(try await second.get("/account", with: client).status == .ok)
            #expect(try await first.get("/account", with: client).status == .seeOther)
            var again = StaffBrowser()
            #expect(try await again.logIn("lee", password: new, with: client) == .seeOther)
        }
    }

    // MARK: - The policy over every route

    /// Every route × every role × an organisation the account reaches (Acme
    /// Works) and one it does not (Birch Labs): a refusal is 404 and changes
    /// nothing; an allowed page is neither 403 nor 404 (a change that needs
    /// the password again is 403 without it, and changes nothing).
    @Test func everyRouteAnswersEveryRoleAsThePolicySays() async throws {
        let fixture = try StaffFixture(roadmaps: true)
        try await fixture.application().test(.router) { client in
            var browsers: [AccountRole: StaffBrowser] = [:]
            for (name, role) in [("ada", AccountRole.admin), ("cy", .consultant), ("lee", .lead), ("vi", .viewer)] {
                browsers[role] = try await StaffBrowser.logIn(name, with: client)
            }
            // Posts first on the organisation each account may not reach, then
            // GETs, so that the allowed posts' changes come last.
            // Logging out would end the walk's sessions; its own test is below.
            let ordered = fixture.routes.filter { $0.path != "/logout" }
                .sorted { ($0.method == .get ? 1 : 0) < ($1.method == .get ? 1 : 0) }
            for route in ordered {
                for organisation in ["birch-labs", "acme-works"] {
                    for role in AccountRole.allCases {
                        let browser = try #require(browsers[role])
                        let scope: AccountScope = role == .admin ? .allOrganisations : .only(["acme-works"])
                        let allowed = route.action.map {
                            AccessPolicy.allows(role, scope: scope, action: $0,
                                                organisation: $0.isOrganisationAction ? organisation : nil)
                        } ?? true
                        let uri = Self.uri(route.path, fixture.parameters(organisation: organisation))
                        let label = "\(route.method) \(uri) as \(role)"
                        let before = try fixture.snapshot()
                        let response = route.method == .get
                            ? try await browser.get(uri, with: client)
                            : try await browser.post(uri, with: client)
                        if !allowed {
                            #expect(response.status == .notFound, "\(label)")
                            #expect(try fixture.snapshot() == before, "\(label) changed the workspace")
                        } else if route.method == .post, route.action?.needsPasswordAgain == true {
                            #expect(response.status == .forbidden, "\(label)")
                            #expect(try fixture.snapshot() == before, "\(label) changed the workspace")
                        } else {
                            #expect(![.notFound, .forbidden, .internalServerError].contains(response.status), "\(label): \(response.status)")
                        }
                    }
                }
            }
        }
    }

    @Test func theWalkCoversEveryActionOfThePolicyThatHasAPage() throws {
        let fixture = try StaffFixture()
        let actions = Set(fixture.routes.compactMap(\.action))
        // At least the foundation's own; areas add theirs.
        #expect(actions.isSuperset(of: [.addOrganisation, .manageUsers]))
        // Every organisation route names its organisation in the address.
        for route in fixture.routes where route.action?.isOrganisationAction == true {
            #expect(route.path.hasPrefix("/o/:org"), "\(route.path)")
        }
    }

    /// `path` with each `:name` replaced by its value.
    static func uri(_ path: String, _ values: [String: String]) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part in
            part.hasPrefix(":") ? values[String(part.dropFirst())] ?? "unknown" : String(part)
        }.joined(separator: "/")
    }
}
