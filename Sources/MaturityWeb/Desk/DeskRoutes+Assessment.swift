import Hummingbird
import MaturityKit
import MaturityUseCases

/// An assessment's scorecard, the answers behind a dimension, its context
/// facts and closing it.
extension DeskRoutes {
    func scorecard(_ request: StaffRequest) throws -> Response {
        let card = try request.desk.scorecard(assessment: try request.assessmentNumber(), under: try request.yes())
        let slug = request.slug
        let may = { (action: WorkspaceAction) in request.account.may(action, on: slug) }
        let base = "\(request.organisationBase)/a/\(card.assessment.id)"
        let open = card.assessment.status == "open"
        let hasTargets = !card.targets.isEmpty
        let notice: String? = request.query("started") != nil ? "Assessment started. Invite respondents and state its context facts."
            : request.query("closed") != nil ? "Assessment closed: it takes no more answers." : nil
        let modules = card.scorecard.modules.map { module -> [String: Any] in
            ["title": module.title, "score": DeskFormat.score(module.score), "level": module.level.map { module.levelName($0) } as Any,
             "dimensions": module.dimensions.map { dimension -> [String: Any] in
                 ["id": dimension.id, "title": dimension.title, "score": DeskFormat.score(dimension.score),
                  "level": dimension.level.map { "\($0) \(dimension.levelName ?? "")" } ?? "unassessed",
                  "target": card.targets[dimension.id].map(String.init) ?? "—", "hasTargets": hasTargets,
                  "coverage": DeskFormat.percent(dimension.coverage), "dissent": dimension.dissentCount,
                  "answersHref": may(.viewAnswers) ? "\(base)/answers/\(dimension.id)" : "" as Any]
             }]
        }
        return StaffPages.page("deskScorecard", title: "Assessment \(card.assessment.id)", [
            "assessment": DeskFormat.assessment(card.assessment, base: request.organisationBase),
            "overall": card.scorecard.overall.map { "\(DeskFormat.score($0.score)) (level \($0.level))" } ?? "unassessed",
            "respondents": card.scorecard.respondents.filter { $0.answered > 0 }.count,
            "context": card.scorecard.context.map { ["text": $0.text, "label": $0.label] },
            "modules": modules, "hasTargets": hasTargets,
            "hasLinks": may(.viewInvitations) || may(.editContext),
            "links": [("Invitations", "/invitations", WorkspaceAction.viewInvitations, true), ("Context facts", "/context", .editContext, true),
                      ("Close the assessment", "/close", .closeAssessment, open)]
                .filter { may($0.2) && $0.3 }.map { ["label": $0.0, "href": base + $0.1] },
            "notice": notice as Any,
        ], for: request)
    }

    func answers(_ request: StaffRequest) throws -> Response {
        let card = try request.desk.scorecard(assessment: try request.assessmentNumber(), under: try request.yes())
        guard let dimension = card.scorecard.dimension(request.parameter("dimension") ?? "") else { throw TeamError.notFound }
        let questions = dimension.questions.map { question -> [String: Any] in
            ["id": question.id, "text": question.text, "status": question.status.rawValue,
             "value": DeskFormat.score(question.value), "dissent": question.dissentFlagged ? DeskFormat.score(question.dissent) : "" as Any,
             "responses": question.responses.map { response -> [String: Any] in
                 ["name": card.names[response.respondent] ?? response.respondent, "role": response.role, "label": response.label,
                  "note": response.note as Any, "evidence": response.evidence as Any, "evidenceHref": DeskFormat.safeLink(response.evidence) as Any]
             },
             "hasResponses": !question.responses.isEmpty]
        }
        return StaffPages.page("deskAnswers", title: dimension.title, [
            "assessment": DeskFormat.assessment(card.assessment, base: request.organisationBase),
            "dimension": ["id": dimension.id, "title": dimension.title, "score": DeskFormat.score(dimension.score),
                          "coverage": DeskFormat.percent(dimension.coverage)],
            "questions": questions,
        ], for: request)
    }

    func context(_ request: StaffRequest, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let context = try request.desk.context(assessment: try request.assessmentNumber(), under: try request.yes())
        let facts = context.facts.map { fact -> [String: Any] in
            let chosen = error == nil ? fact.value : request.form["fact.\(fact.fact.id)"]
            return ["id": fact.fact.id, "text": fact.fact.text, "help": fact.fact.help as Any,
                    "stated": fact.fact.options.first { $0.id == fact.value }?.label ?? "not stated",
                    "unstated": fact.value == nil,
                    "options": fact.fact.options.map { ["id": $0.id, "label": $0.label, "selected": $0.id == chosen] }]
        }
        return StaffPages.page("deskContext", title: "Context facts", [
            "assessment": DeskFormat.assessment(context.assessment, base: request.organisationBase),
            "facts": facts, "hasFacts": !facts.isEmpty,
            "notice": (request.query("saved") != nil ? "Context facts saved." : nil) as String? as Any,
            "error": error as Any,
        ], for: request, status: status)
    }

    func stateContext(_ request: StaffRequest) throws -> Response {
        let id = try request.assessmentNumber()
        var values: [String: String] = [:]
        for field in request.form.fields where field.name.hasPrefix("fact.") && !field.value.isEmpty {
            values[String(field.name.dropFirst("fact.".count))] = field.value
        }
        do {
            try request.desk.stateContext(values, assessment: id, under: try request.yes())
        } catch let error as TeamError {
            throw error
        } catch {
            return try context(request, error: "\(error)", status: .unprocessableContent)
        }
        return StaffSite.redirect("\(request.organisationBase)/a/\(id)/context?saved=1")
    }

    func confirmClose(_ request: StaffRequest) throws -> Response {
        let listing = try request.desk.assessmentToClose(try request.assessmentNumber(), under: try request.yes())
        return StaffPages.page("deskClose", title: "Close assessment \(listing.id)", [
            "assessment": DeskFormat.assessment(listing, base: request.organisationBase),
        ], for: request)
    }

    func close(_ request: StaffRequest) throws -> Response {
        let id = try request.assessmentNumber()
        // Closing cannot be undone: without the confirmation's field the post
        // only shows the confirmation.
        guard request.form["confirm"] == "close" else { return try confirmClose(request) }
        do {
            try request.desk.closeAssessment(id, under: try request.yes())
        } catch let error as TeamError {
            throw error
        } catch {
            let listing = try request.desk.assessmentToClose(id, under: try request.yes())
            return StaffPages.page("deskClose", title: "Close assessment \(listing.id)", [
                "assessment": DeskFormat.assessment(listing, base: request.organisationBase), "error": "\(error)",
            ], for: request, status: .unprocessableContent)
        }
        return StaffSite.redirect("\(request.organisationBase)/a/\(id)?closed=1")
    }
}
