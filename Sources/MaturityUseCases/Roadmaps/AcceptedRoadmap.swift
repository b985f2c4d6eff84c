import MaturityKit
import MaturityStore

/// A roadmap accepted for an organisation, as `ospo roadmap accept` reports it.
public struct AcceptedRoadmap: Sendable {
    public var organisation: String
    public var assessment: AssessmentRecord
    public var plan: PlanRecord
    public var roadmap: Roadmap

    /// "accepted plan P for ORG from assessment A: N objectives over K phases, B in the backlog".
    public var line: String {
        let count = roadmap.scheduledActions.count
        return "accepted plan \(plan.id ?? 0) for \(organisation) from assessment \(assessment.id ?? 0): \(count) objective\(count == 1 ? "" : "s") over \(roadmap.phases.count) phases, \(roadmap.backlog.count) in the backlog"
    }
}

extension RoadmapAcceptance {
    /// Accepts a roadmap planned from the assessment numbered `id`, or else
    /// the organisation's latest, with the profile at `profilePath`.
    public static func accept(in workspace: any WorkspaceStore, organisation: String, assessment id: Int64?,
                              profilePath: String) throws -> AcceptedRoadmap {
        let assessment = try id.map { try workspace.assessment($0) } ?? workspace.latestAssessment(organisation: organisation)
        let profile = ContentFile(path: profilePath, text: try FileAccess.readText(profilePath))
        let (plan, roadmap) = try accept(in: workspace, organisation: organisation, assessment: assessment, profile: profile)
        return AcceptedRoadmap(organisation: organisation, assessment: assessment, plan: plan, roadmap: roadmap)
    }
}
