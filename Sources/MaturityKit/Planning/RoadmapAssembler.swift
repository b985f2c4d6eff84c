/// Builds the `Roadmap` value from a finished schedule: phases with dates,
/// reasons, measures and staffing; the backlog; the projection; totals.
struct RoadmapAssembler {
    let graph: PlanningGraph
    let scheduler: ValueScheduler
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
        let projection = projection()
        let outcomes = targetOutcomes(projection)
        let warnings = outcomes.compactMap { outcome -> String? in
            guard let shortfall = outcome.shortfall, shortfall.isStructural else { return nil }
            return "\(outcome.id): target \(outcome.target) can never be reached with the profile as written: \(shortfall)"
        }
        let possible = graph.gaps.filter(\.isPlanned).reduce(0) { $0 + $1.importance * $1.plannedGap }
        let value = PlanValue(delivered: scheduler.value, possible: possible, earliness: scheduler.earliness,
                              searchComplete: scheduler.searchComplete)
        return Roadmap(organisation: organisation, settings: settings, gaps: graph.gaps, phases: phases,
                       backlog: backlog, projection: projection, totals: totals, roleTitles: titles,
                       targets: outcomes, covered: coveredActions(), warnings: warnings, value: value)
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
        let starting = scheduler.placementOrder.filter { scheduler.startOf[$0] == number }
        let actions = starting.map { scheduledAction($0, phase: number) }
        let continuing = scheduler.placementOrder.compactMap { i -> ContinuingAction? in
            guard let first = scheduler.startOf[i], let last = scheduler.finishOf[i], first < number, number <= last else { return nil }
            let node = graph.nodes[i]
            return ContinuingAction(id: node.action.id, title: node.action.title, dimension: graph.gaps[node.dimension].id,
                                    roles: node.action.roles, effort: node.share, part: number - first + 1, parts: node.duration)
        }
        let staffing = RoleEffort.staffing(actions.map { ($0.roles, $0.effort(inPhase: number)) } + continuing.map { ($0.roles, $0.effort) })
        return RoadmapPhase(number: number, start: start, end: end, capacity: settings.capacity,
                            actions: actions, continuing: continuing, staffing: staffing)
    }

    private func scheduledAction(_ i: Int, phase: Int) -> ScheduledAction {
        let node = graph.nodes[i], action = node.action
        let due = dates(of: phase + node.duration - 1).end
        return ScheduledAction(
            id: action.id, title: action.title, dimension: graph.gaps[node.dimension].id, level: action.level,
            effort: action.effort, impact: action.impact, priority: node.priority, roles: action.roles,
            measures: action.measures.map { ScheduledMeasure(measure: $0, due: due) },
            reason: reason(i, phase: phase), firstPhase: phase,
            phaseEfforts: Array(repeating: node.share, count: node.duration), scaling: action.scaling)
    }

    /// What placed the action, and what kept it from an earlier phase.
    private func reason(_ i: Int, phase: Int) -> PlacementReason {
        let node = graph.nodes[i]
        let kind: PlacementReason.Kind
        switch scheduler.purpose[i] {
        case .pinned?, nil:
            return PlacementReason(kind: .pinned(phase: phase), priority: node.priority, phase: phase)
        case .pinPrerequisite(let pinned)?:
            kind = .prerequisite(of: graph.id(pinned), pinnedTo: scheduler.startOf[pinned] ?? phase)
        case let .step(d, level)?:
            let gap = graph.gaps[d]
            // A lower level of the step's own dimension is a level reached on the way.
            kind = node.dimension == d
                ? .reaches(dimension: gap.id, level: node.action.level, importance: gap.importance, via: nil)
                : .reaches(dimension: gap.id, level: level, importance: gap.importance,
                           via: dependentInStep(i, dimension: d, level: level).map(graph.id))
        case .spare?:
            kind = .spare(dimension: graph.gaps[node.dimension].id, level: node.action.level)
        }
        // The first phase it could be in: after the last of its dependencies.
        let latest = node.dependencies.compactMap { edge in scheduler.finishOf[edge.node].map { (edge.node, $0) } }
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

    /// An action of the same step that waits for `i` directly (lowest id),
    /// to name in its reason.
    private func dependentInStep(_ i: Int, dimension d: Int, level: Int) -> Int? {
        graph.nodes[i].dependents.filter { j in
            if case let .step(sd, sl)? = scheduler.purpose[j] { return sd == d && sl == level }
            return false
        }.min { graph.id($0) < graph.id($1) }
    }

    private func coveredActions() -> [CoveredAction] {
        graph.nodes.compactMap { node in
            node.coveredBy.map { CoveredAction(id: node.action.id, title: node.action.title,
                                               dimension: graph.gaps[node.dimension].id, level: node.action.level, by: $0) }
        }.sorted { $0.id < $1.id }
    }

    // MARK: - Backlog

    /// Needed actions not scheduled: those that never could be, with the
    /// reason found before scheduling, and the rest beyond the horizon. Most
    /// important first, then by id.
    private func backlogItems() -> [BacklogItem] {
        graph.needed.filter { scheduler.startOf[$0] == nil }.map { i in
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
        let levelPhase = levelPhases()
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

    /// levelPhase[d][l]: the phase by which every action of level l of
    /// dimension d is finished (0: already; Int.max: never in this plan, or
    /// the level has no action).
    private func levelPhases() -> [[Int]] {
        var levelPhase = graph.gaps.map { Array(repeating: Int.max, count: $0.maxLevel + 1) }
        var hasActions = graph.gaps.map { Array(repeating: false, count: $0.maxLevel + 1) }
        var worst = graph.gaps.map { Array(repeating: 0, count: $0.maxLevel + 1) }
        for (i, node) in graph.nodes.enumerated() {
            let d = node.dimension, l = node.action.level
            guard l >= 0 && l < worst[d].count else { continue }
            hasActions[d][l] = true
            let done = node.satisfied ? 0 : (scheduler.finishOf[i] ?? Int.max)
            worst[d][l] = max(worst[d][l], done)
        }
        for d in graph.gaps.indices {
            for l in levelPhase[d].indices where hasActions[d][l] { levelPhase[d][l] = worst[d][l] }
        }
        return levelPhase
    }

    // MARK: - Targets

    /// Per planned dimension: projected levels, the phase the target is
    /// reached, or the first reason it is not.
    private func targetOutcomes(_ projection: [LevelProjection]) -> [TargetOutcome] {
        graph.gaps.enumerated().filter { $0.element.isPlanned }.map { d, gap in
            let projected = projection.map { $0.levels[gap.id] ?? gap.planningLevel }
            let reached = projected.firstIndex { $0 >= gap.target }.map { $0 + 1 }
            return TargetOutcome(id: gap.id, importance: gap.importance, current: gap.current, target: gap.target,
                                 projected: projected, reachedInPhase: reached,
                                 shortfall: reached == nil ? shortfall(d, from: projected.last ?? gap.planningLevel) : nil)
        }
    }

    /// Why dimension d stops at `level`: a level without action, an action
    /// that can never be scheduled, a chain longer than the horizon, or the
    /// capacity, with the person-days still open up to the target.
    private func shortfall(_ d: Int, from level: Int) -> TargetOutcome.Shortfall {
        let gap = graph.gaps[d]
        var byLevel = Array(repeating: [Int](), count: gap.maxLevel + 2)
        for (i, node) in graph.nodes.enumerated() where node.dimension == d && node.action.level < byLevel.count && node.action.level >= 0 {
            byLevel[node.action.level].append(i)
        }
        var open: [Int] = []
        var seen = Set<Int>()
        for l in (level + 1)...gap.target {
            if byLevel[l].isEmpty { return .noAction(level: l) }
            var stack = byLevel[l].filter { !graph.nodes[$0].satisfied }
            while let i = stack.popLast() {
                guard seen.insert(i).inserted else { continue }
                let node = graph.nodes[i]
                switch node.stuck {
                case .excluded(let reason)?:
                    return .excluded(level: l, action: node.action.id, reason: reason)
                case let .needsExcluded(action, _, reason)?:
                    return .excluded(level: l, action: action, reason: reason)
                case .longerThanHorizon?:
                    return .blocked(level: l, action: node.action.id, reason: node.stuck ?? .beyondHorizon(phases: settings.phases))
                default:
                    break
                }
                if scheduler.startOf[i] == nil { open.append(i) }
                for edge in node.dependencies where !seen.contains(edge.node) { stack.append(edge.node) }
            }
        }
        // The longest chain through everything the target needs, in phases.
        var chain: [Int: Int] = [:]
        for i in graph.order where seen.contains(i) {
            let before = graph.nodes[i].dependencies.map { edge -> Int in
                seen.contains(edge.node) ? (chain[edge.node] ?? 0) : (scheduler.finishOf[edge.node] ?? 0)
            }.max() ?? 0
            chain[i] = before + graph.nodes[i].duration
        }
        let needed = chain.values.max() ?? 0
        if needed > settings.phases { return .horizon(needed: needed, phases: settings.phases) }
        let days = open.reduce(0.0) { $0 + graph.nodes[$1].action.effort }
        return .capacity(personDays: days, phases: max(1, Int((days / settings.capacity - Planner.tolerance).rounded(.up))))
    }
}
