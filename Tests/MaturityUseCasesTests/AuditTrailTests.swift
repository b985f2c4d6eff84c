import Foundation
import MaturityStore
import Testing
@testable import MaturityUseCases

/// The use cases that change a plan record who made the change.
struct AuditTrailTests {
    @Test func changesToAPlanNameTheirActorAndOrganisation() throws {
        let workspace = try Samples.kestrelWorkspace()
        let slug = try #require(try workspace.organisations().first?.slug)
        let detail = try ObjectiveQueries.detail(workspace, objective: "1", organisation: nil)
        let measure = try #require(detail.measures.first).id
        let action = detail.objective.action

        try ObjectiveStatusChange.apply(.inProgress, objective: "1", note: "kick-off", by: .account("lena"), in: workspace)
        try MeasureReading(objective: "1", measure: measure, value: "0,5", date: Samples.day)
            .record(by: .commandLine(user: "ops"), in: workspace)

        let entries = try AuditTrail.entries(organisation: slug, in: workspace)
        // The first entry is the roadmap the fixture accepted, by the tests' own user.
        #expect(entries.map(\.action) == ["acceptRoadmap", "moveObjective", "recordReading"])
        #expect(entries.dropFirst().map { "\($0.actor) | \($0.subject) | \($0.detail ?? "-")" } == [
            "account:lena | objective 1 (\(action)) → in-progress | kick-off",
            "cli:ops | reading 0.5 of \(measure) on 2026-11-09 | -",
        ])
        #expect(entries.allSatisfy { $0.organisationId == (try? workspace.organisation(slug).id) })
    }

    @Test func aRefusedChangeLeavesNoEntry() throws {
        let workspace = try Samples.kestrelWorkspace()
        let before = try AuditTrail.entries(organisation: nil, in: workspace).count
        #expect(throws: WorkspaceError.unknownObjective("999")) {
            try ObjectiveStatusChange.apply(.done, objective: "999", by: .account("lena"), in: workspace)
        }
        #expect(try AuditTrail.entries(organisation: nil, in: workspace).count == before)
    }

    @Test func theCommandLineActorIsTheUser() {
        #expect(ChangeActor.currentUser(environment: ["USER": "dana"]).description == "cli:dana")
        #expect(ChangeActor.account("ben").description == "account:ben")
    }
}
