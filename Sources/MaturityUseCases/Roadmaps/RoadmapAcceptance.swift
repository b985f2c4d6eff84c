import MaturityKit
import MaturityReports
import MaturityStore

/// Plans from an assessment of the workspace and accepts the plan, as
/// `ospo roadmap accept` does (and `ospo demo` for its sample clients).
public enum RoadmapAcceptance {
    /// Scores the assessment against its content snapshot, plans with the
    /// profile, and accepts the roadmap for the organisation, keeping the
    /// profile's text.
    public static func accept(in workspace: any WorkspaceStore, organisation: String, assessment: AssessmentRecord,
                       profile file: ContentFile, by actor: ChangeActor = .currentUser()) throws -> (PlanRecord, Roadmap) {
        let profile = try ContentLoader.loadProfile(file.text, path: file.path)
        let id = assessment.id ?? 0
        let content = try workspace.content(of: id)
        let scorecard = content.engine.score(try workspace.answerSet(of: id))
        let roadmap = try plan(scorecard, content: content, profile: profile)
        let plan = try workspace.acceptRoadmap(roadmap, json: try PlanJSON.render(roadmap), organisation: organisation,
                                               assessment: id, profile: file)
        try AuditTrail.record(.acceptRoadmap, by: actor, about: .assessment(id),
                              subject: "plan \(plan.id ?? 0) accepted from assessment \(id)", detail: file.path, in: workspace)
        return (plan, roadmap)
    }

    /// Plans against the assessment's snapshot, with planning problems as
    /// located diagnostics.
    public static func plan(_ scorecard: Scorecard, content: AssessmentContent, profile: Profile) throws -> Roadmap {
        do {
            return try Planner(rubrics: content.rubrics, roles: content.roles).plan(scorecard, profile: profile)
        } catch {
            throw ContentError(error.diagnostics)
        }
    }
}
