import Foundation
import MaturityKit
import MaturityStore
import Testing
@testable import MaturityUseCases

/// The plan use cases of the web, without the web: a draft is kept whatever
/// it holds, a yes for one action runs no other, and accepting drops the draft.
@Suite struct PlanDeskTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 20)

    static func desk() throws -> (Workspace, TeamDesk) {
        let workspace = try Workspace.inMemory(clock: { Date(timeIntervalSince1970: 1_795_168_800) })
        workspace.fixedToday = today
        try workspace.addOrganisation(name: "Acme Works")
        _ = try NewAssessment(organisation: "acme-works", questionnaire: "ospo-interview", date: today, libraryFolders: []).run(in: workspace)
        return (workspace, try TeamDesk(workspace: workspace))
    }

    static let fields = ["start": "2027-01-04", "phase_months": "3", "phases": "4", "capacity": "60",
                         "target.strategy": "2", "importance.strategy": "5"]

    @Test func aDraftIsKeptEvenWhenItDoesNotLoadAndAcceptingDropsIt() throws {
        let (workspace, desk) = try Self.desk()
        let cy = SignedInAccount(name: "cy", role: .consultant, scope: .only(["acme-works"]))
        let edit = try desk.authorise(cy, .editProfile, organisation: "acme-works")
        var broken = Self.fields
        broken["phases"] = "many"
        let refused = try #require(try desk.saveProfile(fields: broken, under: edit))
        #expect(refused.error == "error: expected a whole number, found 'many'")
        #expect(refused.form.value("phases") == "many")
        #expect(refused.proposed == nil)
        let saved = try #require(try desk.saveProfile(fields: Self.fields, under: edit))
        #expect(saved.error == nil)
        // Strategy, unassessed, explicitly targeted at 2 with importance 5: 5 × 2 = 10 possible.
        #expect(saved.proposed?.headline.value == "10 of 10")
        let accept = try desk.authorise(cy, .acceptRoadmap, organisation: "acme-works")
        #expect(try desk.acceptProfile(under: accept).hasPrefix("accepted plan 1 for acme-works from assessment 1: "))
        #expect(try workspace.profileDraft(organisation: "acme-works") == nil)
        #expect(try workspace.plans(organisation: "acme-works").count == 1)
    }

    @Test func aYesForEditingDoesNotAccept() throws {
        let (workspace, desk) = try Self.desk()
        let cy = SignedInAccount(name: "cy", role: .consultant, scope: .only(["acme-works"]))
        let edit = try desk.authorise(cy, .editProfile, organisation: "acme-works")
        _ = try desk.saveProfile(fields: Self.fields, under: edit)
        #expect(throws: TeamError.notFound) { try desk.acceptProfile(under: edit) }
        #expect(try workspace.plans(organisation: "acme-works").isEmpty)
    }
}
