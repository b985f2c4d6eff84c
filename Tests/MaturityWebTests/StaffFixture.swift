import Foundation
import Hummingbird
import HummingbirdTesting
import MaturityKit
import MaturityStore
@testable import MaturityUseCases
@testable import MaturityWeb

/// A workspace with two organisations (Acme Works with an assessment of the
/// shipped interview, Birch Labs with one of its own), one account of each
/// role on Acme Works only, an admin, and the whole server over it. bcrypt
/// runs at cost 4 so that logging in takes a millisecond, not a fifth of a second.
/// `@unchecked Sendable`: the router is built once here and only read by the tests after.
struct StaffFixture: @unchecked Sendable {
    let workspace: Workspace
    let desk: RespondentDesk
    let team: TeamDesk
    let acmeAssessment: Int64
    let birchAssessment: Int64
    let routes: [StaffRoute]
    let router: Router<WebContext>
    static let today = CalendarDate(year: 2026, month: 11, day: 20)
    static let password = "correct horse battery"
    /// 2026-11-20 10:00:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_168_800)
    static let settings = AccountSettings(bcryptCost: 4, setupLinkLifetime: 72 * 3600, sessionIdleLimit: 12 * 3600,
                                          sessionLifetime: 7 * 24 * 3600, accountThrottle: .perAccount, addressThrottle: .perAddress)

    /// - Parameter roadmaps: also accept a roadmap for each organisation
    ///   (`acceptBoardRoadmaps`), for the pages of objectives and the walk of every route.
    init(roadmaps: Bool = false) throws {
        // A fixed clock: sessions, login limits and the audit trail all read
        // it, so the limits' waits do not depend on how fast the test runs.
        workspace = try Workspace.inMemory(clock: { Self.now })
        workspace.fixedToday = Self.today
        try workspace.addOrganisation(name: "Acme Works")
        try workspace.addOrganisation(name: "Birch Labs")
        acmeAssessment = try NewAssessment(organisation: "acme-works", questionnaire: "ospo-interview", date: Self.today,
                                           libraryFolders: []).run(in: workspace).id ?? 0
        birchAssessment = try NewAssessment(organisation: "birch-labs", questionnaire: "ospo-interview", date: Self.today,
                                            libraryFolders: []).run(in: workspace).id ?? 0
        if roadmaps { try Self.acceptBoardRoadmaps(in: workspace) }
        desk = try RespondentDesk(workspace: workspace)
        team = try TeamDesk(workspace: workspace, settings: Self.settings)
        for (name, role) in [("ada", AccountRole.admin), ("cy", .consultant), ("lee", .lead), ("vi", .viewer)] {
            let link = try UserAdding.add(name: name, role: role, organisations: role == .admin ? [] : ["acme-works"],
                                          by: .commandLine(user: "test"), settings: Self.settings, in: workspace)
            try PasswordSetting.set(token: String(link.url.split(separator: "/").last ?? ""), password: Self.password,
                                    settings: Self.settings, in: workspace)
        }
        let built = WebServer.routerAndStaffRoutes(desk: desk, team: team, configuration: WebConfiguration(badLinksAllowed: 100))
        router = built.router
        routes = built.staff
        try addDeskRecords()
    }

    func application() -> some ApplicationProtocol {
        Application(router: router)
    }

    /// The values of a route's path parameters for `organisation`'s records:
    /// an area that adds a parameter adds its value here, so that the
    /// authorisation walk reaches its routes with real records.
    func parameters(organisation slug: String) -> [String: String] {
        let acme = slug == "acme-works"
        return ["org": slug, "assessment": String(acme ? acmeAssessment : birchAssessment), "name": "vi", "report": "executive",
                "objective": boardObjective(slug)]
            .merging(deskParameters(organisation: slug)) { first, _ in first }
    }

    /// The whole workspace as its export bundle, to compare before and after a refused change.
    func snapshot() throws -> String {
        let data = try Workspace.encode(try workspace.export())
        return String(decoding: data, as: UTF8.self)
    }

    /// The export without its audit trail, to compare a change made on the
    /// web with the same change made from the command line: the two differ
    /// only in who the trail names (`account:NAME` against `cli:USER`).
    func snapshotWithoutAudit() throws -> String {
        var bundle = try workspace.export()
        bundle.audit = nil
        return String(decoding: try Workspace.encode(bundle), as: UTF8.self)
    }
}

/// A logged-in browser of the team's workspace in a test: its cookies and
/// the CSRF token of its session.
struct StaffBrowser {
    var cookies: [String: String] = [:]
    var csrf = ""

    var cookieHeader: String { cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }

    var headers: HTTPFields { [.cookie: cookieHeader] }

    func formHeaders() -> HTTPFields { [.cookie: cookieHeader, .contentType: "application/x-www-form-urlencoded"] }

    /// Keeps the cookies a response sets (an empty value removes one).
    mutating func keep(_ response: TestResponse) {
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[1].isEmpty { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
        }
    }

    /// Opens the login page and logs in as `name`; returns the browser with
    /// its session cookie and the CSRF token of the page it lands on.
    static func logIn(_ name: String, password: String = StaffFixture.password, with client: some TestClientProtocol) async throws -> StaffBrowser {
        var browser = StaffBrowser()
        try await browser.logIn(name, password: password, with: client)
        return browser
    }

    /// Logs this browser in as `name`; returns the status of the login post.
    @discardableResult
    mutating func logIn(_ name: String, password: String = StaffFixture.password, with client: some TestClientProtocol) async throws -> HTTPResponse.Status {
        let page = try await client.execute(uri: "/login", method: .get, headers: headers)
        keep(page)
        let token = Browser.csrf(in: page.body.text)
        let posted = try await client.execute(uri: "/login", method: .post, headers: formHeaders(),
                                              body: formBody([("csrf", token), ("name", name), ("password", password), ("next", "/")]))
        keep(posted)
        if posted.status == .seeOther {
            let home = try await client.execute(uri: "/", method: .get, headers: headers)
            csrf = Browser.csrf(in: home.body.text)
        }
        return posted.status
    }

    /// A GET as this browser.
    func get(_ uri: String, with client: some TestClientProtocol) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers)
    }

    /// A form POST as this browser, with its CSRF token unless `csrf` says otherwise.
    func post(_ uri: String, _ fields: [(String, String)] = [], csrf: String? = nil,
              with client: some TestClientProtocol) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: formHeaders(), body: formBody([("csrf", csrf ?? self.csrf)] + fields))
    }
}
