import Foundation
import Hummingbird
import HummingbirdTesting
import MaturityKit
import MaturityStore
import Testing
@testable import MaturityUseCases
@testable import MaturityWeb

/// The consultant's desk: each page and form, the errors, another
/// organisation's records refused, and each change equal to the command
/// line's (`ospo assessment new`, `ospo invite`, the interview's context,
/// `ospo assessment close`).
@Suite struct DeskRouteTests {
    // MARK: - The organisation's page

    @Test func theOrganisationPageShowsScoresAndTheStartFormToAConsultantAndNamesToAViewer() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let page = try await cy.get("/o/acme-works", with: client)
            #expect(page.status == .ok)
            #expect(page.body.text.contains("href=\"/o/acme-works/a/\(fixture.acmeAssessment)\""))
            #expect(page.body.text.contains("Start an assessment"))
            #expect(page.body.text.contains(">Coverage<"))
            // Nothing answered yet: the overall is unassessed, coverage 0 %.
            #expect(page.body.text.contains("unassessed"))
            let vi = try await StaffBrowser.logIn("vi", with: client)
            let seen = try await vi.get("/o/acme-works", with: client)
            #expect(seen.status == .ok)
            #expect(seen.body.text.contains("Assessment \(fixture.acmeAssessment)"))
            #expect(!seen.body.text.contains("Start an assessment"))
            #expect(!seen.body.text.contains(">Coverage<"))
            #expect(!seen.body.text.contains("/a/\(fixture.acmeAssessment)\""))
            #expect(seen.body.text.contains("href=\"/o/acme-works/executive\""))
        }
    }

    @Test func startingAnAssessmentOnTheWebEqualsTheCommandLine() async throws {
        let web = try StaffFixture(), cli = try StaffFixture()
        try await web.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let started = try await cy.post("/o/acme-works/assessments", [("questionnaire", "ospo-pulse"), ("date", "2026-11-21"), ("label", "baseline")],
                                            with: client)
            #expect(started.status == .seeOther)
            #expect(started.headers[.location] == "/o/acme-works/a/3?started=1")
            #expect(try await cy.get("/o/acme-works/a/3?started=1", with: client).body.text.contains("Assessment started."))
        }
        _ = try NewAssessment(organisation: "acme-works", questionnaire: "ospo-pulse", date: CalendarDate(year: 2026, month: 11, day: 21),
                              label: "baseline", libraryFolders: []).run(in: cli.workspace)
        #expect(try web.comparableSnapshot() == cli.comparableSnapshot())
        #expect(try AuditTrail.entries(organisation: "acme-works", in: web.workspace).last?.actor == "account:cy")
    }

    @Test func anEmptyDateIsTodayAndABadOneIsRefusedKeepingWhatWasTyped() async throws {
        let fixture = try StaffFixture()
        let before = try fixture.snapshot()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let refused = try await cy.post("/o/acme-works/assessments", [("questionnaire", "ospo-pulse"), ("date", "21/11/2026"), ("label", "year two")],
                                            with: client)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.body.text.contains("the date takes YYYY-MM-DD, found &#39;21/11/2026&#39;"))
            #expect(refused.body.text.contains("value=\"year two\""))
            #expect(refused.body.text.contains("<option value=\"ospo-pulse\" selected>"))
            #expect(try fixture.snapshot() == before)
            let unknown = try await cy.post("/o/acme-works/assessments", [("questionnaire", "no-such-thing")], with: client)
            #expect(unknown.status == .unprocessableContent)
            #expect(try fixture.snapshot() == before)
            #expect(try await cy.post("/o/acme-works/assessments", [("questionnaire", "ospo-pulse"), ("date", "")], with: client).status == .seeOther)
        }
        #expect(try fixture.workspace.assessments(organisation: "acme-works").last?.date == "2026-11-20")
    }

    // MARK: - Scorecard and answers

    @Test func theScorecardAndTheAnswersBehindADimensionShowEachRespondentsAnswer() async throws {
        let fixture = try StaffFixture()
        let pat = try fixture.workspace.interview(assessment: fixture.acmeAssessment, respondent: "Pat Reyes", role: "executive")
        try pat.record(Answer(.option("yes"), note: "Our CTO <sponsors> it", evidence: "https://example.org/charter"), to: "STR-01")
        let sam = try fixture.workspace.interview(assessment: fixture.acmeAssessment, respondent: "Sam Okafor", role: "ospo-lead")
        try sam.record(Answer(.option("no"), evidence: "javascript:alert(1)"), to: "STR-01")
        let card = try fixture.workspace.scorecard(of: fixture.acmeAssessment)
        let strategy = try #require(card.dimension("strategy"))
        try await fixture.application().test(.router) { client in
            let lee = try await StaffBrowser.logIn("lee", with: client)
            let page = try await lee.get("/o/acme-works/a/\(fixture.acmeAssessment)", with: client)
            #expect(page.status == .ok)
            #expect(page.body.text.contains(String(format: "%.2f", strategy.score ?? -1)))
            // A lead sees scores but not the answers behind them.
            #expect(!page.body.text.contains("/answers/strategy"))
            #expect(try await lee.get("/o/acme-works/a/\(fixture.acmeAssessment)/answers/strategy", with: client).status == .notFound)
            let cy = try await StaffBrowser.logIn("cy", with: client)
            #expect(try await cy.get("/o/acme-works/a/\(fixture.acmeAssessment)", with: client).body.text.contains("/answers/strategy"))
            let answers = try await cy.get("/o/acme-works/a/\(fixture.acmeAssessment)/answers/strategy", with: client)
            #expect(answers.status == .ok)
            #expect(answers.body.text.contains("Pat Reyes"))
            #expect(answers.body.text.contains("Our CTO &lt;sponsors&gt; it"))
            #expect(answers.body.text.contains("<a href=\"https://example.org/charter\""))
            #expect(!answers.body.text.contains("href=\"javascript"))
            // Two answers yes (1) and no (0) on STR-01 differ by 1 ≥ 0.5: dissent.
            #expect(answers.body.text.contains("dissent 1.00"))
            #expect(try await cy.get("/o/acme-works/a/\(fixture.acmeAssessment)/answers/no-such", with: client).status == .notFound)
        }
    }

    @Test func anotherOrganisationsAssessmentIsNotFoundOnEveryPageAndNothingChanges() async throws {
        let fixture = try StaffFixture()
        let before = try fixture.snapshot()
        let invitationsBefore = try fixture.comparableInvitations(assessment: fixture.birchAssessment)
        try await fixture.application().test(.router) { client in
            // ada reaches both organisations: only the address pairs them wrongly.
            let ada = try await StaffBrowser.logIn("ada", with: client)
            let other = "/o/acme-works/a/\(fixture.birchAssessment)"
            for path in ["", "/answers/strategy", "/invitations", "/context", "/close"] {
                #expect(try await ada.get(other + path, with: client).status == .notFound, "\(path)")
            }
            for (path, fields) in [("/invitations", [("name", "Kim Lee"), ("role", "developer")]), ("/context", [("fact.sector", "public")]),
                                   ("/close", [("confirm", "close")])] {
                #expect(try await ada.post(other + path, fields, with: client).status == .notFound, "\(path)")
            }
            let birchInvitation = try fixture.deskInvitation(organisation: "birch-labs")
            let revoke = "/o/acme-works/a/\(fixture.acmeAssessment)/invitations/\(birchInvitation)/revoke"
            #expect(try await ada.post(revoke, with: client).status == .notFound)
        }
        #expect(try fixture.snapshot() == before)
        #expect(try fixture.comparableInvitations(assessment: fixture.birchAssessment) == invitationsBefore)
    }

    // MARK: - Invitations

    @Test func invitingOnTheWebEqualsTheCommandLineAndShowsEachLinkOnce() async throws {
        let web = try StaffFixture(), cli = try StaffFixture()
        let id = web.acmeAssessment
        try await web.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let made = try await cy.post("/o/acme-works/a/\(id)/invitations",
                                         [("name", "Kim Lee"), ("role", "legal"), ("email", "kim@example.org"), ("expires", "2026-12-31"),
                                          ("list", "Noor Haddad, security\n\nIvo Berg, developer, ivo@example.org\n")], with: client)
            #expect(made.status == .ok)
            #expect(made.body.text.components(separatedBy: "http://127.0.0.1:8080/r/").count == 4)
            #expect(made.body.text.contains("readonly"))
            let page = try await cy.get("/o/acme-works/a/\(id)/invitations", with: client)
            #expect(page.body.text.contains("Noor Haddad"))
            #expect(!page.body.text.contains("/r/"))
        }
        _ = try InvitationIssuing.issue(in: cli.workspace, assessment: id,
                                        invitees: [Invitee(name: "Kim Lee", role: "legal", email: "kim@example.org"),
                                                   Invitee(name: "Noor Haddad", role: "security"),
                                                   Invitee(name: "Ivo Berg", role: "developer", email: "ivo@example.org")],
                                        expires: CalendarDate(year: 2026, month: 12, day: 31), baseURL: "http://127.0.0.1:8080")
        #expect(try web.comparableInvitations(assessment: id) == cli.comparableInvitations(assessment: id))
        #expect(try web.comparableSnapshot() == cli.comparableSnapshot())
        // One entry for the list issued in one post, naming the account (the
        // fixture's own invitation, made as the command line makes it, is the other).
        let invites = try AuditTrail.entries(organisation: "acme-works", in: web.workspace).filter { $0.action == "invite" }
        #expect(invites.map(\.actor).filter { $0 == "account:cy" }.count == 1)
        #expect(invites.count == 2)
    }

    @Test func aBadInvitationIsRefusedWithTheCommandLinesMessageAndKeepsWhatWasTyped() async throws {
        let fixture = try StaffFixture()
        let id = fixture.acmeAssessment
        let before = try fixture.comparableInvitations(assessment: id)
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let badLine = try await cy.post("/o/acme-works/a/\(id)/invitations", [("name", "Kim Lee"), ("role", "legal"), ("list", "Noor Haddad")],
                                            with: client)
            #expect(badLine.status == .unprocessableContent)
            #expect(badLine.body.text.contains("line 1: &#39;Noor Haddad&#39; needs a name and a role"))
            #expect(badLine.body.text.contains("value=\"Kim Lee\""))
            #expect(badLine.body.text.contains(">Noor Haddad</textarea>"))
            let past = try await cy.post("/o/acme-works/a/\(id)/invitations", [("name", "Kim Lee"), ("role", "legal"), ("expires", "2026-01-01")],
                                         with: client)
            #expect(past.status == .unprocessableContent)
            #expect(past.body.text.contains("--expires 2026-01-01 is before today (2026-11-20); give a later day"))
            let twice = try await cy.post("/o/acme-works/a/\(id)/invitations", [("name", "Pat Reyes"), ("role", "developer")], with: client)
            #expect(twice.status == .unprocessableContent)
            #expect(twice.body.text.contains("already has a link to assessment \(id)"))
            let nobody = try await cy.post("/o/acme-works/a/\(id)/invitations", [("role", "legal")], with: client)
            #expect(nobody.body.text.contains(DeskError.noInvitee.description))
        }
        #expect(try fixture.comparableInvitations(assessment: id) == before)
    }

    @Test func revokingEndsTheLinkAndTheListShowsWhoStartedAndFinished() async throws {
        let fixture = try StaffFixture()
        let id = fixture.acmeAssessment
        let invitation = try fixture.deskInvitation(organisation: "acme-works")
        // Pat (developer) answers one question: started, not finished.
        let pat = try fixture.workspace.interview(assessment: id, respondent: "Pat Reyes", role: "developer")
        let asked = try fixture.workspace.content(of: id).questionnaire.questions.first { $0.isAsked(of: "developer") && $0.when == nil }
        let question = try #require(asked)
        try pat.record(Answer(AnswerChoice("unknown")), to: question.id)
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let page = try await cy.get("/o/acme-works/a/\(id)/invitations", with: client)
            #expect(page.body.text.contains(">started<"))
            #expect(page.body.text.contains("2026-11-20 10:00"))
            let revoked = try await cy.post("/o/acme-works/a/\(id)/invitations/\(invitation)/revoke", with: client)
            #expect(revoked.status == .seeOther)
            #expect(revoked.headers[.location] == "/o/acme-works/a/\(id)/invitations?revoked=1")
            #expect(try await cy.get("/o/acme-works/a/\(id)/invitations?revoked=1", with: client).body.text.contains(">revoked<"))
            let again = try await cy.post("/o/acme-works/a/\(id)/invitations/\(invitation)/revoke", with: client)
            #expect(again.status == .unprocessableContent)
            #expect(again.body.text.contains("invitation \(invitation) is already revoked"))
        }
        #expect(try fixture.workspace.invitations(assessment: id).first?.revokedAt != nil)
    }

    // MARK: - Context facts

    @Test func statingContextOnTheWebEqualsTheInterviewsAndABadValueIsRefused() async throws {
        let web = try StaffFixture(), cli = try StaffFixture()
        let id = web.acmeAssessment
        try await web.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let form = try await cy.get("/o/acme-works/a/\(id)/context", with: client)
            #expect(form.status == .ok)
            #expect(form.body.text.contains("<option value=\"\">(not stated)</option>"))
            let saved = try await cy.post("/o/acme-works/a/\(id)/context", [("fact.sector", "private"), ("fact.size", "medium"), ("fact.ships-software", "")],
                                          with: client)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/o/acme-works/a/\(id)/context?saved=1")
            let bad = try await cy.post("/o/acme-works/a/\(id)/context", [("fact.sector", "galactic")], with: client)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.body.text.contains("&#39;galactic&#39; is not a value of context fact &#39;sector&#39;"))
        }
        let recorder = try cli.workspace.interview(assessment: id, respondent: "Cy", role: "executive")
        try InterviewSaving.state(fact: "sector", value: "private", with: recorder)
        try InterviewSaving.state(fact: "size", value: "medium", with: recorder)
        #expect(try web.workspace.context(of: id) == cli.workspace.context(of: id))
        #expect(try web.comparableSnapshot() == cli.comparableSnapshot())
        let entry = try #require(try AuditTrail.entries(organisation: "acme-works", in: web.workspace).last)
        #expect(entry.action == "editContext")
        #expect(entry.detail == "sector=private, size=medium")
    }

    // MARK: - Closing

    @Test func closingAsksFirstThenEqualsTheCommandLineAndLeavesTheAssessmentReadOnly() async throws {
        let web = try StaffFixture(), cli = try StaffFixture()
        let id = web.acmeAssessment
        try await web.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let asked = try await cy.post("/o/acme-works/a/\(id)/close", with: client)
            #expect(asked.status == .ok)
            #expect(asked.body.text.contains("Close assessment \(id)?"))
            #expect(try web.workspace.assessment(id).status == .open)
            let closed = try await cy.post("/o/acme-works/a/\(id)/close", [("confirm", "close")], with: client)
            #expect(closed.status == .seeOther)
            #expect(closed.headers[.location] == "/o/acme-works/a/\(id)?closed=1")
            let card = try await cy.get("/o/acme-works/a/\(id)?closed=1", with: client)
            #expect(!card.body.text.contains("/close\""))
            let invitations = try await cy.get("/o/acme-works/a/\(id)/invitations", with: client)
            #expect(!invitations.body.text.contains("Make the links"))
            #expect(!invitations.body.text.contains("/revoke"))
            let invite = try await cy.post("/o/acme-works/a/\(id)/invitations", [("name", "Kim Lee"), ("role", "legal")], with: client)
            #expect(invite.status == .unprocessableContent)
            #expect(invite.body.text.contains("assessment \(id) is closed"))
            #expect(!(try await cy.get("/o/acme-works/a/\(id)/context", with: client)).body.text.contains("<select"))
            let context = try await cy.post("/o/acme-works/a/\(id)/context", [("fact.sector", "public")], with: client)
            #expect(context.status == .unprocessableContent)
        }
        try AssessmentClosing.close(id, in: cli.workspace)
        #expect(try web.comparableSnapshot() == cli.comparableSnapshot())
    }
}
