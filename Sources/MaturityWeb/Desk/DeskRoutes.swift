import Hummingbird
import MaturityUseCases

/// The consultant's desk: the organisation's page and its assessments
/// (scorecard, answers, invitations, context facts, closing). Each page
/// calls one use case of `TeamDesk`; a form that fails shows the command
/// line's message with everything typed kept.
struct DeskRoutes: Sendable {
    let desk: TeamDesk
    let configuration: WebConfiguration

    func add(to site: StaffSite) {
        site.get("/o/:org", .viewOrganisation) { request in try self.organisation(request) }
        site.post("/o/:org/assessments", .startAssessment) { request in try self.start(request) }
        site.get("/o/:org/a/:assessment", .viewScorecard) { request in try self.scorecard(request) }
        site.get("/o/:org/a/:assessment/answers/:dimension", .viewAnswers) { request in try self.answers(request) }
        site.get("/o/:org/a/:assessment/invitations", .viewInvitations) { request in try self.invitations(request) }
        site.post("/o/:org/a/:assessment/invitations", .invite) { request in try self.invite(request) }
        site.post("/o/:org/a/:assessment/invitations/:invitation/revoke", .invite) { request in try self.revoke(request) }
        site.get("/o/:org/a/:assessment/context", .editContext) { request in try self.context(request) }
        site.post("/o/:org/a/:assessment/context", .editContext) { request in try self.stateContext(request) }
        site.get("/o/:org/a/:assessment/close", .closeAssessment) { request in try self.confirmClose(request) }
        site.post("/o/:org/a/:assessment/close", .closeAssessment) { request in try self.close(request) }
    }

    // MARK: - The organisation's page

    private func organisation(_ request: StaffRequest, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let page = try request.desk.organisationPage(under: try request.yes(for: .viewOrganisation))
        let slug = page.organisation.slug
        let may = { (action: WorkspaceAction) in request.account.may(action, on: slug) }
        let typedQuestionnaire = error == nil ? "ospo-interview" : request.form["questionnaire"] ?? ""
        return StaffPages.page("deskOrganisation", title: page.organisation.name, [
            "name": page.organisation.name, "sector": page.organisation.sector as Any,
            "assessments": page.assessments.reversed().map { DeskFormat.row($0, base: request.organisationBase, linked: may(.viewScorecard)) },
            "hasAssessments": !page.assessments.isEmpty,
            "seesScores": may(.viewScorecard),
            "plan": page.currentPlan.map { ["acceptedAt": String($0.acceptedAt.prefix(10)), "linked": may(.viewRoadmap),
                                              "href": request.organisationBase + "/roadmap"] } as Any,
            "hasReports": may(.viewExecutiveSummary),
            "reports": [("Executive summary", "/executive", WorkspaceAction.viewExecutiveSummary), ("Roadmap", "/roadmap", .viewRoadmap),
                        ("Progress report", "/progress", .viewProgress)]
                .filter { may($0.2) }.map { ["label": $0.0, "href": request.organisationBase + $0.1] },
            "canStart": may(.startAssessment),
            "questionnaires": page.questionnaires.map { ["id": $0.id, "title": $0.title, "selected": $0.id == typedQuestionnaire] },
            "today": page.today,
            "typedDate": error == nil ? "" : request.form["date"] ?? "",
            "typedLabel": error == nil ? "" : request.form["label"] ?? "",
            "started": request.query("started") != nil,
            "error": error as Any,
        ], for: request, status: status)
    }

    private func start(_ request: StaffRequest) throws -> Response {
        do {
            let id = try request.desk.startAssessment(questionnaire: request.form["questionnaire"] ?? "", date: request.form["date"] ?? "",
                                                      label: request.form["label"] ?? "", under: try request.yes())
            return StaffSite.redirect("\(request.organisationBase)/a/\(id)?started=1")
        } catch let error as TeamError {
            throw error
        } catch {
            return try organisation(request, error: "\(error)", status: .unprocessableContent)
        }
    }
}

extension StaffRequest {
    /// The policy's yes for `action` on this route's organisation: the
    /// route's own, or the policy asked again for a form that shows the page
    /// of another action (an invitation that failed shows the invitations list).
    func yes(for action: WorkspaceAction) throws -> Authorised {
        if let authorised, authorised.action == action { return authorised }
        return try desk.authorise(account, action, organisation: slug)
    }

    /// The `:assessment` of the address; a page that does not exist without it.
    func assessmentNumber() throws -> Int64 {
        guard let id = number("assessment") else { throw TeamError.notFound }
        return id
    }
}
