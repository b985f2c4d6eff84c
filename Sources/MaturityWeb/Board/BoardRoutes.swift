import Hummingbird
import MaturityKit
import MaturityUseCases

/// The OSPO lead's board: the objectives of the accepted roadmap, one
/// objective with its forms (move it, record a reading), the progress
/// report and the organisation's history. Each form posts to the use case
/// the command line calls, and shows the command line's message when it is
/// refused, keeping what was typed.
struct BoardRoutes: Sendable {
    let desk: TeamDesk
    let configuration: WebConfiguration

    func add(to site: StaffSite) {
        site.get("/o/:org/objectives", .viewObjectives) { request in try self.board(request) }
        site.get("/o/:org/objectives/:objective", .viewObjectives) { request in try self.objective(request) }
        site.post("/o/:org/objectives/:objective/move", .moveObjective) { request in try self.move(request) }
        site.post("/o/:org/objectives/:objective/readings", .recordReading) { request in try self.record(request) }
        site.get("/o/:org/progress", .viewProgress) { request in try self.progress(request) }
        site.get("/o/:org/history", .viewHistory) { request in try self.history(request) }
    }

    /// The notices a successful post leads to, by the fixed flag of its redirect.
    private static let notices = ["moved": "The objective's status was changed.", "recorded": "The reading was recorded."]

    private func board(_ request: StaffRequest) throws -> Response {
        let (asOf, problem) = Self.asOf(request, today: request.desk.today)
        let board = try request.desk.objectiveBoard(asOf: asOf, under: try request.yes())
        var values = BoardValues.board(board, base: request.organisationBase)
        values["error"] = problem as Any
        return StaffPages.page("boardObjectives", title: "Objectives", values, for: request,
                               status: problem == nil ? .ok : .badRequest)
    }

    /// One objective's page; after a refused post, with the message and what was typed.
    private func objective(_ request: StaffRequest, error: String? = nil, typed: [String: String] = [:],
                           status: HTTPResponse.Status = .ok) throws -> Response {
        guard let id = request.number("objective") else { throw TeamError.notFound }
        let today = request.desk.today
        // After a refused post the request holds the change's yes; the page needs the view's.
        let view = try request.desk.authorise(request.account, .viewObjectives, organisation: request.slug)
        let page = try request.desk.objectivePage(id, asOf: today, under: view)
        let slug = request.slug
        var values = BoardValues.objective(page, base: request.organisationBase, today: today, typed: typed,
                                           canMove: request.account.may(.moveObjective, on: slug),
                                           canRecord: request.account.may(.recordReading, on: slug))
        values["error"] = error as Any
        values["notice"] = (error == nil ? request.query("done").flatMap { Self.notices[$0] } : nil) as Any
        return StaffPages.page("boardObjective", title: page.objective.detail.objective.title, values, for: request, status: status)
    }

    private func move(_ request: StaffRequest) throws -> Response {
        guard let id = request.number("objective") else { throw TeamError.notFound }
        let move = request.form["move"] ?? ""
        let note = Self.text(request.form["note"])
        do {
            try request.desk.moveObjective(id, move: move, note: note, under: try request.yes())
        } catch let error as TeamError {
            throw error
        } catch {
            return try objective(request, error: "\(error)", typed: ["move": move, "note": note ?? ""], status: .unprocessableContent)
        }
        return StaffSite.redirect("\(request.organisationBase)/objectives/\(id)?done=moved")
    }

    private func record(_ request: StaffRequest) throws -> Response {
        guard let id = request.number("objective") else { throw TeamError.notFound }
        let form = request.form
        let typed = ["measure", "value", "date", "source", "note"].reduce(into: [String: String]()) { typed, name in
            typed[name] = (form[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        do {
            try request.desk.recordReading(id, measure: typed["measure"] ?? "", value: typed["value"] ?? "", date: typed["date"] ?? "",
                                           source: Self.text(typed["source"]), note: Self.text(typed["note"]), under: try request.yes())
        } catch let error as TeamError {
            throw error
        } catch {
            return try objective(request, error: "\(error)", typed: typed, status: .unprocessableContent)
        }
        return StaffSite.redirect("\(request.organisationBase)/objectives/\(id)?done=recorded")
    }

    /// A typed text, nil when empty (as an option the command line was not given).
    static func text(_ value: String?) -> String? {
        let trimmed = (value ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The day of `?as_of=`, or today; with a message when the query is not a date.
    static func asOf(_ request: StaffRequest, today: CalendarDate) -> (CalendarDate, String?) {
        guard let text = request.query("as_of") else { return (today, nil) }
        guard let day = CalendarDate(iso: text) else {
            return (today, "the date to report as of takes YYYY-MM-DD; showing today instead")
        }
        return (day, nil)
    }
}
