import MaturityKit
import MaturityReports
import MaturityStore

/// The plan page, the profile editor and accepting its plan: the same
/// loading, planning and acceptance as `ospo plan --profile` and
/// `ospo roadmap accept`, with the edited profile kept in the workspace
/// (`ProfileDraftStore`) until it is accepted or discarded.
extension TeamDesk {
    /// The plan the organisation's current profile gives for its latest
    /// assessment, with its scenarios; nil when it has no assessment yet.
    /// Shown under `viewPlan`, and under `acceptRoadmap` when an acceptance
    /// is refused (whoever may accept may see the plan).
    public func planOverview(under yes: Authorised) throws -> PlanOverview? {
        if yes.action != .acceptRoadmap { try yes.require(.viewPlan) }
        let slug = try yes.organisationSlug()
        guard let basis = try planningBasis(slug) else { return nil }
        let (profile, source) = try currentProfile(slug)
        return PlanOverview(assessment: basis.assessment, profileSource: source,
                            page: PlanPage(try basis.roadmap(profile)),
                            hasDraft: try drafts().profileDraft(organisation: slug) != nil)
    }

    /// The profile editor: the kept draft if there is one, else the current profile.
    public func profileEditor(under yes: Authorised) throws -> ProfileEditor? {
        try yes.require(.editProfile)
        let slug = try yes.organisationSlug()
        guard let basis = try planningBasis(slug) else { return nil }
        let (profile, _) = try currentProfile(slug)
        let organisation = yes.organisation?.name ?? slug
        let draft = try drafts().profileDraft(organisation: slug)
        let form = draft.map { ProfileForm(organisation: organisation, dimensions: basis.dimensions, fields: ProfileForm.decode($0.fields)) }
            ?? ProfileForm(profile: profile, organisation: organisation, dimensions: basis.dimensions)
        var editor = ProfileEditor(assessment: basis.assessment, form: form, current: PlanPage(try basis.roadmap(profile)),
                                   draftNote: draft.map { "saved by \($0.savedBy) at \($0.savedAt)" })
        if draft != nil {
            do {
                editor.proposed = PlanPage(try basis.roadmap(try Self.loadProfile(form, slug: slug)))
            } catch {
                editor.error = "\(Self.message(error))"
            }
        }
        return editor
    }

    /// Keeps the posted fields as the organisation's draft (whatever they
    /// hold), then plans with them: the editor shows the plan or the CLI's message.
    public func saveProfile(fields: [String: String], under yes: Authorised) throws -> ProfileEditor? {
        try yes.require(.editProfile)
        let slug = try yes.organisationSlug()
        guard let basis = try planningBasis(slug) else { return nil }
        let form = ProfileForm(organisation: yes.organisation?.name ?? slug, dimensions: basis.dimensions, fields: fields)
        try drafts().saveProfileDraft(organisation: slug, fields: try form.encoded(), by: yes.actor.description)
        return try profileEditor(under: yes)
    }

    /// Drops the organisation's draft; the editor starts again from the current profile.
    public func discardProfile(under yes: Authorised) throws {
        try yes.require(.editProfile)
        try drafts().discardProfileDraft(organisation: try yes.organisationSlug())
    }

    /// Accepts the draft's plan as the organisation's roadmap, as `ospo
    /// roadmap accept --org ORG --profile FILE` does with the draft's YAML
    /// (same stored profile text and plan, audit trail naming the account),
    /// then drops the draft. Returns the CLI's line.
    public func acceptProfile(under yes: Authorised) throws -> String {
        try yes.require(.acceptRoadmap)
        let slug = try yes.organisationSlug()
        guard let draft = try drafts().profileDraft(organisation: slug), let basis = try planningBasis(slug) else {
            throw ProfileFormError.noDraft
        }
        let form = ProfileForm(organisation: yes.organisation?.name ?? slug, dimensions: basis.dimensions,
                               fields: ProfileForm.decode(draft.fields))
        let file = ContentFile(path: Self.profilePath(slug), text: try form.yaml())
        let assessment = try workspace.assessment(basis.assessment)
        let (plan, roadmap) = try RoadmapAcceptance.accept(in: workspace, organisation: slug, assessment: assessment,
                                                           profile: file, by: yes.actor)
        try drafts().discardProfileDraft(organisation: slug)
        return AcceptedRoadmap(organisation: slug, assessment: assessment, plan: plan, roadmap: roadmap).line
    }

    /// The name the workspace keeps a profile edited on the web under.
    public static func profilePath(_ slug: String) -> String { "\(slug)-profile.yaml" }

    // MARK: - Helpers

    /// The latest assessment, scored against its snapshot, ready to plan.
    struct PlanningBasis {
        var assessment: Int64
        var content: AssessmentContent
        var scorecard: Scorecard
        var dimensions: [ProfileForm.Dimension] {
            content.rubrics.flatMap(\.dimensions).map { ProfileForm.Dimension(id: $0.id, title: $0.title) }
        }

        /// The plan `profile` gives, with the planner's scenarios, as `ospo plan --scenarios`.
        func roadmap(_ profile: Profile) throws -> Roadmap {
            var roadmap = try RoadmapAcceptance.plan(scorecard, content: content, profile: profile)
            roadmap.scenarios = ScenarioAnalysis.scenarios(planner: Planner(rubrics: content.rubrics, roles: content.roles),
                                                           scorecard: scorecard, profile: profile)
            return roadmap
        }
    }

    func planningBasis(_ slug: String) throws -> PlanningBasis? {
        // As `ospo roadmap accept` chooses without --assessment.
        guard !(try workspace.assessments(organisation: slug)).isEmpty,
              let id = try workspace.latestAssessment(organisation: slug).id else { return nil }
        let content = try workspace.content(of: id)
        return PlanningBasis(assessment: id, content: content, scorecard: content.engine.score(try workspace.answerSet(of: id)))
    }

    /// The accepted roadmap's profile, else the default one (docs/web-plan.md).
    func currentProfile(_ slug: String) throws -> (Profile, String) {
        if let plan = try workspace.plans(organisation: slug).last(where: { $0.supersededAt == nil }),
           let profile = try workspace.profile(of: plan) {
            return (profile, "the profile of the accepted roadmap (plan \(plan.id ?? 0))")
        }
        let today = CalendarDate(try AccountError.accountStore(workspace).currentDate)
        let profile = Profile(defaultTarget: 2, plan: PlanSettings(start: today, phaseMonths: 3, phases: 4, capacity: 40))
        return (profile, "the starting profile (no roadmap accepted yet): level 2 for every assessed dimension, 4 phases of 3 months, 40 person-days each")
    }

    static func loadProfile(_ form: ProfileForm, slug: String) throws -> Profile {
        try ContentLoader.loadProfile(try form.yaml(), path: profilePath(slug))
    }

    /// A loader's or planner's diagnostics without the place in the
    /// generated YAML, which the person at the form never sees.
    static func message(_ error: Error) -> String {
        guard let content = error as? ContentError else { return "\(error)" }
        return content.diagnostics.filter { $0.severity == .error }.map { "error: \($0.message)" }.joined(separator: "\n")
    }

    func drafts() throws -> any ProfileDraftStore {
        guard let store = workspace as? any ProfileDraftStore else { throw ProfileFormError.draftsUnsupported }
        return store
    }
}
