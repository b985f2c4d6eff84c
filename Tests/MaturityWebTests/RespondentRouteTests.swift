import Foundation
import Hummingbird
import HummingbirdTesting
import MaturityKit
import MaturityReports
import MaturityStore
import Testing
@testable import MaturityUseCases
@testable import MaturityWeb

@Suite struct RespondentRouteTests {
    @Test func healthAnswersWithTheSecurityHeaders() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.body.text == #"{"status":"ok"}"#)
                #expect(response.headers[.xFrameOptions] == "DENY")
                #expect(response.headers[.referrerPolicy] == "no-referrer")
                #expect(response.headers[.contentSecurityPolicy] == SecurityHeaders<WebContext>.policy)
                #expect(response.headers[.contentSecurityPolicy]?.contains("unsafe-inline") == false)
            }
            try await client.execute(uri: "/static/respond.js", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
            }
            try await client.execute(uri: "/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func unknownRevokedAndExpiredLinksGetTheSamePage() async throws {
        let fixture = try WebFixture()
        let revoked = try fixture.invite("Ada Stone")
        try InvitationIssuing.revoke(revoked.id, in: fixture.workspace)
        // Expired: its last day was yesterday, so it is made for today and the clock moved on.
        let expired = try fixture.invite("Bo Lind", expires: WebFixture.today)
        fixture.workspace.fixedToday = CalendarDate(year: 2026, month: 11, day: 21)
        let pages = try await fixture.application().test(.router) { client in
            var pages: [String] = []
            for token in ["not-a-token", revoked.token, expired.token] {
                pages.append(try await client.execute(uri: "/r/\(token)", method: .get) { response in
                    #expect(response.status == .notFound)
                    #expect(response.headers[.setCookie] == nil)
                    return response.body.text
                })
            }
            return pages
        }
        #expect(pages[0].contains("This link is not valid"))
        #expect(Set(pages).count == 1)
    }

    @Test func aLinkIsExchangedForAScopedCookieAndARedirect() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone")
        let uid = try #require(try fixture.workspace.invitations(assessment: fixture.assessment).first?.uid)
        try await fixture.application(WebConfiguration(baseURL: "https://survey.example.org")).test(.router) { client in
            try await client.execute(uri: "/r/\(ada.token)", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/a/\(uid)")
                let cookie = response.headers[.setCookie] ?? ""
                #expect(cookie.hasPrefix("ospo_session="))
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("Secure"))
                #expect(cookie.contains("SameSite=Lax"))
                #expect(cookie.contains("Path=/a/\(uid)"))
                #expect(!cookie.contains(ada.token))
            }
            let browser = try await Browser.open(ada.token, with: client)
            try await client.execute(uri: browser.home, method: .get, headers: browser.headers) { response in
                #expect(response.status == .ok)
                let html = response.body.text
                #expect(html.contains("Acme Works"))
                #expect(html.contains("Who sees your answers"))
                #expect(html.contains("Hello Ada Stone"))
            }
            try await client.execute(uri: browser.home, method: .get) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test func aPostWithoutTheCSRFTokenIsRefusedAndSavesNothing() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone")
        try await fixture.application().test(.router) { client in
            let browser = try await Browser.open(ada.token, with: client)
            try await client.execute(uri: browser.home + "/section/1", method: .post, headers: browser.formHeaders(),
                                     body: formBody([("choice.STR-01", "yes")])) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: browser.home + "/answer", method: .post, headers: browser.formHeaders(),
                                     body: formBody([("question", "STR-01"), ("choice", "yes"), ("csrf", "guess")])) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(try fixture.workspace.answerSet(of: fixture.assessment).respondents.isEmpty)
    }

    @Test func aSectionPostSavesAndOpensFollowUpsOnTheSamePage() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone")
        try await fixture.application().test(.router) { client in
            let browser = try await Browser.open(ada.token, with: client)
            let page = try await client.execute(uri: browser.home + "/section/1", method: .get, headers: browser.headers) { $0.body.text }
            // STR-04 follows up a "yes" to STR-03: hidden until then.
            #expect(page.contains(#"id="q-STR-04" data-question="STR-04" hidden"#))
            let csrf = Browser.csrf(in: page)
            try await client.execute(uri: browser.home + "/section/1", method: .post, headers: browser.formHeaders(),
                                     body: formBody([("csrf", csrf), ("choice.STR-01", "yes"), ("choice.STR-03", "yes"),
                                                     ("note.STR-01", "board minutes, March")])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == browser.home + "/section/1?opened=1")
            }
            let again = try await client.execute(uri: browser.home + "/section/1", method: .get, headers: browser.headers) { $0.body.text }
            #expect(again.contains(#"id="q-STR-04" data-question="STR-04">"#))
            #expect(again.contains("board minutes, March"))
            #expect(!again.contains(#"class="error""#))
            let summary = try await client.execute(uri: browser.home + "/finish", method: .get, headers: browser.headers) { $0.body.text }
            #expect(summary.contains("<td>Yes</td>") || summary.contains("<td>Yes<"))
            #expect(summary.contains("<em>not answered</em>"))
            // Values left out are skipped, never printed as Swift's "nil".
            #expect(!summary.contains("nil"))
            #expect(!again.contains(">nil<"))
        }
        let saved = try #require(try fixture.workspace.answerSet(of: fixture.assessment).respondents.first)
        #expect(saved.id == "ada-stone")
        #expect(saved.answers["STR-01"] == Answer(.option("yes"), note: "board minutes, March"))
        #expect(saved.answers["STR-03"] == Answer(.option("yes")))
    }

    @Test func theServerRefusesAHiddenFollowUpsAnswer() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone")
        try await fixture.application().test(.router) { client in
            let browser = try await Browser.open(ada.token, with: client)
            let csrf = Browser.csrf(in: try await client.execute(uri: browser.home + "/section/1", method: .get, headers: browser.headers) { $0.body.text })
            var headers = browser.formHeaders()
            headers[.csrfToken] = csrf
            try await client.execute(uri: browser.home + "/answer", method: .post, headers: headers,
                                     body: formBody([("question", "STR-04"), ("choice", "yes")])) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.body.text == #"{"error":"question STR-04 is not asked of you with your answers so far"}"#)
            }
            try await client.execute(uri: browser.home + "/answer", method: .post, headers: headers,
                                     body: formBody([("question", "STR-03"), ("choice", "yes")])) { response in
                #expect(response.status == .ok)
                #expect(response.body.text.contains(#""STR-04""#))
            }
            try await client.execute(uri: browser.home + "/answer", method: .post, headers: headers,
                                     body: formBody([("question", "STR-04"), ("choice", "yes")])) { response in
                #expect(response.status == .ok)
            }
        }
        let saved = try #require(try fixture.workspace.answerSet(of: fixture.assessment).respondents.first)
        #expect(saved.answers.keys.sorted() == ["STR-03", "STR-04"])
    }

    @Test func aPlainPostPassesOverTheFieldsOfAFollowUpItsAnswersHide() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone")
        try await fixture.application().test(.router) { client in
            let browser = try await Browser.open(ada.token, with: client)
            let csrf = Browser.csrf(in: try await client.execute(uri: browser.home + "/section/1", method: .get, headers: browser.headers) { $0.body.text })
            // A browser without scripts still sends STR-04's checked option after STR-03 turned to "no".
            try await client.execute(uri: browser.home + "/section/1", method: .post, headers: browser.formHeaders(),
                                     body: formBody([("csrf", csrf), ("choice.STR-03", "no"), ("choice.STR-04", "yes")])) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == browser.home + "/section/2")
            }
        }
        let saved = try #require(try fixture.workspace.answerSet(of: fixture.assessment).respondents.first)
        #expect(saved.answers.keys.sorted() == ["STR-03"])
    }

    @Test func oneRespondentCannotReachAnothersPages() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone")
        _ = try fixture.invite("Bo Lind", role: "ospo-lead")
        let bo = try #require(try fixture.workspace.invitations(assessment: fixture.assessment).last?.uid)
        try await fixture.application().test(.router) { client in
            let browser = try await Browser.open(ada.token, with: client)
            let csrf = Browser.csrf(in: try await client.execute(uri: browser.home + "/section/1", method: .get, headers: browser.headers) { $0.body.text })
            for path in ["", "/section/1", "/finish"] {
                try await client.execute(uri: "/a/\(bo)\(path)", method: .get, headers: browser.headers) { response in
                    #expect(response.status == .notFound)
                }
            }
            try await client.execute(uri: "/a/\(bo)/section/1", method: .post, headers: browser.formHeaders(),
                                     body: formBody([("csrf", csrf), ("choice.STR-01", "no")])) { response in
                #expect(response.status == .notFound)
            }
        }
        #expect(try fixture.workspace.answerSet(of: fixture.assessment).respondents.isEmpty)
    }

    @Test func aClosedAssessmentIsReadOnly() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone")
        try await fixture.application().test(.router) { client in
            let browser = try await Browser.open(ada.token, with: client)
            let csrf = Browser.csrf(in: try await client.execute(uri: browser.home + "/section/1", method: .get, headers: browser.headers) { $0.body.text })
            try await client.execute(uri: browser.home + "/section/1", method: .post, headers: browser.formHeaders(),
                                     body: formBody([("csrf", csrf), ("choice.STR-01", "yes")])) { #expect($0.status == .seeOther) }
            try AssessmentClosing.close(fixture.assessment, in: fixture.workspace)
            try await client.execute(uri: browser.home + "/section/1", method: .get, headers: browser.headers) { response in
                #expect(response.status == .ok)
                #expect(response.body.text.contains("your answers are shown read-only"))
                #expect(response.body.text.contains(#"<div class="question" id="q-STR-01" data-question="STR-01">\#n<fieldset disabled>"#))
            }
            try await client.execute(uri: browser.home + "/section/1", method: .post, headers: browser.formHeaders(),
                                     body: formBody([("csrf", csrf), ("choice.STR-01", "no")])) { #expect($0.status == .conflict) }
            var headers = browser.formHeaders()
            headers[.csrfToken] = csrf
            try await client.execute(uri: browser.home + "/answer", method: .post, headers: headers,
                                     body: formBody([("question", "STR-01"), ("choice", "no")])) { #expect($0.status == .conflict) }
            try await client.execute(uri: browser.home + "/finish", method: .get, headers: browser.headers) { response in
                #expect(response.status == .ok)
                #expect(response.body.text.contains("these are your answers as kept"))
            }
        }
        let saved = try #require(try fixture.workspace.answerSet(of: fixture.assessment).respondents.first)
        #expect(saved.answers["STR-01"]?.choice == .option("yes"))
    }

    @Test func notApplicableNeedsAJustificationAndKeepsWhatWasTyped() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Lee Park", role: "legal")
        try await fixture.application().test(.router) { client in
            let browser = try await Browser.open(ada.token, with: client)
            let form = try fixture.desk.questionnaire(for: try #require(try Self.respondent(fixture, browser)))
            let index = try #require(form.sections.firstIndex { $0.questions.contains { $0.question.id == "POL-05" } })
            let csrf = Browser.csrf(in: try await client.execute(uri: browser.home + "/section/\(index + 1)", method: .get, headers: browser.headers) { $0.body.text })
            try await client.execute(uri: browser.home + "/section/\(index + 1)", method: .post, headers: browser.formHeaders(),
                                     body: formBody([("csrf", csrf), ("choice.POL-05", "na"), ("note.POL-05", "we ship no code")])) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.body.text.contains("&#39;na&#39; on POL-05 needs a justification") || response.body.text.contains("needs a justification"))
                #expect(response.body.text.contains("we ship no code"))
            }
            try await client.execute(uri: browser.home + "/section/\(index + 1)", method: .post, headers: browser.formHeaders(),
                                     body: formBody([("csrf", csrf), ("choice.POL-05", "na"), ("justification.POL-05", "no software is made here")])) { response in
                #expect(response.status == .seeOther)
            }
        }
        let saved = try #require(try fixture.workspace.answerSet(of: fixture.assessment).respondents.first)
        #expect(saved.answers["POL-05"] == Answer(.notApplicable, justification: "no software is made here"))
    }

    static func respondent(_ fixture: WebFixture, _ browser: Browser) throws -> WebRespondent? {
        let uid = String(browser.home.split(separator: "/").last ?? "")
        let token = String(browser.cookie.split(separator: "=", maxSplits: 1).last ?? "")
        return try fixture.desk.respondent(invitation: uid, sessionToken: token)
    }

    @Test func aBodyOverTheLimitGets413() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone")
        try await fixture.application(WebConfiguration(maxBodyBytes: 1_000, badLinksAllowed: 100)).test(.router) { client in
            let browser = try await Browser.open(ada.token, with: client)
            try await client.execute(uri: browser.home + "/answer", method: .post, headers: browser.formHeaders(),
                                     body: ByteBuffer(string: String(repeating: "a", count: 5_000))) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test func repeatedBadLinksAreSlowedDown() async throws {
        let fixture = try WebFixture()
        let clock = ContinuousClock()
        try await fixture.application(WebConfiguration(badLinksAllowed: 2, badLinkDelayMilliseconds: 200)).test(.router) { client in
            // Two bad links are allowed; the third waits 1 × 200 ms before its answer.
            for _ in 0..<2 { try await client.execute(uri: "/r/wrong", method: .get) { #expect($0.status == .notFound) } }
            let start = clock.now
            try await client.execute(uri: "/r/wrong", method: .get) { #expect($0.status == .notFound) }
            #expect(clock.now - start >= .milliseconds(200))
        }
    }
}
