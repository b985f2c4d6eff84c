import Hummingbird
import MaturityUseCases

/// The workspace's first page (the organisations the account reaches) and
/// adding an organisation.
struct HomeRoutes: Sendable {
    let desk: TeamDesk
    let configuration: WebConfiguration

    func add(to site: StaffSite) {
        site.get("/", nil) { request in try self.home(request) }
        site.post("/organisations", .addOrganisation) { request in try self.addOrganisation(request) }
    }

    private func home(_ request: StaffRequest, error: String? = nil, status: HTTPResponse.Status = .ok) throws -> Response {
        let organisations = try request.desk.organisations(visibleTo: request.account)
        return StaffPages.page("home", title: "Organisations", [
            "organisations": organisations.map { ["slug": $0.slug, "name": $0.name, "sector": $0.sector ?? "", "assessments": $0.assessments] },
            "hasOrganisations": !organisations.isEmpty,
            "canAdd": request.account.may(.addOrganisation, on: nil),
            "typedName": error == nil ? "" : request.form["name"] ?? "",
            "typedSector": error == nil ? "" : request.form["sector"] ?? "",
            "error": error as Any,
        ], for: request, status: status)
    }

    private func addOrganisation(_ request: StaffRequest) throws -> Response {
        let name = (request.form["name"] ?? "").trimmingCharacters(in: .whitespaces)
        let sector = (request.form["sector"] ?? "").trimmingCharacters(in: .whitespaces)
        do {
            let slug = try request.desk.addOrganisation(name: name, sector: sector.isEmpty ? nil : sector, under: try request.yes())
            return StaffSite.redirect("/o/\(slug)")
        } catch let error as TeamError {
            throw error
        } catch {
            return try home(request, error: "\(error)", status: .unprocessableContent)
        }
    }
}
