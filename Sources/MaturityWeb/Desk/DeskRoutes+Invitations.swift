import Hummingbird
import MaturityUseCases

/// An assessment's invitations: who is invited and how far they are,
/// making links (shown once) and revoking them.
extension DeskRoutes {
    func invitations(_ request: StaffRequest, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let page = try request.desk.invitations(assessment: try request.assessmentNumber(), under: try request.yes(for: .viewInvitations))
        let base = "\(request.organisationBase)/a/\(page.assessment.id)"
        let canInvite = request.account.may(.invite, on: request.slug) && page.assessment.status == "open"
        let typed = { (name: String) in error == nil ? "" : request.form[name] ?? "" }
        let typedRole = typed("role")
        return StaffPages.page("deskInvitations", title: "Invitations", [
            "assessment": DeskFormat.assessment(page.assessment, base: request.organisationBase),
            "invitations": page.invitations.map { invitation -> [String: Any] in
                ["id": invitation.id, "name": invitation.name, "role": invitation.role, "email": invitation.email as Any,
                 "expiresOn": invitation.expiresOn as Any, "revoked": invitation.revoked,
                 "state": invitation.revoked ? "revoked" : invitation.finished ? "finished" : invitation.started ? "started" : "not started",
                 "badge": invitation.revoked ? "" : invitation.finished ? "good" : invitation.started ? "warn" : "",
                 "progress": "\(invitation.answered) of \(invitation.asked)",
                 "lastActivity": invitation.lastActivity.map { String($0.prefix(16)).replacingOccurrences(of: "T", with: " ") } ?? "—",
                 "canRevoke": canInvite && !invitation.revoked, "revokeHref": "\(base)/invitations/\(invitation.id)/revoke"]
            },
            "hasInvitations": !page.invitations.isEmpty,
            "rates": page.rates.map { rate -> [String: Any] in
                ["title": rate.title, "invited": rate.invited, "started": rate.started, "finished": rate.finished,
                 "rate": rate.invited == 0 ? "—" : DeskFormat.percent(Double(rate.finished) / Double(rate.invited))]
            },
            "roles": page.rates.map { ["id": $0.role, "title": $0.title, "selected": $0.role == typedRole] },
            "canInvite": canInvite,
            "typedName": typed("name"), "typedEmail": typed("email"), "typedExpires": typed("expires"), "typedList": typed("list"),
            "notice": (request.query("revoked") != nil ? "Invitation revoked: its link no longer opens." : nil) as String? as Any,
            "error": error as Any,
        ], for: request, status: status)
    }

    func invite(_ request: StaffRequest) throws -> Response {
        let id = try request.assessmentNumber()
        do {
            let name = (request.form["name"] ?? "").trimmingCharacters(in: .whitespaces)
            var invitees = try TeamDesk.invitees(fromLines: request.form["list"] ?? "")
            if !name.isEmpty {
                let email = (request.form["email"] ?? "").trimmingCharacters(in: .whitespaces)
                invitees.insert(Invitee(name: name, role: request.form["role"] ?? "", email: email.isEmpty ? nil : email), at: 0)
            }
            let issued = try request.desk.invite(invitees, expires: request.form["expires"] ?? "", assessment: id,
                                                 baseURL: configuration.baseURL, under: try request.yes())
            return StaffPages.page("deskInvited", title: "Invitations made", [
                "assessment": ["href": "\(request.organisationBase)/a/\(id)", "id": id],
                "invitationsHref": "\(request.organisationBase)/a/\(id)/invitations",
                "issued": issued.map { ["id": $0.id, "name": $0.name, "role": $0.role, "link": $0.link, "expiresOn": $0.expiresOn as Any] },
                "many": issued.count > 1,
            ], for: request)
        } catch let error as TeamError {
            throw error
        } catch {
            return try invitations(request, error: "\(error)", status: .unprocessableContent)
        }
    }

    func revoke(_ request: StaffRequest) throws -> Response {
        let id = try request.assessmentNumber()
        guard let invitation = request.number("invitation") else { throw TeamError.notFound }
        do {
            try request.desk.revokeInvitation(invitation, assessment: id, under: try request.yes())
        } catch let error as TeamError {
            throw error
        } catch {
            return try invitations(request, error: "\(error)", status: .unprocessableContent)
        }
        return StaffSite.redirect("\(request.organisationBase)/a/\(id)/invitations?revoked=1")
    }
}
