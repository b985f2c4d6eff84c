import Hummingbird

/// Adds the headers every response carries: a Content-Security-Policy that
/// allows only the server's own script and style files, no framing, no
/// Referer, no sniffing and no caching of pages holding answers. Refuses a
/// body declared larger than the limit before reading it.
struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    let maxBodyBytes: Int

    static var policy: String {
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
            response = Pages.message(status: .contentTooLarge, title: "Too much at once",
                                     text: "The request was larger than this server accepts. Save fewer answers at once.")
        } else {
            do {
                response = try await next(request, context)
            } catch let error as HTTPError where error.status == .contentTooLarge {
                response = Pages.message(status: .contentTooLarge, title: "Too much at once",
                                         text: "The request was larger than this server accepts. Save fewer answers at once.")
            } catch let error as HTTPError where error.status == .notFound {
                response = Pages.notFound()
            }
        }
        // A response that set its own policy (a report document, framed by
        // the workspace's page and allowed only its own hashed styles) keeps it.
        if response.headers[.contentSecurityPolicy] == nil { response.headers[.contentSecurityPolicy] = Self.policy }
        if response.headers[.xFrameOptions] == nil { response.headers[.xFrameOptions] = "DENY" }
        response.headers[.referrerPolicy] = "no-referrer"
        response.headers[.xContentTypeOptions] = "nosniff"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
