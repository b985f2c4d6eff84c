import Hummingbird
import MaturityUseCases
import Mustache

/// Renders the team's pages: each area's templates inside one layout, with
/// the workspace's navigation and the organisation's, showing only the
/// links the account may follow.
enum StaffPages {
    /// Every template of the team's pages, by name. An area adds its own
    /// dictionary here (names must not collide; a test renders each).
    static let templateSets: [[String: String]] = [StaffTemplates.all, ViewerTemplates.all, PlanTemplates.all, BoardTemplates.all,
                                                   DeskTemplates.all]

    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for set in templateSets {
            for (name, source) in set {
                // The templates are constants of this target, each rendered by
                // the tests: one that did not parse would fail them.
                if let template = try? MustacheTemplate(string: source) { library.register(template, named: name) }
            }
        }
        return library
    }()

    /// One link of the organisation's navigation.
    struct OrganisationLink {
        var label: String
        /// After `/o/SLUG`; empty for the organisation's own page.
        var suffix: String
        var action: WorkspaceAction
    }

    /// The organisation's pages, in the order of its navigation.
    static let organisationLinks: [OrganisationLink] = [
        .init(label: "Overview", suffix: "", action: .viewOrganisation),
        .init(label: "Plan", suffix: "/plan", action: .viewPlan),
        .init(label: "Objectives", suffix: "/objectives", action: .viewObjectives),
        .init(label: "Progress", suffix: "/progress", action: .viewProgress),
        .init(label: "Executive summary", suffix: "/executive", action: .viewExecutiveSummary),
        .init(label: "Roadmap", suffix: "/roadmap", action: .viewRoadmap),
        .init(label: "Reports", suffix: "/reports", action: .downloadReports),
        .init(label: "History", suffix: "/history", action: .viewHistory),
    ]

    /// A page of template `name` in the layout, for `request`'s account.
    /// `values` may hold `notice` and `error` sentences, shown above the page.
    static func page(_ name: String, title: String, _ values: [String: Any], for request: StaffRequest,
                     status: HTTPResponse.Status = .ok) -> Response {
        var all = values
        all["title"] = title
        all["account"] = request.account.name
        all["role"] = request.account.role.rawValue
        all["csrf"] = request.csrf
        all["canUsers"] = request.account.may(.manageUsers, on: nil)
        all["canPortfolio"] = request.account.may(.viewPortfolio, on: nil)
        if let organisation = request.authorised?.organisation {
            let path = request.request.uri.path
            let base = "/o/\(organisation.slug)"
            let links = organisationLinks.filter { request.account.may($0.action, on: organisation.slug) }
            // The longest matching suffix is the current page (Overview's "" matches
            // everything); the profile editor belongs to the plan.
            let shown = path.hasPrefix(base + "/profile") ? base + "/plan" : path
            let current = links.filter { shown == base + $0.suffix || shown.hasPrefix(base + $0.suffix + "/") }
                .max { $0.suffix.count < $1.suffix.count }?.suffix
            all["organisation"] = ["name": organisation.name, "slug": organisation.slug]
            all["organisationLinks"] = links.map { ["label": $0.label, "href": base + $0.suffix, "current": $0.suffix == current] }
        }
        let body = library.render(Pages.clean(all) ?? [:], withTemplate: name) ?? ""
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// A page outside the layout's account parts (login, setup, messages).
    static func plain(_ name: String, title: String, _ values: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        var all = values
        all["title"] = title
        let body = library.render(Pages.clean(all) ?? [:], withTemplate: name) ?? ""
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// A plain page with a heading and a sentence.
    static func message(status: HTTPResponse.Status, title: String, text: String) -> Response {
        plain("staffMessage", title: title, ["text": text], status: status)
    }

    /// A page that is not there, or that this account may not see: the same answer for both.
    static func notFound() -> Response {
        message(status: .notFound, title: "Page not found",
                text: "There is no such page here, or your account does not reach it.")
    }

    /// A post whose CSRF token does not match the session's: nothing changed.
    static func outOfDate() -> Response {
        message(status: .forbidden, title: "Page out of date",
                text: "This page was out of date, so nothing was changed. Go back, reload the page and try again.")
    }
}
