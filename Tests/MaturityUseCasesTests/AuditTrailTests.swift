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
        // The first three are the fixture's import and roadmap, by the tests' own user.
        #expect(entries.map(\.action) == ["startAssessment", "importAnswers", "acceptRoadmap", "moveObjective", "recordReading"])
        #expect(entries.dropFirst(3).map { "\($0.actor) | \($0.subject) | \($0.detail ?? "-")" } == [
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

/// Starting an assessment and importing answers are in the trail too.
struct AuditTrailImportTests {
    @Test func anImportThatStartsAnAssessmentRecordsBoth() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = try Workspace.inMemory()
        let file = try folder.write("acme.yaml", Samples.acmeAnswers)
        _ = try AnswersImport.prepare(file: file, assessment: nil, libraryFolders: []).run(by: .account("ben"), in: workspace)
        // Ada's two answers (STR-01, STR-02) are the 2 recorded.
        #expect(try AuditTrail.entries(organisation: "acme-works", in: workspace).map { "\($0.actor) \($0.action) \($0.subject)" } == [
            "account:ben startAssessment assessment 1 started from \(file)",
            "account:ben importAnswers 2 answers imported into assessment 1 from \(file)",
        ])
    }
}
