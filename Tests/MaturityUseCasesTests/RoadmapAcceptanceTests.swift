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

    /// Another roadmap than the one accepted: planned for someone else, with more capacity.
    static func changed(_ roadmap: Roadmap) -> Roadmap {
        var other = roadmap
        other.organisation = "Someone Else"
        other.settings.capacity += 1
        return other
    }

    static func kestrelAccepted() throws -> (Workspace, AcceptedRoadmap) {
        let workspace = try Workspace.inMemory()
        _ = try AnswersImport.prepare(file: UseCaseTests.kestrel + "/answers.yaml", assessment: nil, libraryFolders: []).run(in: workspace)
        let accepted = try RoadmapAcceptance.accept(in: workspace, organisation: "kestrel-logistics-group", assessment: nil,
                                                    profilePath: Self.profile)
        return (workspace, accepted)
    }

    @Test func theAcceptedRoadmapIsKeptAsAValueAndComparedAsOne() throws {
        let (workspace, accepted) = try Self.kestrelAccepted()
        #expect(try workspace.acceptedRoadmap(of: accepted.plan) == accepted.roadmap)
        #expect(try !ReportSubjects.drifted(accepted.roadmap, from: accepted.plan, in: workspace))
        #expect(try ReportSubjects.drifted(Self.changed(accepted.roadmap), from: accepted.plan, in: workspace))
    }

    @Test func bundlesCarryTheRoadmapValueAndPlansWithoutOneCompareTheirText() throws {
        let (workspace, accepted) = try Self.kestrelAccepted()
        let bundle = try workspace.export()
        #expect(bundle.plans.first?.roadmapValue != nil)
        let restored = try Workspace.inMemory()
        _ = try restored.importBundle(bundle)
        let plan = try restored.currentPlan(organisation: "kestrel-logistics-group")
        #expect(try restored.acceptedRoadmap(of: plan) == accepted.roadmap)

        // A bundle written before roadmaps were kept as values: the text
        // printed at acceptance is compared instead.
        var older = bundle
        older.plans[0].roadmapValue = nil
        let fromOlder = try Workspace.inMemory()
        _ = try fromOlder.importBundle(older)
        let olderPlan = try fromOlder.currentPlan(organisation: "kestrel-logistics-group")
        #expect(try fromOlder.acceptedRoadmap(of: olderPlan) == nil)
        #expect(try !ReportSubjects.drifted(accepted.roadmap, from: olderPlan, in: fromOlder))
        #expect(try ReportSubjects.drifted(Self.changed(accepted.roadmap), from: olderPlan, in: fromOlder))

        // A value this version cannot read is refused, and nothing is imported.
        var damaged = bundle
        damaged.plans[0].roadmapValue = "{}"
        let target = try Workspace.inMemory()
        #expect(throws: BundleError.invalidValue(path: "bundle", line: 0, column: 0, field: "roadmap_value", value: "{}",
                                                 expected: "a roadmap as 'ospo export' writes it")) {
            try target.importBundle(damaged)
        }
        #expect(try target.organisations().isEmpty)
    }
}
