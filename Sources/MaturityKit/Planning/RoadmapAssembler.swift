/// Builds the `Roadmap` value from a finished schedule: phases with dates,
/// reasons, measures and staffing; the backlog; the projection; totals.
struct RoadmapAssembler {
    let graph: PlanningGraph
    let scheduler: PhaseScheduler
    let settings: PlanSettings
    let roles: [Role]

    func roadmap(organisation: String?) -> Roadmap {
        let phases = stride(from: 1, through: settings.phases, by: 1).map(phase)
        let scheduled = phases.flatMap(\.actions)
        let backlog = backlogItems()
        let usedRoles = Set(scheduled.flatMap(\.roles))
        let titles = Dictionary(roles.filter { usedRoles.contains($0.id) }.map { ($0.id, $0.title) },
                                uniquingKeysWith: { first, _ in first })
        let totals = PlanTotals(
            neededActions: graph.needed.count,
            scheduledActions: scheduled.count,
            scheduledEffort: scheduled.reduce(0) { $0 + $1.effort },
            capacity: Double(settings.phases) * settings.capacity,
            backlogActions: backlog.count,
            backlogEffort: backlog.reduce(0) { $0 + $1.effort },
            staffing: RoleEffort.staffing(scheduled))
        return Roadmap(organisation: organisation, settings: settings, gaps: graph.gaps, phases: phases,
                       backlog: backlog, projection: projection(), totals: totals, roleTitles: titles)
    }

    // MARK: - Phases

    /// Phase k starts `(k − 1) × phase_months` months after the plan's start
    /// (always counted from the start, so a 31st does not drift) and ends the
    /// day before phase k + 1 starts.
    func dates(of phase: Int) -> (start: CalendarDate, end: CalendarDate) {
        (settings.start.addingMonths((phase - 1) * settings.phaseMonths),
         settings.start.addingMonths(phase * settings.phaseMonths).addingDays(-1))
    }

    private func phase(_ number: Int) -> RoadmapPhase {
        let (start, end) = dates(of: number)
        let actions = scheduler.placed[number - 1].map { scheduledAction($0, phase: number, due: end) }
        return RoadmapPhase(number: number, start: start, end: end, capacity: settings.capacity,
                            actions: actions, staffing: RoleEffort.staffing(actions))
    }

    private func scheduledAction(_ i: Int, phase: Int, due: CalendarDate) -> ScheduledAction {
        let node = graph.nodes[i], action = node.action
        return ScheduledAction(
            id: action.id, title: action.title, dimension: graph.gaps[node.dimension].id, level: action.level,
            effort: action.effort, impact: action.impact, priority: node.priority, roles: action.roles,
            measures: action.measures.map { ScheduledMeasure(measure: $0, due: due) },
            reason: reason(i, phase: phase))
    }

    /// What ranked the action, and what kept it from an earlier phase.
    private func reason(_ i: Int, phase: Int) -> PlacementReason {
        let node = graph.nodes[i]
        if scheduler.pins[i] == phase {
            return PlacementReason(kind: .pinned(phase: phase), priority: node.priority, phase: phase)
        }
        let kind: PlacementReason.Kind
        if scheduler.placedForPin.contains(i), let limit = scheduler.deadline[i] {
            kind = .prerequisite(of: graph.id(limit.pinned), pinnedTo: scheduler.pins[limit.pinned])
        } else if let from = node.inheritedFrom {
            kind = .prerequisite(of: graph.id(from), pinnedTo: nil)
        } else if node.action.impact >= Planner.quickWinImpact && node.action.effort <= Planner.quickWinEffort + Planner.tolerance {
            kind = .quickWin
        } else {
            kind = .priority
        }
        // The first phase it could be in: after the last of its dependencies.
        let latest = node.dependencies.compactMap { edge in scheduler.phaseOf[edge.node].map { (edge.node, $0) } }
            .max { $0.1 != $1.1 ? $0.1 < $1.1 : graph.id($0.0) > graph.id($1.0) }
        let readyPhase = (latest?.1 ?? 0) + 1
        let timing: PlacementReason.Timing
        if readyPhase < phase {
            timing = .noRoomFrom(readyPhase: readyPhase)
        } else if let latest, phase > 1 {
            timing = .after(graph.id(latest.0), phase: latest.1)
        } else {
            timing = .earliest
        }
        return PlacementReason(kind: kind, priority: node.priority, timing: timing, phase: phase)
    }

    // MARK: - Backlog

    /// Needed actions not scheduled: those that never could be, with the
    /// reason found before scheduling, and the rest beyond the horizon. Most
    /// important first, then by id.
    private func backlogItems() -> [BacklogItem] {
        graph.needed.filter { scheduler.phaseOf[$0] == nil }.map { i in
            let node = graph.nodes[i], action = node.action
            return BacklogItem(id: action.id, title: action.title, dimension: graph.gaps[node.dimension].id,
                               level: action.level, effort: action.effort, impact: action.impact,
                               priority: node.priority,
                               reason: node.stuck ?? .beyondHorizon(phases: settings.phases))
        }.sorted { $0.priority != $1.priority ? $0.priority > $1.priority : $0.id < $1.id }
    }

    // MARK: - Projection

    /// The level of every dimension at the end of each phase: from the
    /// current level (0 when unassessed), the next level counts as reached
    /// once that level has actions and every one of them is satisfied or
    /// scheduled by then. Scheduled work only accumulates, so a projection
    /// never goes down.
    private func projection() -> [LevelProjection] {
        // levelPhase[d][l]: the phase by which every action of level l of dimension d is
        // done (0: already; Int.max: never in this plan, or the level has no action).
        var levelPhase = graph.gaps.map { Array(repeating: Int.max, count: $0.maxLevel + 1) }
        var hasActions = graph.gaps.map { Array(repeating: false, count: $0.maxLevel + 1) }
        var worst = graph.gaps.map { Array(repeating: 0, count: $0.maxLevel + 1) }
        for (i, node) in graph.nodes.enumerated() {
            let d = node.dimension, l = node.action.level
            guard l >= 0 && l < worst[d].count else { continue }
            hasActions[d][l] = true
            let done = node.satisfied ? 0 : (scheduler.phaseOf[i] ?? Int.max)
            worst[d][l] = max(worst[d][l], done)
        }
        for d in graph.gaps.indices {
            for l in levelPhase[d].indices where hasActions[d][l] { levelPhase[d][l] = worst[d][l] }
        }
        return stride(from: 1, through: settings.phases, by: 1).map { phase in
            var levels: [String: Int] = [:]
            for (d, gap) in graph.gaps.enumerated() {
                var level = gap.planningLevel
                while level + 1 < levelPhase[d].count && levelPhase[d][level + 1] <= phase { level += 1 }
                levels[gap.id] = level
            }
            return LevelProjection(phase: phase, end: dates(of: phase).end, levels: levels)
        }
    }
}
