import MaturityKit
import MaturityReports
import MaturityStore

extension ReportSubjects {
    /// A report's subject from the workspace.
    ///
    /// - assessment: the assessment (`--assessment`, else the organisation's
    ///   latest), with the targets of `--profile` or else of the
    ///   organisation's current plan, if it has one;
    /// - executive, roadmap: with `--profile`, planned afresh from the
    ///   assessment; else the accepted plan (the current one, or with
    ///   `--assessment` the latest plan made from that assessment), planned
    ///   again from its assessment and stored profile against the
    ///   assessment's content snapshot, which gives the roadmap that was
    ///   accepted;
    /// - progress: the organisation's objectives, readings and assessments
    ///   as of `asOf`;
    /// - portfolio: every organisation of the workspace, grouped by sector.
    public static func fromWorkspace(_ kind: ReportKind, workspace: any WorkspaceStore, organisation: String?, assessment: Int64?,
                                     profilePath: String?, asOf: CalendarDate) throws -> ReportBuild {
        let givenProfile = try profilePath.map { try ContentLoader.loadProfile(try FileAccess.readText($0), path: $0) }
        switch kind {
        case .portfolio:
            return ReportBuild(subject: .portfolio(try workspace.portfolio()), warnings: [])
        case .progress:
            let slug = try organisationRecord(workspace, organisation: organisation, assessment: assessment).slug
            return ReportBuild(subject: .progress(try workspace.progressReport(organisation: slug, asOf: asOf)), warnings: [])
        case .assessment:
            let record = try assessmentRecord(workspace, organisation: organisation, assessment: assessment)
            let id = record.id ?? 0
            let content = try workspace.content(of: id)
            let card = content.engine.score(try workspace.answerSet(of: id))
            var profile = givenProfile
            if profile == nil {
                let slug = try organisationRecord(workspace, organisation: nil, assessment: id).slug
                if let plan = try workspace.plans(organisation: slug).last(where: { $0.supersededAt == nil }) {
                    profile = try workspace.profile(of: plan)
                }
            }
            if let profile { try checkProfile(profile, rubrics: content.rubrics) }
            return ReportBuild(subject: .assessment(card, rubrics: content.rubrics, profile: profile), warnings: [])
        case .executive, .roadmap:
            let assessmentId: Int64
            let profile: Profile
            var accepted: PlanRecord?
            if let givenProfile {
                assessmentId = try assessmentRecord(workspace, organisation: organisation, assessment: assessment).id ?? 0
                profile = givenProfile
            } else {
                let plan = try acceptedPlan(workspace, organisation: organisation, assessment: assessment, kind: kind)
                guard let stored = try workspace.profile(of: plan) else {
                    throw UseCaseError.planLostProfile(plan.id ?? 0)
                }
                assessmentId = plan.assessmentId
                profile = stored
                accepted = plan
            }
            let content = try workspace.content(of: assessmentId)
            let card = content.engine.score(try workspace.answerSet(of: assessmentId))
            try checkProfile(profile, rubrics: content.rubrics)
            let roadmap = try RoadmapAcceptance.plan(card, content: content, profile: profile)
            var warnings: [String] = []
            if let accepted, try Self.drifted(roadmap, from: accepted, in: workspace) {
                warnings.append("warning: the answers of assessment \(assessmentId) changed after plan \(accepted.id ?? 0) was accepted; this report plans again from the current answers with the plan's profile, so it may differ from the objectives being tracked")
            }
            let planner = Planner(rubrics: content.rubrics, roles: content.roles)
            return ReportBuild(subject: kind == .executive
                                   ? .executive(card, withScenarios(roadmap, planner: planner, card: card, profile: profile), rubrics: content.rubrics)
                                   : .roadmap(roadmap, rubrics: content.rubrics),
                               warnings: warnings)
        }
    }

    /// Whether planning again gives another roadmap than the plan accepted:
    /// the values compared, or for a plan accepted before the workspace kept
    /// the value, the text `ospo plan --format json` printed then.
    static func drifted(_ roadmap: Roadmap, from plan: PlanRecord, in workspace: any WorkspaceStore) throws -> Bool {
        if let accepted = try workspace.acceptedRoadmap(of: plan) { return accepted != roadmap }
        return (try? PlanJSON.render(roadmap)) != plan.roadmap
    }

    /// `--assessment ID`, else the latest assessment of `--org ORG`.
    private static func assessmentRecord(_ workspace: any WorkspaceStore, organisation: String?, assessment: Int64?) throws -> AssessmentRecord {
        if let assessment { return try workspace.assessment(assessment) }
        guard let organisation else { throw UseCaseError.noSubject }
        return try workspace.latestAssessment(organisation: organisation)
    }

    /// `--org ORG`, else the organisation `--assessment ID` belongs to.
    private static func organisationRecord(_ workspace: any WorkspaceStore, organisation: String?, assessment: Int64?) throws -> OrganisationRecord {
        if let organisation { return try workspace.organisation(organisation) }
        guard let assessment else { throw UseCaseError.noSubject }
        let record = try workspace.assessment(assessment)
        guard let owner = try workspace.organisations().first(where: { $0.id == record.organisationId }) else {
            throw UseCaseError.orphanAssessment(assessment)
        }
        return owner
    }

    /// The organisation's current accepted plan; with `--assessment`, the
    /// latest plan made from that assessment.
    private static func acceptedPlan(_ workspace: any WorkspaceStore, organisation: String?, assessment: Int64?,
                                     kind: ReportKind) throws -> PlanRecord {
        let owner = try organisationRecord(workspace, organisation: organisation, assessment: assessment)
        let plans = try workspace.plans(organisation: owner.slug)
        if let assessment {
            let fromIt = plans.filter { $0.assessmentId == assessment }
            if let plan = fromIt.first(where: { $0.supersededAt == nil }) ?? fromIt.last { return plan }
            throw UseCaseError.noAcceptedRoadmap(organisation: owner.slug, assessment: assessment, report: kind.rawValue)
        }
        guard let plan = plans.last(where: { $0.supersededAt == nil }) else {
            throw UseCaseError.noAcceptedRoadmap(organisation: owner.slug, assessment: nil, report: kind.rawValue)
        }
        return plan
    }
}
