import Hummingbird
import MaturityReports
import MaturityUseCases

/// The organisation's plan and its profile editor: see the plan the current
/// profile gives, edit the profile (kept as a draft until accepted or
/// discarded), compare the two plans, and accept the edited one.
struct PlanRoutes: Sendable {
    let desk: TeamDesk
    let configuration: WebConfiguration

    func add(to site: StaffSite) {
        site.get("/o/:org/plan", .viewPlan) { request in try self.plan(request) }
        site.get("/o/:org/profile", .editProfile) { request in try self.editor(request) }
        site.post("/o/:org/profile", .editProfile) { request in try self.save(request) }
        site.post("/o/:org/profile/discard", .editProfile) { request in try self.discard(request) }
        site.post("/o/:org/plan/accept", .acceptRoadmap) { request in try self.accept(request) }
    }

    /// Fixed notices by query flag: nothing of the query is shown as it is.
    private static let notices = [
        "accepted": "The plan was accepted as the organisation's roadmap; its objectives are on the board.",
        "saved": "The edited profile was saved. Compare its plan with the current one below.",
        "discarded": "The edited profile was discarded.",
    ]

    private static func notice(_ request: StaffRequest) -> String? {
        notices.first { request.query($0.key) != nil }?.value
    }

    private func plan(_ request: StaffRequest, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let yes = try request.yes()
        var values: [String: Any] = ["notice": Self.notice(request) as Any, "error": error as Any]
        if let overview = try request.desk.planOverview(under: yes) {
            values["overview"] = [
                "assessment": overview.assessment, "profileSource": overview.profileSource, "hasDraft": overview.hasDraft,
                "canEdit": request.account.may(.editProfile, on: request.slug),
                "canAccept": request.account.may(.acceptRoadmap, on: request.slug),
                "headline": Self.headline(overview.page.headline), "view": overview.page.view,
            ] as [String: Any]
        } else {
            values["noAssessment"] = true
        }
        return StaffPages.page("planPage", title: "Plan", values, for: request, status: status)
    }

    private func editor(_ request: StaffRequest) throws -> Response {
        let yes = try request.yes()
        return render(try request.desk.profileEditor(under: yes), request, notice: Self.notice(request))
    }

    private func save(_ request: StaffRequest) throws -> Response {
        let yes = try request.yes()
        var fields: [String: String] = [:]
        for field in request.form.fields where field.name != "csrf" { fields[field.name] = field.value }
        let editor = try request.desk.saveProfile(fields: fields, under: yes)
        if let editor, editor.error != nil {
            // Kept as typed in the draft too; shown again with the CLI's message.
            return render(editor, request, status: .unprocessableContent)
        }
        return StaffSite.redirect("\(request.organisationBase)/profile?saved=1")
    }

    private func discard(_ request: StaffRequest) throws -> Response {
        try request.desk.discardProfile(under: try request.yes())
        return StaffSite.redirect("\(request.organisationBase)/profile?discarded=1")
    }

    private func accept(_ request: StaffRequest) throws -> Response {
        let yes = try request.yes()
        do {
            _ = try request.desk.acceptProfile(under: yes)
        } catch let error as TeamError {
            throw error
        } catch {
            return try plan(request, error: "\(error)", status: .unprocessableContent)
        }
        return StaffSite.redirect("\(request.organisationBase)/plan?accepted=1")
    }

    private func render(_ editor: ProfileEditor?, _ request: StaffRequest, notice: String? = nil,
                        status: HTTPResponse.Status = .ok) -> Response {
        guard let editor else {
            return StaffPages.page("profileEditor", title: "Profile", ["noAssessment": true], for: request, status: status)
        }
        let form = editor.form
        var values: [String: Any] = [
            "dimensions": form.dimensions.map {
                ["id": $0.id, "title": $0.title, "target": form.value("target.\($0.id)"), "importance": form.value("importance.\($0.id)")]
            },
            "hasDraft": editor.draftNote != nil, "draftNote": editor.draftNote as Any,
            "canAccept": request.account.may(.acceptRoadmap, on: request.slug),
            "currentHeadline": Self.headline(editor.current.headline), "currentView": editor.current.view,
        ]
        for name in form.fieldNames where !name.contains(".") { values[name] = form.value(name) }
        if let proposed = editor.proposed {
            values["proposedHeadline"] = true
            values["proposedView"] = proposed.view
            values["comparison"] = Self.comparison(editor.current.headline, proposed.headline)
        }
        return StaffPages.page("profileEditor", title: "Profile", [
            "editor": values, "notice": notice as Any, "error": editor.error as Any,
        ], for: request, status: status)
    }

    private static func headline(_ headline: PlanHeadline) -> [String: Any] {
        ["targetsReached": headline.targetsReached, "effort": headline.effort, "cost": headline.cost,
         "end": headline.end, "value": headline.value]
    }

    /// The figures of the two plans side by side, flagging what changed.
    private static func comparison(_ current: PlanHeadline, _ proposed: PlanHeadline) -> [[String: Any]] {
        [("Targets reached", \PlanHeadline.targetsReached), ("Effort", \.effort), ("Cost", \.cost),
         ("Last phase ends", \.end), ("Value", \.value)].map { label, path in
            ["label": label, "current": current[keyPath: path], "proposed": proposed[keyPath: path],
             "changed": current[keyPath: path] != proposed[keyPath: path]]
        }
    }
}
