import Hummingbird
import Logging
import MaturityUseCases
import ServiceLifecycle

/// `ospo serve`: the respondent's pages and the team's workspace over a workspace.
public enum WebServer {
    /// The router of every page, with the security headers on each answer.
    /// Without `team`, only the respondent's pages are served.
    public static func router(desk: RespondentDesk, team: TeamDesk? = nil, configuration: WebConfiguration) -> Router<WebContext> {
        routerAndStaffRoutes(desk: desk, team: team, configuration: configuration).router
    }

    /// The router, and every page of the team's workspace with the action
    /// the policy decides it by (for the tests that walk them all).
    static func routerAndStaffRoutes(desk: RespondentDesk, team: TeamDesk?,
                                     configuration: WebConfiguration) -> (router: Router<WebContext>, staff: [StaffRoute]) {
        let router = Router(context: WebContext.self)
        router.add(middleware: RequestLog())
        router.add(middleware: SecurityHeaders(maxBodyBytes: configuration.maxBodyBytes))
        router.get("/health") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        router.get("/static/respond.css") { _, _ in staticFile(StaticFiles.css, type: "text/css; charset=utf-8") }
        router.get("/static/respond.js") { _, _ in staticFile(StaticFiles.javascript, type: "text/javascript; charset=utf-8") }
        RespondentRoutes(desk: desk, configuration: configuration,
                         throttle: BadLinkThrottle(allowed: configuration.badLinksAllowed, stepMilliseconds: configuration.badLinkDelayMilliseconds))
            .add(to: router)
        guard let team else { return (router, []) }
        router.get("/static/workspace.css") { _, _ in staticFile(StaffStyle.css, type: "text/css; charset=utf-8") }
        let site = StaffSite(router: router, desk: team, configuration: configuration)
        AccountRoutes(desk: team, configuration: configuration).add(to: site)
        HomeRoutes(desk: team, configuration: configuration).add(to: site)
        AccountsAdminRoutes(desk: team, configuration: configuration).add(to: site)
        ViewerRoutes(desk: team, configuration: configuration).add(to: site)
        PlanRoutes(desk: team, configuration: configuration).add(to: site)
        BoardRoutes(desk: team, configuration: configuration).add(to: site)
        DeskRoutes(desk: team, configuration: configuration).add(to: site)
        return (router, site.catalogue.routes)
    }

    private static func staticFile(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The application, listening where `configuration` says.
    public static func application(desk: RespondentDesk, team: TeamDesk?, configuration: WebConfiguration,
                                   logger: Logger) -> some ApplicationProtocol {
        Application(router: router(desk: desk, team: team, configuration: configuration),
                    configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "ospo"),
                    logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in hand.
    public static func run(desk: RespondentDesk, team: TeamDesk?, configuration: WebConfiguration, logger: Logger) async throws {
        try desk.preferServerCommits()
        let app = application(desk: desk, team: team, configuration: configuration, logger: logger)
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}

/// Logs each request by its route, never its address: a link's token and a
/// respondent's answers never reach the log.
struct RequestLog<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        context.logger.info("request", metadata: [
            "method": .string(request.method.rawValue),
            "route": .string(context.endpointPath ?? "(none)"),
            "status": .stringConvertible(response.status.code),
        ])
        return response
    }
}
