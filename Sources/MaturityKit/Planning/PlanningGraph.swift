/// The actions a profile needs and the order between them: the working data
/// of `Planner`. Built once per plan; indices stand for actions so the
/// scheduler never hashes strings in its loops.
struct PlanningGraph {
    /// One action of the rubrics, with what planning worked out for it.
    struct Node {
        let action: Action
        /// Index into `gaps`.
        let dimension: Int
        /// At or below its dimension's current level, or listed in `done` or `covered`.
        let satisfied: Bool
        /// The profile's justification when it is listed in `covered`.
        var coveredBy: String?
        /// Phases it runs across: its effort over the most one action may
        /// take in a phase, rounded up (at least 1).
        var duration = 1
        /// Person-days it takes in each phase it runs in: effort ÷ duration.
        var share = 0.0
        /// Needed to reach a target (whether or not it can be scheduled).
        var needed = false
        /// The profile's reason when it is excluded.
        var excludedReason: String?
        /// Needed actions that must be done before this one.
        var dependencies: [Edge] = []
        /// Needed actions that wait for this one.
        var dependents: [Int] = []
        /// Why it can never be scheduled, when that is known before scheduling.
        var stuck: BacklogReason?
        /// `importance × gap × impact ÷ effort` of its own dimension.
        var ownPriority = 0.0
        /// The priority scheduling uses: the own priority, or the highest
        /// priority of anything waiting for it when that is higher.
        var priority = 0.0
        /// The action it inherited `priority` from.
        var inheritedFrom: Int?
    }

    struct Edge {
        let node: Int
        let order: BacklogReason.Dependency
    }

    private(set) var nodes: [Node] = []
    private(set) var index: [String: Int] = [:]
    let gaps: [DimensionGap]
    /// Needed actions, each after everything it depends on.
    private(set) var order: [Int] = []

    /// Builds the graph; throws when `requires` and the level order together
    /// form a loop among the needed actions.
    init(rubrics: [Rubric], gaps: [DimensionGap], profile: Profile) throws(PlanningError) {
        self.gaps = gaps
        let dimensionIndex = Dictionary(gaps.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let done = Set(profile.done)
        let excluded = Dictionary(profile.exclude.map { ($0.action, $0.reason) }, uniquingKeysWith: { first, _ in first })
        let covered = Dictionary(profile.covered.map { ($0.action, $0.by) }, uniquingKeysWith: { first, _ in first })
        let limit = profile.plan.perActionLimit
        for rubric in rubrics {
            for dimension in rubric.dimensions {
                guard let d = dimensionIndex[dimension.id] else { continue }
                for action in dimension.actions where index[action.id] == nil {
                    index[action.id] = nodes.count
                    var node = Node(action: action, dimension: d,
                                    satisfied: action.level <= gaps[d].planningLevel || done.contains(action.id)
                                        || covered[action.id] != nil)
                    node.excludedReason = excluded[action.id]
                    node.coveredBy = covered[action.id]
                    node.duration = Self.duration(effort: action.effort, limit: limit)
                    node.share = action.effort / Double(node.duration)
                    nodes.append(node)
                }
            }
        }
        let byDimension = actionsByDimension()
        markNeeded(byDimension)
        linkDependencies(byDimension)
        try sortTopologically()
        findStuck(settings: profile.plan)
        rank()
    }

    /// Every action's dimension, lowest level first, file order within a level.
    private func actionsByDimension() -> [[Int]] {
        var result = Array(repeating: [Int](), count: gaps.count)
        for (i, node) in nodes.enumerated() { result[node.dimension].append(i) }
        return result.map { list in
            list.sorted { (nodes[$0].action.level, $0) < (nodes[$1].action.level, $1) }
        }
    }

    // MARK: - Needed actions

    /// The gap levels of every planned dimension, then transitively every
    /// unsatisfied action they require and every unsatisfied lower-level
    /// action of the same dimension. Excluded actions are needed but not
    /// expanded: nothing is planned for their sake.
    private mutating func markNeeded(_ byDimension: [[Int]]) {
        var queue: [Int] = []
        func need(_ i: Int) {
            if !nodes[i].needed && !nodes[i].satisfied {
                nodes[i].needed = true
                queue.append(i)
            }
        }
        for (d, gap) in gaps.enumerated() where gap.isPlanned {
            for i in byDimension[d] where (gap.planningLevel + 1...gap.target).contains(nodes[i].action.level) {
                need(i)
            }
        }
        // Levels below this one are already needed in each dimension.
        var expandedBelow = Array(repeating: 0, count: gaps.count)
        while let i = queue.popLast() {
            let node = nodes[i]
            guard node.excludedReason == nil else { continue }
            for required in node.action.requires {
                if let j = index[required] { need(j) }
            }
            if node.action.level > expandedBelow[node.dimension] {
                for j in byDimension[node.dimension] where nodes[j].action.level < node.action.level { need(j) }
                expandedBelow[node.dimension] = node.action.level
            }
        }
    }

    /// Each needed, non-excluded action depends on the needed actions it
    /// requires and on the needed actions of the nearest lower level of its
    /// dimension that has any (which in turn wait for the levels below).
    private mutating func linkDependencies(_ byDimension: [[Int]]) {
        for d in gaps.indices {
            let needed = byDimension[d].filter { nodes[$0].needed }
            for i in needed where nodes[i].excludedReason == nil {
                var edges: [Edge] = []
                var seen = Set<Int>()
                for required in nodes[i].action.requires {
                    if let j = index[required], nodes[j].needed, seen.insert(j).inserted {
                        edges.append(Edge(node: j, order: .requires))
                    }
                }
                let level = nodes[i].action.level
                if let below = needed.last(where: { nodes[$0].action.level < level }).map({ nodes[$0].action.level }) {
                    for j in needed where nodes[j].action.level == below && seen.insert(j).inserted {
                        edges.append(Edge(node: j, order: .lowerLevel))
                    }
                }
                nodes[i].dependencies = edges
                for edge in edges { nodes[edge.node].dependents.append(i) }
            }
        }
    }

    /// Kahn's algorithm over the needed actions, taking the lowest index
    /// first so the order is the same on every run.
    private mutating func sortTopologically() throws(PlanningError) {
        var waiting = nodes.map(\.dependencies.count)
        var ready = nodes.indices.filter { nodes[$0].needed && waiting[$0] == 0 }.reversed() as [Int]
        var result: [Int] = []
        while let i = ready.popLast() {
            result.append(i)
            for j in nodes[i].dependents {
                waiting[j] -= 1
                if waiting[j] == 0 { ready.append(j) }
            }
        }
        let neededCount = nodes.filter(\.needed).count
        guard result.count < neededCount else {
            order = result
            return
        }
        throw PlanningError([loopDiagnostic(left: Set(nodes.indices.filter { nodes[$0].needed && waiting[$0] > 0 }))])
    }

    /// Names one loop among the actions Kahn's algorithm could not order.
    private func loopDiagnostic(left: Set<Int>) -> Diagnostic {
        var path: [Int] = []
        var current = left.min() ?? 0
        while !path.contains(current) {
            path.append(current)
            guard let next = nodes[current].dependencies.first(where: { left.contains($0.node) }) else { break }
            current = next.node
        }
        let loop = Array(path[(path.firstIndex(of: current) ?? 0)...])
        let steps = loop.enumerated().map { offset, i -> String in
            let next = loop[(offset + 1) % loop.count]
            let edge = nodes[i].dependencies.first { $0.node == next }
            let id = nodes[i].action.id, other = nodes[next].action.id
            return edge?.order == .lowerLevel
                ? "\(id) comes after \(other) (a lower level of '\(gaps[nodes[i].dimension].id)')"
                : "\(id) requires \(other)"
        }
        let first = nodes[loop[0]].action
        return .error(first.source["id"], "these actions cannot be ordered: \(steps.joined(separator: "; ")). Change 'requires' so that no action waits for a higher level of its own dimension")
    }

    // MARK: - What can never be scheduled

    /// Phases an action of `effort` person-days runs across when one phase
    /// may give it at most `limit`: the effort over the limit, rounded up.
    static func duration(effort: Double, limit: Double) -> Int {
        guard effort > limit + Planner.tolerance, limit > 0 else { return 1 }
        let phases = (effort / limit - Planner.tolerance).rounded(.up)
        return phases < 1_000_000 ? max(1, Int(phases)) : 1_000_000
    }

    /// Excluded actions, actions longer than the horizon, and, in dependency
    /// order, everything that waits for one of them (the first reason that
    /// applies, in that order).
    private mutating func findStuck(settings: PlanSettings) {
        for i in order {
            if let reason = nodes[i].excludedReason {
                nodes[i].stuck = .excluded(reason: reason)
                continue
            }
            if nodes[i].duration > settings.phases {
                nodes[i].stuck = .longerThanHorizon(effort: nodes[i].action.effort, phases: settings.phases,
                                                    perPhase: settings.perActionLimit)
                continue
            }
            if let blocker = nodes[i].dependencies.first(where: { nodes[$0.node].stuck != nil }) {
                let other = nodes[blocker.node]
                switch other.stuck {
                case .excluded(let reason)?:
                    nodes[i].stuck = .needsExcluded(action: other.action.id, via: nil, reason: reason)
                case let .needsExcluded(action, _, reason)?:
                    nodes[i].stuck = .needsExcluded(action: action, via: other.action.id, reason: reason)
                default:
                    nodes[i].stuck = .waitsFor(action: other.action.id, order: blocker.order)
                }
            }
        }
    }

    // MARK: - Priority

    /// Own priority `importance × gap × impact ÷ effort` with the importance
    /// and planned gap of the action's own dimension; then, from the last
    /// action in dependency order back, each schedulable action takes the
    /// highest priority among the schedulable actions that wait for it, so a
    /// prerequisite is never ranked below what needs it.
    private mutating func rank() {
        for i in order {
            let gap = gaps[nodes[i].dimension], action = nodes[i].action
            let own = Double(gap.importance * gap.plannedGap * action.impact) / action.effort
            nodes[i].ownPriority = own
            nodes[i].priority = own
        }
        for i in order.reversed() where nodes[i].stuck == nil {
            var best: Int?
            for j in nodes[i].dependents where nodes[j].stuck == nil {
                guard let current = best else { best = j; continue }
                if nodes[j].priority > nodes[current].priority
                    || (nodes[j].priority == nodes[current].priority && nodes[j].action.id < nodes[current].action.id) {
                    best = j
                }
            }
            if let best, nodes[best].priority > nodes[i].priority {
                nodes[i].priority = nodes[best].priority
                nodes[i].inheritedFrom = best
            }
        }
    }

    // MARK: - Queries

    var needed: [Int] { nodes.indices.filter { nodes[$0].needed } }

    func id(_ i: Int) -> String { nodes[i].action.id }
}
