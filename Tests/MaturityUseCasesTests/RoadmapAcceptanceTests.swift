import Foundation
import Testing
import MaturityKit
import MaturityStore
@testable import MaturityUseCases

/// `RoadmapAcceptance.accept(…profilePath:)`, as `ospo roadmap accept` calls it.
struct RoadmapAcceptanceTests {
    static let profile = UseCaseTests.kestrel + "/profile.yaml"

    @Test func theLatestAssessmentIsPlannedWhenNoneIsNamed() throws {
        let workspace = try Workspace.inMemory()
        _ = try AnswersImport.prepare(file: UseCaseTests.kestrel + "/answers.yaml", assessment: nil, libraryFolders: []).run(in: workspace)
        let accepted = try RoadmapAcceptance.accept(in: workspace, organisation: "kestrel-logistics-group", assessment: nil,
                                                    profilePath: Self.profile)
        #expect(accepted.assessment.id == 1)
        #expect(accepted.plan.id == 1)
        let count = accepted.roadmap.scheduledActions.count
        #expect(count > 0)
        #expect(accepted.line.hasPrefix("accepted plan 1 for kestrel-logistics-group from assessment 1: \(count) objectives over "))
        // One objective for every scheduled action.
        #expect(try ObjectiveQueries.list(workspace, organisation: "kestrel-logistics-group").count == count)
    }

    @Test func aMissingAssessmentOrProfileIsRefused() throws {
        let workspace = try Samples.acmeWorkspace()
        #expect(throws: WorkspaceError.unknownAssessment(8)) {
            try RoadmapAcceptance.accept(in: workspace, organisation: "acme-works", assessment: 8, profilePath: Self.profile)
        }
        #expect(throws: FileAccess.Failure(description: "/nowhere/profile.yaml: error: no such file; check the path")) {
            try RoadmapAcceptance.accept(in: workspace, organisation: "acme-works", assessment: nil, profilePath: "/nowhere/profile.yaml")
        }
        #expect(throws: WorkspaceError.noAssessmentYet(organisation: "beta")) {
            _ = try workspace.addOrganisation(name: "Beta")
            return try RoadmapAcceptance.accept(in: workspace, organisation: "beta", assessment: nil, profilePath: Self.profile)
        }
    }
}
