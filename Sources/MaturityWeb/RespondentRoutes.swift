import Foundation
import Hummingbird
import Logging
import MaturityUseCases

/// The routes of the respondent's side: the link, the welcome page, a page
/// a section (shown and posted), the save of one answer for the page's
/// script, and the summary. Every address under `/a/{invitation}` needs
/// that invitation's session cookie; anything else answers 404.
struct RespondentRoutes: Sendable {
    let desk: RespondentDesk
    let configuration: WebConfiguration
    let throttle: BadLinkThrottle
    static let cookieName = "ospo_session"

    func add(to router: Router<WebContext>) {
        router.get("/r/:token") { request, context in try await self.openLink(request, context) }
        router.get("/a/:invitation") { request, context in
            try self.signedIn(request, context) { respondent in Pages.welcome(try self.desk.questionnaire(for: respondent), respondent) }
        }
        router.get("/a/:invitation/section/:number") { request, context in
            try self.signedIn(request, context) { respondent in
                let form = try self.desk.questionnaire(for: respondent)
                guard let index = self.sectionIndex(context, form) else { return Pages.notFound() }
                return Pages.section(form, respondent, index: index)
            }
        }
        router.post("/a/:invitation/section/:number") { request, context in try await self.postSection(request, context) }
        router.post("/a/:invitation/answer") { request, context in try await self.postAnswer(request, context) }
        router.get("/a/:invitation/finish") { request, context in
            try self.signedIn(request, context) { respondent in Pages.finish(try self.desk.questionnaire(for: respondent), respondent) }
        }
    }

    /// Exchanges the link for a session cookie scoped to the respondent's
    /// pages, and sends the browser on so the token leaves the address bar.
    private func openLink(_ request: Request, _ context: WebContext) async throws -> Response {
        let token = context.parameters.get("token") ?? ""
        guard case let .opened(invitation, session) = try desk.open(link: token) else {
            let wait = await throttle.failure(from: context.remoteAddress ?? "local")
            if wait > .zero { try await Task.sleep(for: wait) }
            context.logger.notice("bad invitation link", metadata: ["address": .string(context.remoteAddress ?? "local")])
            return Pages.invalidLink()
        }
        var response = Response(status: .seeOther, headers: [.location: "/a/\(invitation)"])
        let cookie = Cookie(name: Self.cookieName, value: session, path: "/a/\(invitation)", secure: configuration.isSecure,
                            httpOnly: true, sameSite: .lax)
        response.setCookie(cookie)
        return response
    }

    /// Runs `body` for the respondent of the address's invitation, or answers 404.
    private func signedIn(_ request: Request, _ context: WebContext, _ body: (WebRespondent) throws -> Response) throws -> Response {
        guard let respondent = try respondent(request, context) else { return Pages.notFound() }
        return try body(respondent)
    }

    private func respondent(_ request: Request, _ context: WebContext) throws -> WebRespondent? {
        guard let invitation = context.parameters.get("invitation"), let token = request.cookies[Self.cookieName]?.value else { return nil }
        return try desk.respondent(invitation: invitation, sessionToken: token)
    }

    private func sectionIndex(_ context: WebContext, _ form: RespondentQuestionnaire) -> Int? {
        guard let number = context.parameters.get("number").flatMap(Int.init), number >= 1, number <= form.sections.count else { return nil }
        return number - 1
    }

    private func readForm(_ request: Request, _ context: WebContext) async throws -> FormBody {
        let buffer = try await request.body.collect(upTo: configuration.maxBodyBytes)
        return FormBody(String(buffer: buffer))
    }

    /// The plain form post of a section, for browsers without scripts.
    private func postSection(_ request: Request, _ context: WebContext) async throws -> Response {
        guard let respondent = try respondent(request, context) else { return Pages.notFound() }
        let body = try await readForm(request, context)
        guard SecretToken.matches(body["csrf"] ?? "", respondent.csrf) else { return forbidden() }
        let before = try desk.questionnaire(for: respondent)
        guard let index = sectionIndex(context, before) else { return Pages.notFound() }
        let submitted = before.sections[index].questions.map { item in
            let id = item.question.id
            return SubmittedAnswer(question: id, choice: body["choice.\(id)"] ?? "", note: body["note.\(id)"] ?? "",
                                   evidence: body["evidence.\(id)"] ?? "", justification: body["justification.\(id)"] ?? "")
        }
        do {
            try desk.save(submitted, for: respondent, strict: false)
            let after = try desk.questionnaire(for: respondent)
            let wasAsked = Set(before.sections[index].questions.filter(\.isAsked).map(\.question.id))
            let opened = after.sections[index].questions.contains { $0.isAsked && !wasAsked.contains($0.question.id) && $0.answer == nil }
            let base = "/a/\(respondent.invitation)"
            if opened { return Response(status: .seeOther, headers: [.location: "\(base)/section/\(index + 1)?opened=1"]) }
            let next = index + 1 < after.sections.count ? "\(base)/section/\(index + 2)" : "\(base)/finish"
            return Response(status: .seeOther, headers: [.location: next])
        } catch RespondError.closed {
            return Pages.section(before, respondent, index: index, error: RespondError.closed.description, status: .conflict)
        } catch let error as RespondError {
            let form = try desk.questionnaire(for: respondent)
            let typed = Dictionary(submitted.map { ($0.question, $0) }, uniquingKeysWith: { first, _ in first })
            return Pages.section(form, respondent, index: index, error: error.description, typed: typed, status: .unprocessableContent)
        }
    }

    /// What the page's script gets back from a save.
    private struct SaveReply: Encodable {
        var asked: [String]
        var answered: Int
        var total: Int
    }

    /// The save of one question by the page's script; answers JSON.
    private func postAnswer(_ request: Request, _ context: WebContext) async throws -> Response {
        guard let respondent = try respondent(request, context) else { return json(.notFound, ["error": "not found"]) }
        let body = try await readForm(request, context)
        guard SecretToken.matches(request.headers[.csrfToken] ?? body["csrf"] ?? "", respondent.csrf) else {
            return json(.forbidden, ["error": "the page is out of date; reload it"])
        }
        let item = SubmittedAnswer(question: body["question"] ?? "", choice: body["choice"] ?? "", note: body["note"] ?? "",
                                   evidence: body["evidence"] ?? "", justification: body["justification"] ?? "")
        do {
            let progress = try desk.save([item], for: respondent, strict: true)
            return json(.ok, SaveReply(asked: progress.asked, answered: progress.answered, total: progress.total))
        } catch RespondError.closed {
            return json(.conflict, ["error": RespondError.closed.description])
        } catch let error as RespondError {
            return json(.unprocessableContent, ["error": error.description])
        }
    }

    private func forbidden() -> Response {
        Pages.message(status: .forbidden, title: "Page out of date",
                      text: "This page is out of date, so nothing was saved. Go back, reload the page and answer again.")
    }

    private func json<Value: Encodable>(_ status: HTTPResponse.Status, _ value: Value) -> Response {
        let data = (try? JSONEncoder().encode(value)) ?? Data("{}".utf8)
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
