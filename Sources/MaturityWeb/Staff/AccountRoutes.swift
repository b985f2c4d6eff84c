import Hummingbird
import MaturityUseCases

/// Logging in and out, a new account's setup link, and the password
/// change: the pages every account uses, whatever its role.
///
/// The login and setup forms are posted before there is a session, so
/// their CSRF token is a random value the browser also holds in a cookie
/// of its own (the double-submit pattern): another site can make a browser
/// post, but cannot read or set that cookie to match.
struct AccountRoutes: Sendable {
    let desk: TeamDesk
    let configuration: WebConfiguration
    static let loginCookie = "ospo_login"

    func add(to site: StaffSite) {
        let router = site.router
        router.get("/login") { request, _ in try self.loginPage(request) }
        router.post("/login") { request, context in try await self.logIn(request, context) }
        router.get("/setup/:token") { request, context in try self.setupPage(request, context) }
        router.post("/setup/:token") { request, context in try await self.setUp(request, context) }
        site.post("/logout", nil) { request in try self.logOut(request) }
        site.get("/account", nil) { request in self.accountPage(request) }
        site.post("/account/password", nil) { request in try await self.changePassword(request) }
    }

    // MARK: - Login

    private func loginPage(_ request: Request, name: String = "", error: String? = nil,
                           status: HTTPResponse.Status = .ok) throws -> Response {
        // A browser already logged in still gets the form: logging in again
        // ends that session (one planted by someone else included).
        let current = try request.cookies[StaffSite.cookieName].flatMap { try desk.account(session: $0.value) }
        let (csrf, cookie) = loginToken(request)
        var notice: String?
        if let current { notice = "You are logged in as \(current.name). Logging in again ends that session." }
        if request.uri.queryParameters.get("out") != nil { notice = "You are logged out." }
        if request.uri.queryParameters.get("ready") != nil { notice = "Your password is set: log in with it." }
        var response = StaffPages.plain("login", title: "Log in", [
            "loginCSRF": csrf, "next": Self.safeNext(request.uri.queryParameters.get("next")), "name": name,
            "notice": notice as Any, "error": error as Any,
        ], status: status)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    private func logIn(_ request: Request, _ context: WebContext) async throws -> Response {
        let form = try await readForm(request)
        guard loginTokenMatches(request, form) else { return StaffPages.outOfDate() }
        let name = form["name"] ?? "", password = form["password"] ?? ""
        let address = context.remoteAddress ?? "local"
        let previous = request.cookies[StaffSite.cookieName]?.value
        let desk = desk
        let outcome = try await StaffSite.offThread {
            try desk.logIn(name: name, password: password, address: address, previousSession: previous)
        }
        switch outcome {
        case .signedIn(let signedIn):
            var response = StaffSite.redirect(Self.safeNext(form["next"]))
            response.setCookie(sessionCookie(signedIn.token))
            return response
        case .refused(let message):
            return try loginPage(request, name: name, error: message, status: .unauthorized)
        case .wait(let seconds, let message):
            var response = try loginPage(request, name: name, error: message, status: .tooManyRequests)
            response.headers[.retryAfter] = String(seconds)
            return response
        }
    }

    private func logOut(_ request: StaffRequest) throws -> Response {
        try request.desk.logOut(session: request.session)
        var response = StaffSite.redirect("/login?out=1")
        response.setCookie(Cookie(name: StaffSite.cookieName, value: "", maxAge: 0, path: "/", secure: configuration.isSecure,
                                  httpOnly: true, sameSite: .lax))
        return response
    }

    // MARK: - Setup link

    private func setupPage(_ request: Request, _ context: WebContext, error: String? = nil,
                           status: HTTPResponse.Status = .ok) throws -> Response {
        let token = context.parameters.get("token") ?? ""
        guard let name = try desk.setupAccount(token: token) else { return Self.setupNotValid() }
        let (csrf, cookie) = loginToken(request)
        var response = StaffPages.plain("setup", title: "Choose your password",
                                        ["name": name, "token": token, "loginCSRF": csrf, "error": error as Any], status: status)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    private func setUp(_ request: Request, _ context: WebContext) async throws -> Response {
        let form = try await readForm(request)
        guard loginTokenMatches(request, form) else { return StaffPages.outOfDate() }
        let token = context.parameters.get("token") ?? ""
        guard try desk.setupAccount(token: token) != nil else { return Self.setupNotValid() }
        let password = form["password"] ?? ""
        guard password == form["repeat"] else {
            return try setupPage(request, context, error: "the two passwords are not the same; type them again", status: .unprocessableContent)
        }
        let desk = desk
        do {
            try await StaffSite.offThread { try desk.setPassword(setupToken: token, password: password) }
        } catch {
            return try setupPage(request, context, error: "\(error)", status: .unprocessableContent)
        }
        return StaffSite.redirect("/login?ready=1")
    }

    static func setupNotValid() -> Response {
        StaffPages.message(status: .notFound, title: "This link is not valid",
                           text: "This setup link is not valid: it is unknown, already used or expired. Ask an administrator for a new one.")
    }

    // MARK: - Your account

    private func accountPage(_ request: StaffRequest, error: String? = nil, notice: String? = nil,
                             status: HTTPResponse.Status = .ok) -> Response {
        let reach: String = switch request.account.scope {
        case .allOrganisations: "every organisation"
        case .only(let slugs): slugs.sorted().joined(separator: ", ")
        }
        let changed = request.query("changed") != nil ? "Your password is changed; other sessions of your account have ended." : nil
        return StaffPages.page("accountPage", title: "Your account",
                               ["reach": reach, "error": error as Any, "notice": (notice ?? changed) as Any], for: request, status: status)
    }

    private func changePassword(_ request: StaffRequest) async throws -> Response {
        let current = request.form["current"] ?? "", new = request.form["new"] ?? ""
        guard new == request.form["repeat"] else {
            return accountPage(request, error: "the two new passwords are not the same; nothing was changed", status: .unprocessableContent)
        }
        let desk = request.desk, session = request.session
        let signedIn: SignedIn
        do {
            signedIn = try await StaffSite.offThread { try desk.changePassword(session: session, current: current, new: new) }
        } catch {
            return accountPage(request, error: "\(error)", status: .unprocessableContent)
        }
        var response = StaffSite.redirect("/account?changed=1")
        response.setCookie(sessionCookie(signedIn.token))
        return response
    }

    // MARK: - Cookies and tokens

    private func sessionCookie(_ token: String) -> Cookie {
        Cookie(name: StaffSite.cookieName, value: token, path: "/", secure: configuration.isSecure, httpOnly: true, sameSite: .lax)
    }

    /// The login form's token: the browser's login cookie, or a new one to set.
    private func loginToken(_ request: Request) -> (String, Cookie?) {
        if let existing = request.cookies[Self.loginCookie]?.value, existing.count >= 32, existing.count <= 128 { return (existing, nil) }
        let token = SecretToken.make()
        return (token, Cookie(name: Self.loginCookie, value: token, maxAge: 3600, path: "/", secure: configuration.isSecure,
                              httpOnly: true, sameSite: .strict))
    }

    private func loginTokenMatches(_ request: Request, _ form: FormBody) -> Bool {
        guard let cookie = request.cookies[Self.loginCookie]?.value, !cookie.isEmpty else { return false }
        return SecretToken.matches(form["csrf"] ?? "", cookie)
    }

    private func readForm(_ request: Request) async throws -> FormBody {
        FormBody(String(buffer: try await request.body.collect(upTo: configuration.maxBodyBytes)))
    }

    /// Where to go after login: a path of this site, never another site
    /// (`//host`, `/\host` and full addresses are refused).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"), !next.contains("://") else { return "/" }
        return next
    }
}
