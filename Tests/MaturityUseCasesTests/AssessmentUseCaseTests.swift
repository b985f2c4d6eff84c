import Foundation
import Testing
import MaturityKit
import MaturityStore
@testable import MaturityUseCases

/// `NewAssessment` and `AssessmentClosing`, as `ospo assessment new|close` call them.
struct AssessmentUseCaseTests {
    @Test func aNewAssessmentFindsItsContentBeforeAnyWorkspace() throws {
        #expect(throws: UseCaseError.unknownQuestionnaire("nope", known: ["ospo-interview", "ospo-pulse", "todo-stages"])) {
            try NewAssessment(organisation: "acme-works", questionnaire: "nope", date: Samples.day, libraryFolders: [])
        }
        let workspace = try Workspace.inMemory()
        let start = try NewAssessment(organisation: "acme-works", questionnaire: "ospo-interview", date: Samples.day,
                                      label: "baseline", libraryFolders: [])
        #expect(throws: WorkspaceError.unknownOrganisation("acme-works", known: [])) { try start.run(in: workspace) }
        _ = try workspace.addOrganisation(name: "Acme Works")
        let record = try start.run(in: workspace)
        #expect(start.line(for: record) == "started assessment 1 of acme-works (ospo-interview 2.1.0, 2026-11-09)")
        #expect(record.label == "baseline")
    }

    @Test func anAssessmentClosesOnce() throws {
        let workspace = try Samples.acmeWorkspace()
        #expect(try AssessmentClosing.close(1, in: workspace) == "closed assessment 1")
        #expect(throws: WorkspaceError.assessmentAlreadyClosed(1)) { try AssessmentClosing.close(1, in: workspace) }
        #expect(throws: WorkspaceError.unknownAssessment(7)) { try AssessmentClosing.close(7, in: workspace) }
    }
}
