import Hummingbird
import Logging
import MaturityUseCases
import ServiceLifecycle

/// `ospo serve`: the respondent's pages over a workspace.
public enum WebServer {
    /// The router of every page, with the security headers on each answer.
    public static func router(desk: RespondentDesk, configuration: WebConfiguration) -> Router<WebContext> {
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
        return router
    }

    private static func staticFile(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .cacheControl: "public, max-age=3600"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The application, listening where `configuration` says.
    public static func application(desk: RespondentDesk, configuration: WebConfiguration,
                                   logger: Logger) -> some ApplicationProtocol {
        Application(router: router(desk: desk, configuration: configuration),
                    configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "ospo"),
                    logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in hand.
    public static func run(desk: RespondentDesk, configuration: WebConfiguration, logger: Logger) async throws {
        try desk.preferServerCommits()
        let app = application(desk: desk, configuration: configuration, logger: logger)
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
