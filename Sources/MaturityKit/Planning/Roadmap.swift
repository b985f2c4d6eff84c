/// A phased plan of actions towards a profile's targets: what the planner
/// returns and every renderer reads. Built by `Planner`; the same input always
/// gives an equal roadmap.
public struct Roadmap: Sendable, Hashable, Codable {
    /// The organisation planned for: the profile's, else the answers'.
    public var organisation: String?
    public var settings: PlanSettings
    /// Every dimension of the rubrics, in rubric and dimension order.
    public var gaps: [DimensionGap]
    /// One entry per phase of the horizon, empty phases included.
    public var phases: [RoadmapPhase]
    /// Needed actions that are not scheduled, most important first, each
    /// with the reason.
    public var backlog: [BacklogItem]
    /// The projected level of every dimension at the end of each phase.
    public var projection: [LevelProjection]
    public var totals: PlanTotals
    /// Role id → title, for the roles the plan staffs (from the roles files).
    public var roleTitles: [String: String]
    /// Per planned dimension: projected levels, the phase its target is reached, or why not.
    public var targets: [TargetOutcome]
    /// Actions the profile lists in `covered`, with the justification.
    public var covered: [CoveredAction]
    /// Targets the profile as written can never reach, as sentences.
    public var warnings: [String]
    public var value: PlanValue
    /// What-if variants of the plan, when asked for (`ScenarioAnalysis`).
    public var scenarios: [Scenario]

    public init(organisation: String?, settings: PlanSettings, gaps: [DimensionGap], phases: [RoadmapPhase],
                backlog: [BacklogItem], projection: [LevelProjection], totals: PlanTotals,
                roleTitles: [String: String] = [:], targets: [TargetOutcome] = [], covered: [CoveredAction] = [],
                warnings: [String] = [], value: PlanValue = PlanValue(delivered: 0, possible: 0, earliness: 0, searchComplete: true),
                scenarios: [Scenario] = []) {
        self.organisation = organisation
        self.settings = settings
        self.gaps = gaps
        self.phases = phases
        self.backlog = backlog
        self.projection = projection
        self.totals = totals
        self.roleTitles = roleTitles
        self.targets = targets
        self.covered = covered
        self.warnings = warnings
        self.value = value
        self.scenarios = scenarios
    }

    /// Every scheduled action, phase by phase.
    public var scheduledActions: [ScheduledAction] { phases.flatMap(\.actions) }

    /// The phase an action is scheduled to start in, if any.
    public func phase(of action: String) -> Int? {
        phases.first { phase in phase.actions.contains { $0.id == action } }?.number
    }

    public func gap(_ dimension: String) -> DimensionGap? { gaps.first { $0.id == dimension } }

    /// The title of a role, or its id when no roles file names it.
    public func roleTitle(_ role: String) -> String { roleTitles[role] ?? role }
}
