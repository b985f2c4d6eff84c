/// Turns gaps into a phased roadmap that delivers as much of the targets as
/// it can by the horizon's end (docs/planning.md).
///
/// - Needed actions: for every planned dimension the actions of the levels
///   above its current level up to its target, plus, transitively, what they
///   require and every lower level of the same dimension, minus what is
///   satisfied (at or below the current level, or listed in `done` or `covered`).
/// - Objective: Σ over planned dimensions of importance × levels reached by
///   the end of the last phase (capped at the target); earlier delivery
///   breaks ties.
/// - Rules: no phase over its capacity; an action starts only after
///   everything it waits for is finished in an earlier phase; an action
///   larger than one phase may take runs across consecutive phases; pins
///   are honoured or refused; excluded actions, and what needs them, are
///   never scheduled.
/// - Method: `ValueScheduler` (level steps, greedy by value per person-day,
///   then branch and bound).
///
/// Pure and deterministic: the same rubrics, levels and profile always give
/// an equal roadmap.
public struct Planner: Sendable {
    public let rubrics: [Rubric]
    /// Used for role titles only.
    public let roles: [Role]

    /// A quick win has at least this impact…
    public static let quickWinImpact = 4
    /// …for at most this many person-days.
    public static let quickWinEffort = 5.0
    /// Slack when comparing sums of person-days, so 0.1 + 0.2 fits in 0.3.
    static let tolerance = 1e-9

    public init(rubrics: [Rubric], roles: [Role] = []) {
        self.rubrics = rubrics
        self.roles = roles
    }

    /// Plans from a scorecard: its assessed levels, and its organisation
    /// unless the profile names one.
    /// Actions that do not apply to its context are not planned, and
    /// efforts that scale with its size band are scaled (`ContextPlanning`).
    public func plan(_ scorecard: Scorecard, profile: Profile) throws(PlanningError) -> Roadmap {
        try plan(levels: GapAnalysis.levels(of: scorecard), organisation: scorecard.organisation,
                 profile: profile, context: scorecard.context)
    }

    /// Plans from assessed levels, for an organisation the profile names, or else `organisation`.
    /// - Parameter levels: dimension id → current level; a dimension missing
    ///   here is unassessed (it counts as level 0, and is planned only when
    ///   the profile lists it in `targets`).
    /// - Throws: `PlanningError` with every problem found in the profile (and
    ///   the rubrics' `requires`), each located at its entry.
    /// - Parameter context: the organisation's stated context facts; the
    ///   profile is checked against every action, planning uses those that apply.
    public func plan(levels: [String: Int], organisation: String? = nil, profile: Profile,
                     context: [ContextValue] = []) throws(PlanningError) -> Roadmap {
        let problems = check(profile)
        if problems.hasErrors { throw PlanningError(problems.errors) }
        let rubrics = ContextPlanning.rubrics(rubrics, context: context)
        let gaps = GapAnalysis.gaps(levels: levels, rubrics: rubrics, profile: profile)
        let graph = try PlanningGraph(rubrics: rubrics, gaps: gaps, profile: profile)
        let (pins, pinProblems) = validPins(profile, graph: graph)
        var scheduler = ValueScheduler(graph: graph, settings: profile.plan, pins: pins, profile: profile)
        scheduler.run(pinsOnly: !pinProblems.isEmpty)
        let errors = pinProblems + scheduler.problems
        if !errors.isEmpty { throw PlanningError(errors) }
        return RoadmapAssembler(graph: graph, scheduler: scheduler, settings: profile.plan, roles: roles)
            .roadmap(organisation: profile.organisation ?? organisation)
    }

    // MARK: - Checks before planning

    /// The profile checks of `LibraryValidator`, plus what only the planner
    /// relies on: acyclic, resolvable `requires`, positive efforts and pins
    /// numbered from 1.
    func check(_ profile: Profile) -> [Diagnostic] {
        var out = LibraryValidator.validate(profile, rubrics: rubrics)
        let actions = rubrics.flatMap { $0.dimensions.flatMap(\.actions) }
        let ids = Set(actions.map(\.id))
        for action in actions {
            if !(action.effort > 0) {
                out.append(.error(action.source["effort"], "action '\(action.id)' has effort \(formatNumber(action.effort)); it must be more than 0 person-days"))
            }
            for (index, required) in action.requires.enumerated() where !ids.contains(required) {
                out.append(.error(action.source["requires.\(index)"], "action '\(action.id)' requires unknown action '\(required)'; add the rubric that defines it with --library, or fix the id"))
            }
        }
        for cycle in RequirementGraph(actions).cycles() {
            guard let first = cycle.first, let action = actions.first(where: { $0.id == first }) else { continue }
            out.append(.error(action.source["id"], "'requires' forms a cycle: \((cycle + [first]).joined(separator: " → ")); remove one of these requirements"))
        }
        for (id, phase) in profile.pins.sorted(by: { $0.key < $1.key }) where phase < 1 {
            out.append(.error(profile.source["pin.\(id)"], "'\(id)' is pinned to phase \(phase); phases are numbered from 1"))
        }
        return out
    }

    /// Pins of actions the plan can schedule, by node; a pin of anything else
    /// is a problem naming the profile entry.
    func validPins(_ profile: Profile, graph: PlanningGraph) -> ([Int: Int], [Diagnostic]) {
        var pins: [Int: Int] = [:]
        var problems: [Diagnostic] = []
        for (id, phase) in profile.pins.sorted(by: { $0.key < $1.key }) {
            guard let i = graph.index[id] else { continue }
            let node = graph.nodes[i], gap = graph.gaps[node.dimension]
            let at = profile.source["pin.\(id)"]
            let pinned = "'\(id)' is pinned to phase \(phase)"
            if let reason = node.excludedReason {
                problems.append(.error(at, "\(pinned), but the profile also excludes it (\(reason)); remove the pin or the exclusion"))
            } else if profile.done.contains(id) {
                problems.append(.error(at, "\(pinned), but it is listed in 'done'; remove the pin"))
            } else if node.satisfied {
                problems.append(.error(at, "\(pinned), but '\(gap.id)' is already at level \(gap.planningLevel), which this level-\(node.action.level) action helps reach; remove the pin"))
            } else if !node.needed {
                let why = !gap.isAssessed && !gap.hasExplicitTarget
                    ? "'\(gap.id)' is unassessed and has no entry in 'targets'"
                    : "'\(gap.id)' targets level \(gap.target) and this action helps reach level \(node.action.level)"
                problems.append(.error(at, "\(pinned), but no target needs it: \(why); raise the target or remove the pin"))
            } else if let stuck = node.stuck {
                problems.append(.error(at, "\(pinned), but it cannot be scheduled: it \(stuck.sentence)"))
            } else {
                pins[i] = phase
            }
        }
        return (pins, problems)
    }
}
