import Hummingbird
import MaturityUseCases

/// The administrator's accounts page: list, add (showing the one-time setup
/// link once) and disable. Every change asks for the admin's password
/// again (`WorkspaceAction.needsPasswordAgain`, checked by the site).
struct AccountsAdminRoutes: Sendable {
    let desk: TeamDesk
    let configuration: WebConfiguration

    func add(to site: StaffSite) {
        site.get("/accounts", .manageUsers) { request in try self.list(request) }
        site.post("/accounts", .manageUsers) { request in try self.addAccount(request) }
        site.post("/accounts/:name/disable", .manageUsers) { request in try self.disable(request) }
    }

    private static let roleTexts: [(AccountRole, String)] = [
        (.admin, "everything, on every organisation, and accounts"),
        (.consultant, "runs assessments, invitations, profiles, roadmaps and reports"),
        (.lead, "follows the roadmap: objectives, measure readings, reports"),
        (.viewer, "reads the executive summary, roadmap and progress report"),
    ]

    private func list(_ request: StaffRequest, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let yes = try request.yes()
        let accounts = try request.desk.accounts(under: yes)
        let typedRole = error == nil ? nil : request.form["role"]
        let typedOrgs = error == nil ? [] : request.form.values("org")
        return StaffPages.page("accounts", title: "Accounts", [
            "accounts": accounts.map { account -> [String: Any] in
                ["name": account.name, "role": account.role, "state": account.state,
                 "reach": account.organisations.isEmpty ? "every organisation" : account.organisations.joined(separator: ", "),
                 "canDisable": account.state != "disabled" && account.name != request.account.name]
            },
            "roles": Self.roleTexts.map { ["value": $0.0.rawValue, "text": $0.1, "checked": typedRole == $0.0.rawValue] },
            "organisations": try request.desk.organisations(visibleTo: request.account).map {
                ["slug": $0.slug, "name": $0.name, "checked": typedOrgs.contains($0.slug)]
            },
            "typedName": error == nil ? "" : request.form["name"] ?? "",
            "error": error as Any,
        ], for: request, status: status)
    }

    private func addAccount(_ request: StaffRequest) throws -> Response {
        let yes = try request.yes()
        let name = (request.form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let role = AccountRole(rawValue: request.form["role"] ?? "") else {
            return try list(request, error: "choose a role: admin, consultant, lead or viewer", status: .unprocessableContent)
        }
        let organisations = request.form.values("org")
        do {
            let link = try request.desk.addAccount(name: name, role: role, organisations: organisations,
                                                   baseURL: configuration.baseURL, under: yes)
            return StaffPages.page("accountAdded", title: "Account added", [
                "name": link.name, "newRole": link.role.rawValue, "link": link.url, "hours": link.validForHours,
                "reach": organisations.isEmpty ? "every organisation" : organisations.joined(separator: ", "),
            ], for: request)
        } catch let error as TeamError {
            throw error
        } catch {
            return try list(request, error: "\(error)", status: .unprocessableContent)
        }
    }

    private func disable(_ request: StaffRequest) throws -> Response {
        let yes = try request.yes()
        let name = request.parameter("name") ?? ""
        do {
            try request.desk.disableAccount(name: name, under: yes)
        } catch let error as TeamError {
            throw error
        } catch {
            return try list(request, error: "\(error)", status: .unprocessableContent)
        }
        return StaffSite.redirect("/accounts")
    }
}
