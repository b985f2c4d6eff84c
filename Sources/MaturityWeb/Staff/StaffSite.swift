import Foundation
import Hummingbird
import MaturityUseCases

/// The team's workspace on the router: every page registered through
/// `get`/`post` with the action the policy decides it by, so that each
/// request passes the same checks (`StaffGate`) before its handler runs.
/// The site keeps the list of what it registered, for the tests that walk
/// every route with every role.
struct StaffSite {
    typealias Handler = @Sendable (StaffRequest) async throws -> Response

    let router: Router<WebContext>
    let gate: StaffGate
    let catalogue = StaffRouteCatalogue()
    static let cookieName = "ospo_staff"

    init(router: Router<WebContext>, desk: TeamDesk, configuration: WebConfiguration) {
        self.router = router
        gate = StaffGate(desk: desk, configuration: configuration)
    }

    var desk: TeamDesk { gate.desk }
    var configuration: WebConfiguration { gate.configuration }

    /// Registers a page shown with GET.
    func get(_ path: String, _ action: WorkspaceAction?, _ handler: @escaping Handler) {
        catalogue.add(StaffRoute(method: .get, path: path, action: action))
        let gate = gate
        router.get(RouterPath(path)) { request, context in
            try await gate.serve(request, context, action: action, handler)
        }
    }

    /// Registers a form's POST.
    func post(_ path: String, _ action: WorkspaceAction?, _ handler: @escaping Handler) {
        catalogue.add(StaffRoute(method: .post, path: path, action: action))
        let gate = gate
        router.post(RouterPath(path)) { request, context in
            try await gate.serve(request, context, action: action, handler)
        }
    }

    /// Sends a browser without a live session to the login page, keeping
    /// where it was going (a path of this site only).
    static func toLogin(from request: Request) -> Response {
        let next = request.method == .get ? request.uri.path : "/"
        let query = next == "/" ? "" : "?next=\(next.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "/-._~"))) ?? "/")"
        return redirect("/login\(query)")
    }

    /// A 303 to `location`, so the browser follows with a GET.
    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// Runs a slow check (bcrypt, a fifth of a second on purpose) on a
    /// thread of its own, so the few threads that answer requests stay free.
    /// Logins are rare and limited per name and address, so a thread each
    /// costs little.
    static func offThread<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}

/// The checks every page of the team's workspace passes, in this order:
///
/// 1. a live session (else the login page);
/// 2. for a post, the session's CSRF token (else 403, nothing changed);
/// 3. the policy, for the account, the action and the `:org` of the address
///    (else 404, the same as for an organisation that does not exist);
/// 4. for an action that needs it, the account's password typed again.
///
/// A handler that finds a record outside the organisation (an assessment
/// number of another one) throws `TeamError.notFound`, answered 404 too.
struct StaffGate: Sendable {
    let desk: TeamDesk
    let configuration: WebConfiguration

    func serve(_ request: Request, _ context: WebContext, action: WorkspaceAction?,
               _ handler: StaffSite.Handler) async throws -> Response {
        let token = request.cookies[StaffSite.cookieName]?.value ?? ""
        guard let account = try desk.account(session: token) else { return StaffSite.toLogin(from: request) }
        let csrf = TeamDesk.csrfToken(session: token)
        var form = FormBody("")
        if request.method == .post {
            let buffer = try await request.body.collect(upTo: configuration.maxBodyBytes)
            form = FormBody(String(buffer: buffer))
            guard SecretToken.matches(form["csrf"] ?? "", csrf) else { return StaffPages.outOfDate() }
        }
        let authorised: Authorised?
        do {
            authorised = try action.map { try desk.authorise(account, $0, organisation: context.parameters.get("org")) }
        } catch TeamError.notFound {
            return StaffPages.notFound()
        }
        if request.method == .post, let action, action.needsPasswordAgain {
            let password = form["password_again"] ?? ""
            let address = context.remoteAddress ?? "local"
            let desk = desk
            do {
                _ = try await StaffSite.offThread { try desk.confirmPassword(session: token, password: password, address: address) }
            } catch {
                return StaffPages.message(status: .forbidden, title: "Password not right",
                                          text: "\(error). Go back and type your password again.")
            }
        }
        let staffRequest = StaffRequest(authorised: authorised, account: account, session: token, csrf: csrf, form: form,
                                        request: request, context: context, desk: desk)
        do {
            return try await handler(staffRequest)
        } catch TeamError.notFound {
            return StaffPages.notFound()
        }
    }
}
