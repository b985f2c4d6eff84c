import Foundation
import Hummingbird
import HummingbirdTesting
import MaturityKit
import MaturityStore
@testable import MaturityUseCases
@testable import MaturityWeb

/// A workspace with Acme Works' assessment of the shipped interview and
/// invitations, and the server's router over it.
struct WebFixture {
    let workspace: Workspace
    let desk: RespondentDesk
    let assessment: Int64
    static let today = CalendarDate(year: 2026, month: 11, day: 20)

    init() throws {
        workspace = try Workspace.inMemory()
        workspace.fixedToday = Self.today
        try workspace.addOrganisation(name: "Acme Works")
        let record = try NewAssessment(organisation: "acme-works", questionnaire: "ospo-interview", date: Self.today, libraryFolders: [])
            .run(in: workspace)
        assessment = record.id ?? 0
        desk = try RespondentDesk(workspace: workspace)
    }

    /// Invites one person; returns the link's token.
    func invite(_ name: String, role: String = "executive", expires: CalendarDate? = nil) throws -> (token: String, id: Int64) {
        let issued = try InvitationIssuing.issue(in: workspace, assessment: assessment, invitees: [Invitee(name: name, role: role)],
                                                 expires: expires, baseURL: "http://127.0.0.1:8080")
        let link = issued[0].link
        return (String(link.split(separator: "/").last ?? ""), issued[0].id)
    }

    func application(_ configuration: WebConfiguration = WebConfiguration(badLinksAllowed: 100)) -> some ApplicationProtocol {
        Application(router: WebServer.router(desk: desk, configuration: configuration))
    }
}

/// A respondent's browser in a test: its cookie and where it was sent.
struct Browser {
    var cookie = ""
    var home = ""

    /// Opens `token`'s link and keeps the session cookie it gives.
    static func open(_ token: String, with client: some TestClientProtocol) async throws -> Browser {
        try await client.execute(uri: "/r/\(token)", method: .get) { response in
            let setCookie = response.headers[.setCookie] ?? ""
            return Browser(cookie: String(setCookie.split(separator: ";").first ?? ""), home: response.headers[.location] ?? "")
        }
    }

    var headers: HTTPFields { [.cookie: cookie] }

    func formHeaders() -> HTTPFields { [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"] }

    /// The CSRF token of a page's form.
    static func csrf(in html: String) -> String {
        guard let start = html.range(of: #"name="csrf" value=""#) else { return "" }
        return String(html[start.upperBound...].prefix { $0 != "\"" })
    }
}

extension ByteBuffer {
    var text: String { String(buffer: self) }
}

/// `fields` as a form body.
func formBody(_ fields: [(String, String)]) -> ByteBuffer {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let text = fields.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
        .joined(separator: "&")
    return ByteBuffer(string: text)
}
