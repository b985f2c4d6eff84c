import Hummingbird
import HummingbirdTesting
import MaturityKit
import Testing
@testable import MaturityWeb

/// The organisation's context on the respondent's pages: the facts stated
/// shown on the welcome page, the questions they rule out neither shown nor
/// accepted, and nothing asked of the respondent about the context itself.
struct ContextRouteTests {
    /// SOV-04's text, as the summary page lists it.
    static let sov04 = "For software developed with public money, is there a rule"

    @Test func theWelcomePageShowsTheStatedFactsAndNeverAsksForThem() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone")
        try await fixture.application().test(.router) { client in
            let browser = try await Browser.open(ada.token, with: client)
            try await client.execute(uri: browser.home, method: .get, headers: browser.headers) { response in
                // Nothing stated yet: no facts shown, and no form to state them.
                #expect(!response.body.text.contains("About Acme Works"))
                #expect(!response.body.text.contains("What kind of organisation is being assessed?"))
            }
            try fixture.workspace.state(OrganisationContext(["sector": "private"]), of: fixture.assessment)
            try await client.execute(uri: browser.home, method: .get, headers: browser.headers) { response in
                let page = response.body.text
                #expect(page.contains(#"<li>What kind of organisation is being assessed? <strong>Private company</strong></li>"#))
                // Five of the six facts are still to be stated by the consultant.
                #expect(page.contains("The people running the assessment will state the rest of these facts"))
            }
        }
    }

    @Test func aQuestionTheContextRulesOutIsNotShownAndItsAnswerIsRefused() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone")
        try await fixture.application().test(.router) { client in
            let browser = try await Browser.open(ada.token, with: client)
            let first = try await client.execute(uri: browser.home + "/section/1", method: .get, headers: browser.headers) { $0.body.text }
            var headers = browser.formHeaders()
            headers[.csrfToken] = Browser.csrf(in: first)
            // Sector not stated: SOV-04 (public bodies only) is asked of an executive.
            let before = try await client.execute(uri: browser.home + "/finish", method: .get, headers: browser.headers) { $0.body.text }
            #expect(before.contains(Self.sov04))
            try fixture.workspace.state(OrganisationContext(["sector": "private"]), of: fixture.assessment)
            let after = try await client.execute(uri: browser.home + "/finish", method: .get, headers: browser.headers) { $0.body.text }
            #expect(!after.contains(Self.sov04))
            try await client.execute(uri: browser.home + "/answer", method: .post, headers: headers,
                                     body: formBody([("question", "SOV-04"), ("choice", "yes")])) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.body.text == #"{"error":"question SOV-04 is not asked of you with your answers so far"}"#)
            }
        }
        #expect(try fixture.workspace.answerSet(of: fixture.assessment).respondents.isEmpty)
    }
}
