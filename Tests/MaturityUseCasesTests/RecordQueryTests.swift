import Foundation
import Testing
import MaturityKit
import MaturityReports
import MaturityStore
@testable import MaturityUseCases

/// The values `ospo org`, `ospo assessment` and `ospo objective` render,
/// made from the workspace's records.
struct RecordQueryTests {
    static let kestrel = UseCaseTests.kestrel

    /// A workspace holding the Kestrel sample, imported and planned.
    static func workspace() throws -> (Workspace, slug: String, assessment: AssessmentRecord) {
        let workspace = try Workspace.inMemory()
        let answers = try ContentLoader.loadAnswers(try FileAccess.readText(Self.kestrel + "/answers.yaml"), path: "answers.yaml")
        let imported = try workspace.importAnswers(answers, content: try ContentSources.contentFiles(questionnaire: "ospo-interview", libraryFolders: []),
                                                   source: "answers.yaml")
        return (workspace, imported.addedOrganisation?.slug ?? "", imported.assessment)
    }

    @Test func organisationsAndAssessmentsAreListedWithTheirCountsAndScores() throws {
        let (workspace, slug, assessment) = try Self.workspace()
        let id = try #require(assessment.id)
        #expect(try OrganisationQueries.list(workspace) == [OrganisationListing(slug: slug, name: "Kestrel Logistics Group", sector: nil, assessments: 1)])
        let listing = AssessmentListing(id: id, organisation: slug, date: "2026-10-19", questionnaire: "ospo-interview",
                                        version: "2.1.0", status: "open", label: nil)
        #expect(try AssessmentQueries.list(workspace, organisation: nil) == [listing])
        var scored = listing
        scored.overall = try workspace.scorecard(of: id).overall
        #expect(scored.overall != nil)
        #expect(try OrganisationQueries.overview(workspace, organisation: slug)
                == OrganisationOverview(organisation: OrganisationListing(slug: slug, name: "Kestrel Logistics Group", sector: nil, assessments: 1),
                                        assessments: [scored], plans: 0, currentPlan: nil))
        #expect(try AssessmentQueries.overview(workspace, assessment: id) == AssessmentOverview(assessment: listing, scorecard: try workspace.scorecard(of: id)))
    }

    @Test func objectivesOfTheAcceptedPlanCarryTheirRolesUnitsAndDirections() throws {
        let (workspace, slug, assessment) = try Self.workspace()
        let profile = ContentFile(path: "profile.yaml", text: try FileAccess.readText(Self.kestrel + "/profile.yaml"))
        let (plan, roadmap) = try RoadmapAcceptance.accept(in: workspace, organisation: slug, assessment: assessment, profile: profile)
        let objectives = try ObjectiveQueries.list(workspace, organisation: slug)
        let scheduled = roadmap.phases.flatMap(\.actions)
        #expect(objectives.map(\.action) == (try workspace.objectives(plan: plan.id ?? 0)).map(\.objective.actionId))
        #expect(objectives.count == scheduled.count)
        #expect(objectives.allSatisfy { $0.state == .planned })
        let first = try #require(scheduled.first { !$0.measures.isEmpty })
        let detail = try ObjectiveQueries.detail(workspace, objective: first.id, organisation: slug)
        #expect(detail.roles == first.roles)
        #expect(detail.measures.map(\.id) == first.measures.map(\.measure).map(\.id))
        #expect(detail.measures.map(\.unit) == first.measures.map(\.measure).map(\.unit))
        #expect(detail.measures.map(\.direction) == first.measures.map(\.measure).map(\.direction))
        #expect(detail.history.map(\.status) == ["planned"])
    }
}
