import Hummingbird
import HummingbirdTesting
import Testing
@testable import MaturityWeb

/// The layout's navigation and the form reader every page uses.
@Suite struct StaffPagesTests {
    @Test func aTextAreasCRLFLineBreaksArriveAsLF() {
        // "Rosa Lind, ospo-lead" CR LF "Sam Okafor, executive", as a browser posts a text area.
        let body = FormBody("list=Rosa+Lind%2C+ospo-lead%0D%0ASam+Okafor%2C+executive&csrf=x")
        #expect(body["list"] == "Rosa Lind, ospo-lead\nSam Okafor, executive")
        #expect(body["list"]?.split(separator: "\n").count == 2)
    }

    @Test func theProfileEditorMarksPlanInTheOrganisationsNavigation() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let editor = try await cy.get("/o/acme-works/profile", with: client).body.text
            #expect(editor.contains(#"<a href="/o/acme-works/plan" aria-current="page">Plan</a>"#))
            #expect(!editor.contains(#"<a href="/o/acme-works" aria-current="page">"#))
            let overview = try await cy.get("/o/acme-works", with: client).body.text
            #expect(overview.contains(#"<a href="/o/acme-works" aria-current="page">Overview</a>"#))
        }
    }
}
