import Foundation
import Hummingbird
import HummingbirdTesting
import MaturityStore
import Testing
@testable import MaturityUseCases
@testable import MaturityWeb

/// The plan page, the profile editor and accepting its plan, through the
/// whole server (`StaffFixture`: Acme Works and Birch Labs, cy a consultant
/// and lee a lead on Acme Works only, vi a viewer).
@Suite struct PlanRouteTests {
    /// A profile that plans: strategy is unassessed in the fixture (no
    /// answers), so its explicit target 2 plans it from level 0.
    static func profile(capacity: String) -> [(String, String)] {
        [("start", "2027-01-04"), ("phase_months", "3"), ("phases", "4"), ("capacity", capacity),
         ("default_target", "2"), ("target.strategy", "2"), ("importance.strategy", "5"),
         ("day_rate", "800"), ("currency", "EUR")]
    }

    @Test func thePlanPageShowsTheStartingProfilesPlanWithLinksByRole() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let page = try await cy.get("/o/acme-works/plan", with: client)
            #expect(page.status == .ok)
            #expect(page.body.text.contains("Planned from assessment \(fixture.acmeAssessment) with the starting profile (no roadmap accepted yet)"))
            #expect(page.body.text.contains(#"href="/o/acme-works/profile">Edit the profile</a>"#))
            #expect(page.body.text.contains("What more or less budget buys"))
            let lee = try await StaffBrowser.logIn("lee", with: client)
            let leePage = try await lee.get("/o/acme-works/plan", with: client)
            #expect(leePage.status == .ok)
            #expect(!leePage.body.text.contains("Edit the profile"))
            #expect(try await lee.get("/o/acme-works/profile", with: client).status == .notFound)
        }
    }

    @Test func savingAProfileKeepsItAndShowsItsPlanNextToTheCurrentOne() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let saved = try await cy.post("/o/acme-works/profile", Self.profile(capacity: "10"), with: client)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/o/acme-works/profile?saved=1")
            let page = try await cy.get("/o/acme-works/profile?saved=1", with: client)
            #expect(page.status == .ok)
            let html = page.body.text
            #expect(html.contains("The edited profile was saved."))
            #expect(html.contains("Accept this plan as the roadmap"))
            #expect(html.contains(#"<th scope="row">Targets reached</th>"#))
            #expect(html.contains(#"name="capacity" value="10""#))
            #expect(html.contains("Edited profile saved by account:cy"))
            #expect(try fixture.workspace.profileDraft(organisation: "acme-works") != nil)
            // Raising capacity changes the plan the editor shows: the phases' capacity figure.
            _ = try await cy.post("/o/acme-works/profile", Self.profile(capacity: "60"), with: client)
            let raised = try await cy.get("/o/acme-works/profile", with: client).body.text
            #expect(raised.contains(#"name="capacity" value="60""#))
            #expect(raised.contains("of 60 person-days"))
        }
    }

    @Test func aProfileTheLoaderRefusesIs422WithTheCLIsMessageAndEverythingTypedKept() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let fields = Self.profile(capacity: "-5") + [("covered", "policy.contribution-policy: the group's policy <applies>")]
            let refused = try await cy.post("/o/acme-works/profile", fields, with: client)
            #expect(refused.status == .unprocessableContent)
            let html = refused.body.text
            // ContentLoader's message for plan.capacity, as `ospo plan` prints it (without the place in the generated file).
            #expect(html.contains("must be greater than 0, found -5"))
            #expect(html.contains(#"name="capacity" value="-5""#))
            #expect(html.contains(#"name="target.strategy" value="2""#))
            #expect(html.contains("policy.contribution-policy: the group&#39;s policy &lt;applies&gt;")
                    || html.contains("policy.contribution-policy: the group&#x27;s policy &lt;applies&gt;"))
            // Kept in the workspace too, so leaving the page loses nothing.
            let again = try await cy.get("/o/acme-works/profile", with: client)
            #expect(again.body.text.contains(#"name="capacity" value="-5""#))
            let badLine = try await cy.post("/o/acme-works/profile", Self.profile(capacity: "10") + [("pins", "strategy.vision")], with: client)
            #expect(badLine.status == .unprocessableContent)
            #expect(badLine.body.text.contains("pins, line 1: write an action id, a colon, then the phase number"))
        }
    }

    @Test func acceptingWithoutAnEditedProfileIs422AndChangesNothing() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let before = try fixture.snapshot()
            let response = try await cy.post("/o/acme-works/plan/accept", with: client)
            #expect(response.status == .unprocessableContent)
            #expect(response.body.text.contains("there is no edited profile to accept: edit the profile and save it, then accept its plan"))
            #expect(try fixture.snapshot() == before)
        }
    }

    @Test func anotherOrganisationsProfileIsNotFoundAndNothingChanges() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let before = try fixture.snapshot()
            #expect(try await cy.post("/o/birch-labs/profile", Self.profile(capacity: "10"), with: client).status == .notFound)
            #expect(try await cy.post("/o/birch-labs/plan/accept", with: client).status == .notFound)
            #expect(try await cy.get("/o/birch-labs/plan", with: client).status == .notFound)
            #expect(try fixture.workspace.profileDraft(organisation: "birch-labs") == nil)
            #expect(try fixture.snapshot() == before)
        }
    }

    @Test func discardingDropsTheDraftAndTheEditorStartsAgainFromTheCurrentProfile() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            _ = try await cy.post("/o/acme-works/profile", Self.profile(capacity: "10"), with: client)
            let discarded = try await cy.post("/o/acme-works/profile/discard", with: client)
            #expect(discarded.status == .seeOther)
            #expect(discarded.headers[.location] == "/o/acme-works/profile?discarded=1")
            #expect(try fixture.workspace.profileDraft(organisation: "acme-works") == nil)
            let page = try await cy.get("/o/acme-works/profile?discarded=1", with: client).body.text
            // The starting profile's capacity (docs/web-plan.md).
            #expect(page.contains(#"name="capacity" value="40""#))
            #expect(!page.contains("Accept this plan as the roadmap"))
        }
    }

    /// A profile edited on the web and accepted leaves the same workspace as
    /// the same profile's YAML accepted through the use case `ospo roadmap
    /// accept` calls, the file's name and the records' uids aside.
    @Test func acceptingOnTheWebLeavesTheSameWorkspaceAsTheCommandLine() async throws {
        let web = try StaffFixture()
        try await web.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            _ = try await cy.post("/o/acme-works/profile", Self.profile(capacity: "60"), with: client)
            let accepted = try await cy.post("/o/acme-works/plan/accept", with: client)
            #expect(accepted.status == .seeOther)
            #expect(accepted.headers[.location] == "/o/acme-works/plan?accepted=1")
            let page = try await cy.get("/o/acme-works/plan?accepted=1", with: client).body.text
            #expect(page.contains("The plan was accepted as the organisation&#39;s roadmap") || page.contains("The plan was accepted as the organisation&#x27;s roadmap"))
            #expect(page.contains("with the profile of the accepted roadmap (plan "))
        }
        #expect(try web.workspace.profileDraft(organisation: "acme-works") == nil)
        let audit = try web.workspace.auditTrail(organisation: "acme-works").first { $0.action == "acceptRoadmap" }
        #expect(audit?.actor == "account:cy")
        #expect(audit?.detail == TeamDesk.profilePath("acme-works"))

        let cli = try StaffFixture()
        let form = ProfileForm(organisation: "Acme Works", dimensions: try Self.dimensions(cli),
                               fields: Dictionary(uniqueKeysWithValues: Self.profile(capacity: "60")))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plan-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try form.yaml().write(to: file, atomically: true, encoding: .utf8)
        _ = try RoadmapAcceptance.accept(in: cli.workspace, organisation: "acme-works", assessment: nil, profilePath: file.path)

        let webExport = Self.normalised(try web.snapshotWithoutAudit())
        let cliExport = Self.normalised(try cli.snapshotWithoutAudit()
            .replacingOccurrences(of: file.path.replacingOccurrences(of: "/", with: "\\/"), with: TeamDesk.profilePath("acme-works"))
            .replacingOccurrences(of: file.path, with: TeamDesk.profilePath("acme-works")))
        #expect(webExport.contains("\"roadmap\""))
        #expect(webExport == cliExport)
    }

    static func dimensions(_ fixture: StaffFixture) throws -> [ProfileForm.Dimension] {
        try fixture.workspace.content(of: fixture.acmeAssessment).rubrics.flatMap(\.dimensions)
            .map { ProfileForm.Dimension(id: $0.id, title: $0.title) }
    }

    /// The export with every uid replaced by its order of first appearance,
    /// so that two workspaces built the same way compare equal.
    static func normalised(_ json: String) -> String {
        let pattern = try? NSRegularExpression(pattern: #""uid"\s*:\s*"([^"]+)""#)
        let range = NSRange(json.startIndex..., in: json)
        var uids: [String] = []
        for match in pattern?.matches(in: json, range: range) ?? [] {
            if let r = Range(match.range(at: 1), in: json), !uids.contains(String(json[r])) { uids.append(String(json[r])) }
        }
        var text = json
        for (index, uid) in uids.enumerated() { text = text.replacingOccurrences(of: uid, with: "uid-\(index)") }
        return text
    }
}
