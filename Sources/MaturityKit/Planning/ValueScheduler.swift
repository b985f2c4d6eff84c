/// Chooses which levels to reach and places their actions into phases so
/// that the value delivered by the horizon's end is as high as it can find:
/// Σ over planned dimensions of importance × levels reached (capped at the
/// target), earlier delivery breaking ties. See docs/planning.md, sections 5
/// and 6.
///
/// The unit of choice is a **level step**: every open action a dimension
/// needs for its next level, with their open prerequisites. Steps are placed
/// one after another, each action in the earliest phase where everything it
/// waits for is finished in an earlier phase and the capacity holds it (a
/// long action runs across consecutive phases). A greedy pass by value per
/// person-day gives a first plan; a depth-first branch and bound over the
/// order of steps then improves it, exhaustively when the instance is small
/// enough for `searchBudget`. Spare capacity finally goes to useful actions
/// that start a level the horizon cannot finish.
struct ValueScheduler {
    /// What placed an action.
    enum Purpose: Equatable {
        /// The profile pins it.
        case pinned
        /// It must be finished before this pinned action starts.
        case pinPrerequisite(Int)
        /// It belongs to the step that reaches `level` of dimension `dimension` (gap index).
        case step(dimension: Int, level: Int)
        /// Spare capacity: it starts a level that is not reached in the horizon.
        case spare
    }

    let graph: PlanningGraph
    let settings: PlanSettings
    /// Node → pinned phase, for pins of schedulable actions.
    let pins: [Int: Int]
    let profile: Profile
    /// Work (action placements and actions list-scheduled) the branch and bound may do before it
    /// stops and keeps the best plan found so far.
    static let searchBudget = 400_000
    /// Work (actions visited and placed) the greedy pass may spend trying
    /// every step after each step it places; past it, it takes steps in passes.
    static let greedyBudget = 200_000

    private(set) var startOf: [Int?]
    private(set) var finishOf: [Int?]
    /// Person-days used per phase (index 0 is phase 1).
    private(set) var used: [Double]
    /// Every placed node, in the order it was placed.
    private(set) var placementOrder: [Int] = []
    private(set) var purpose: [Purpose?]
    /// Pins that could not be honoured.
    private(set) var problems: [Diagnostic] = []
    /// Whether the branch and bound finished within its budget.
    private(set) var searchComplete = false

    private let phases: Int
    private let capacity: Double
    /// Topological position of each needed node (Int.max otherwise).
    private let position: [Int]
    /// Planned dimensions (gap indices).
    private let planned: [Int]
    /// levelNodes[d][l]: every node of dimension d at level l.
    private let levelNodes: [[[Int]]]
    /// Cached (levels gained, Σ phases remaining after each) per dimension.
    private var progress: [(levels: Int, early: Int)]
    private var budget = ValueScheduler.searchBudget
    /// The budgets of this run (the static ones unless a test gives others).
    private let greedyLimit: Int
    private let searchLimit: Int
    /// Visit marks for `openClosure`: a node is seen in the current walk when its mark equals `stamp`.
    private var mark: [Int]
    // Node fields the inner loops read, kept flat so they copy nothing.
    private let durationOf: [Int]
    private let shareOf: [Double]
    private let effortOf: [Double]
    private let waitsFor: [[Int]]
    private let isSatisfied: [Bool]
    private let isStuck: [Bool]
    private let dimensionOf: [Int]
    private let isPlanned: [Bool]
    private var stamp = 0

    init(graph: PlanningGraph, settings: PlanSettings, pins: [Int: Int], profile: Profile,
         greedyBudget: Int = ValueScheduler.greedyBudget, searchBudget: Int = ValueScheduler.searchBudget) {
        self.graph = graph
        greedyLimit = greedyBudget
        searchLimit = searchBudget
        self.settings = settings
        self.pins = pins
        self.profile = profile
        phases = settings.phases
        capacity = settings.capacity
        startOf = Array(repeating: nil, count: graph.nodes.count)
        finishOf = Array(repeating: nil, count: graph.nodes.count)
        purpose = Array(repeating: nil, count: graph.nodes.count)
        used = Array(repeating: 0, count: settings.phases)
        var position = Array(repeating: Int.max, count: graph.nodes.count)
        for (k, i) in graph.order.enumerated() { position[i] = k }
        self.position = position
        planned = graph.gaps.indices.filter { graph.gaps[$0].isPlanned }
        var levels = graph.gaps.map { Array(repeating: [Int](), count: $0.maxLevel + 2) }
        for (i, node) in graph.nodes.enumerated() where node.action.level >= 0 && node.action.level < levels[node.dimension].count {
            levels[node.dimension][node.action.level].append(i)
        }
        levelNodes = levels
        progress = Array(repeating: (0, 0), count: graph.gaps.count)
        mark = Array(repeating: 0, count: graph.nodes.count)
        durationOf = graph.nodes.map(\.duration)
        shareOf = graph.nodes.map(\.share)
        effortOf = graph.nodes.map(\.action.effort)
        waitsFor = graph.nodes.map { $0.dependencies.map(\.node) }
        isSatisfied = graph.nodes.map(\.satisfied)
        isStuck = graph.nodes.map { $0.stuck != nil }
        dimensionOf = graph.nodes.map(\.dimension)
        isPlanned = graph.gaps.map(\.isPlanned)
    }

    // MARK: - Running

    /// Plans; with `pinsOnly` (other pins were already refused) it only
    /// checks the pins it was given, to report every problem at once.
    mutating func run(pinsOnly: Bool = false) {
        placePins()
        guard problems.isEmpty, !pinsOnly else { return }
        for d in planned { progress[d] = measure(d) }
        greedy()
        improve()
        fillSpareCapacity()
    }

    /// Value delivered: Σ importance × levels gained within the target.
    var value: Int { planned.reduce(0) { $0 + graph.gaps[$1].importance * progress[$1].levels } }
    /// The tie-breaker: Σ importance × phases remaining after the phase each level is reached.
    var earliness: Int { planned.reduce(0) { $0 + graph.gaps[$1].importance * progress[$1].early } }

    // MARK: - Placing one action

    /// Whether `share` more person-days fit in each of `count` phases from `start`.
    private func fits(_ start: Int, _ count: Int, _ share: Double) -> Bool {
        guard start >= 1, start + count - 1 <= phases else { return false }
        for t in start..<(start + count) where used[t - 1] + share > capacity + Planner.tolerance { return false }
        return true
    }

    private mutating func commit(_ i: Int, at start: Int) {
        let duration = durationOf[i], share = shareOf[i]
        for t in start..<(start + duration) { used[t - 1] += share }
        startOf[i] = start
        finishOf[i] = start + duration - 1
        placementOrder.append(i)
    }

    private mutating func remove(_ i: Int) {
        guard let start = startOf[i] else { return }
        let duration = durationOf[i], share = shareOf[i]
        for t in start..<(start + duration) { used[t - 1] -= share }
        startOf[i] = nil
        finishOf[i] = nil
        purpose[i] = nil
        if placementOrder.last == i { placementOrder.removeLast() } else { placementOrder.removeAll { $0 == i } }
    }

    /// The first phase after everything `i` waits for is finished; nil when
    /// something it waits for is not placed.
    private func readyPhase(_ i: Int) -> Int? {
        var ready = 1
        for j in waitsFor[i] {
            guard let finish = finishOf[j] else { return nil }
            ready = max(ready, finish + 1)
        }
        return ready
    }

    /// Places `i` in the earliest phase that can hold it; false when none can.
    private mutating func placeEarliest(_ i: Int) -> Bool {
        budget -= 1
        guard let ready = readyPhase(i) else { return false }
        let duration = durationOf[i], share = shareOf[i]
        var start = ready
        while start + duration - 1 <= phases {
            if fits(start, duration, share) {
                commit(i, at: start)
                return true
            }
            start += 1
        }
        return false
    }

    // MARK: - Pins

    /// Reserves every pinned action in its phase, then places what each one
    /// waits for as early as possible, checking that it finishes before the pin.
    private mutating func placePins() {
        let nodes = graph.nodes
        let ordered = pins.sorted { $0.value != $1.value ? $0.value < $1.value : nodes[$0.key].action.id < nodes[$1.key].action.id }
        var refused = Set<Int>()
        for (i, phase) in ordered {
            let node = nodes[i], id = node.action.id
            let at = profile.source["pin.\(id)"]
            if phase + node.duration - 1 > phases {
                problems.append(.error(at, "'\(id)' is pinned to phase \(phase), but it runs across \(node.duration) phases and the plan ends with phase \(phases); pin it to phase \(max(1, phases - node.duration + 1)) at the latest"))
                refused.insert(i)
            } else if !fits(phase, node.duration, node.share) {
                let together = ordered.filter { $0.value == phase }.reduce(0.0) { $0 + nodes[$1.key].share }
                problems.append(.error(at, "'\(id)' is pinned to phase \(phase), but phase \(phase) cannot hold it: the actions pinned there need \(formatNumber(together)) person-days, more than its capacity of \(formatNumber(capacity)); pin some of them to another phase"))
                refused.insert(i)
            } else {
                commit(i, at: phase)
                purpose[i] = .pinned
            }
        }
        for (i, phase) in ordered where !refused.contains(i) {
            for j in openClosure(of: graph.nodes[i].dependencies.map(\.node)) ?? [] where startOf[j] == nil {
                if placeEarliest(j) { purpose[j] = .pinPrerequisite(i) }
            }
            if let problem = notReady(i, phase: phase) { problems.append(problem) }
        }
    }

    /// The problem with a pinned action when something it waits for is not
    /// finished before its phase, naming the first one missing.
    private func notReady(_ i: Int, phase: Int) -> Diagnostic? {
        let node = graph.nodes[i]
        guard let missing = node.dependencies.first(where: { (finishOf[$0.node] ?? Int.max) >= phase }) else { return nil }
        let at = profile.source["pin.\(node.action.id)"]
        let pinned = "'\(node.action.id)' is pinned to phase \(phase)"
        let other = graph.nodes[missing.node]
        let what = missing.order == .requires
            ? "it requires '\(other.action.id)'"
            : "it comes after '\(other.action.id)' (a lower level of '\(graph.gaps[node.dimension].id)')"
        let state: String
        if let otherPin = pins[missing.node], otherPin >= phase {
            state = "which is pinned to phase \(otherPin)"
        } else if phase == 1 {
            state = "which is not done yet"
        } else {
            state = "which does not fit before phase \(phase)"
        }
        let hint = phase == 1
            ? "pin '\(node.action.id)' to a later phase, or list '\(other.action.id)' in 'done' if it is finished"
            : "pin '\(node.action.id)' to a later phase, or free capacity before phase \(phase)"
        return .error(at, "\(pinned), but \(what), \(state); \(hint)")
    }

    // MARK: - Level steps

    /// The unplaced nodes among `roots` and everything they wait for,
    /// transitively, in dependency order (any order unless `sorted`); nil
    /// when one of them can never be scheduled. Each node visited costs one
    /// unit of the search budget.
    private mutating func openClosure(of roots: [Int], sorted: Bool = true) -> [Int]? {
        stamp += 1
        var stack: [Int] = []
        for i in roots where startOf[i] == nil && !isSatisfied[i] && mark[i] != stamp {
            mark[i] = stamp
            stack.append(i)
        }
        var result: [Int] = []
        while let i = stack.popLast() {
            if isStuck[i] { return nil }
            result.append(i)
            for j in waitsFor[i] where startOf[j] == nil && mark[j] != stamp {
                mark[j] = stamp
                stack.append(j)
            }
        }
        budget -= result.count
        return sorted ? result.sorted { position[$0] < position[$1] } : result
    }

    /// The open actions that reach `level` of dimension `d`; nil when the
    /// level has no action or one that can never be scheduled.
    private mutating func step(_ d: Int, _ level: Int) -> [Int]? {
        guard level < levelNodes[d].count, !levelNodes[d][level].isEmpty else { return nil }
        return openClosure(of: levelNodes[d][level])
    }

    /// Levels gained by dimension d (within its target) and Σ phases
    /// remaining after the phase each one is reached.
    private func measure(_ d: Int) -> (levels: Int, early: Int) {
        let gap = graph.gaps[d]
        var level = gap.planningLevel, reachedAt = 0, levels = 0, early = 0
        while level < gap.target {
            let nodes = level + 1 < levelNodes[d].count ? levelNodes[d][level + 1] : []
            guard !nodes.isEmpty else { break }
            var worst = 0
            for i in nodes where !isSatisfied[i] {
                guard let finish = finishOf[i] else { return (levels, early) }
                worst = max(worst, finish)
            }
            reachedAt = max(reachedAt, worst)
            level += 1
            levels += 1
            early += phases - reachedAt
        }
        return (levels, early)
    }

    /// The level dimension d has reached in the current placement.
    private func reached(_ d: Int) -> Int { graph.gaps[d].planningLevel + progress[d].levels }

    /// A step tried on the current placement.
    private struct Trial {
        let dimension: Int
        let level: Int
        let value: Int
        let early: Int
        let effort: Double
    }

    /// Places a step's actions (all or none); returns them placed, or nil.
    private mutating func place(_ nodes: [Int], as purposeOf: Purpose) -> [Int]? {
        var placed: [Int] = []
        for i in nodes {
            guard placeEarliest(i) else {
                for j in placed.reversed() { remove(j) }
                return nil
            }
            purpose[i] = purposeOf
            placed.append(i)
        }
        return placed
    }

    private mutating func undo(_ placed: [Int]) {
        for j in placed.reversed() { remove(j) }
    }

    /// Dimensions whose progress may change when `placed` are placed.
    private func touched(_ placed: [Int]) -> [Int] {
        var set = Set<Int>()
        for i in placed where isPlanned[dimensionOf[i]] { set.insert(dimensionOf[i]) }
        return set.sorted()
    }

    /// Places the step, updates progress, and returns what it placed and the change in value.
    private mutating func apply(_ d: Int, _ level: Int) -> (placed: [Int], value: Int, early: Int, saved: [(Int, (levels: Int, early: Int))])? {
        guard let nodes = step(d, level), !nodes.isEmpty,
              let placed = place(nodes, as: .step(dimension: d, level: level)) else { return nil }
        var value = 0, early = 0
        var saved: [(Int, (levels: Int, early: Int))] = []
        for e in touched(placed) {
            let now = measure(e), importance = graph.gaps[e].importance
            value += importance * (now.levels - progress[e].levels)
            early += importance * (now.early - progress[e].early)
            saved.append((e, progress[e]))
            progress[e] = now
        }
        return (placed, value, early, saved)
    }

    private mutating func revert(_ placed: [Int], _ saved: [(Int, (levels: Int, early: Int))]) {
        undo(placed)
        for (e, old) in saved { progress[e] = old }
    }

    /// Every step that can be placed now and adds value, tried and undone.
    /// With `lookahead`, also the steps reaching two or more levels at once.
    private mutating func trials(lookahead: Bool) -> [Trial] {
        var out: [Trial] = []
        for d in planned {
            let gap = graph.gaps[d]
            let from = reached(d) + 1
            guard from <= gap.target else { continue }
            for level in from...(lookahead ? gap.target : from) {
                guard let result = apply(d, level) else { break }
                let effort = result.placed.reduce(0.0) { $0 + effortOf[$1] }
                revert(result.placed, result.saved)
                if result.value > 0 {
                    out.append(Trial(dimension: d, level: level, value: result.value, early: result.early, effort: effort))
                }
            }
        }
        return out.sorted(by: better)
    }

    /// Value per person-day first, then earlier delivery, then gap order and level.
    private func better(_ a: Trial, _ b: Trial) -> Bool {
        let left = Double(a.value) * max(b.effort, Planner.tolerance), right = Double(b.value) * max(a.effort, Planner.tolerance)
        if abs(left - right) > 1e-9 * max(1, abs(left)) { return left > right }
        if a.early != b.early { return a.early > b.early }
        if a.dimension != b.dimension { return graph.gaps[a.dimension].id < graph.gaps[b.dimension].id }
        return a.level < b.level
    }

    /// Takes the best step by value per person-day until none fits. Every
    /// step (of one or more levels) is tried afresh after each one placed,
    /// which costs about steps placed × steps tried × actions per step; on a
    /// large library that exceeds `greedyBudget`, and the remaining steps
    /// are then taken in passes instead: the next levels of one trial round,
    /// best first, each placed when it still fits and adds value, until a
    /// pass places nothing.
    private mutating func greedy() {
        budget = greedyLimit
        while budget > 0, let best = trials(lookahead: true).first {
            _ = apply(best.dimension, best.level)
        }
        guard budget <= 0 else { return }
        var placedInPass = true
        while placedInPass {
            placedInPass = false
            for trial in trials(lookahead: false) {
                let level = reached(trial.dimension) + 1
                guard level <= graph.gaps[trial.dimension].target,
                      let result = apply(trial.dimension, level) else { continue }
                if result.value > 0 {
                    placedInPass = true
                } else {
                    revert(result.placed, result.saved)
                }
            }
        }
    }

    // MARK: - Branch and bound

    /// Searches the sets of levels to reach: per planned dimension (most
    /// important first) every level from the highest within reach down to
    /// the current one. A set is kept when a list schedule of all its open
    /// actions fits; a branch is cut when even reaching every remaining
    /// target could not beat the best plan, or when its actions need more
    /// person-days than the capacity left. The greedy plan is the first
    /// incumbent; the best set found is scheduled again at the end.
    private mutating func improve() {
        let greedyPlaced = placementOrder.filter { if case .step = purpose[$0] { return true } else { return false } }
        let greedySteps = stepsInOrder()
        let greedyLevels = planned.map { reached($0) }
        var best = (value: value, early: earliness, levels: greedyLevels)
        let greedyValue = (value, earliness)
        undo(greedyPlaced)
        for d in planned { progress[d] = measure(d) }
        let order = planned.indices.sorted {
            let a = graph.gaps[planned[$0]], b = graph.gaps[planned[$1]]
            return a.importance != b.importance ? a.importance > b.importance : a.id < b.id
        }
        // The highest level each dimension could reach on its own.
        var ceiling = planned.map { graph.gaps[$0].planningLevel }
        for (k, d) in planned.enumerated() {
            var level = graph.gaps[d].planningLevel
            while level < graph.gaps[d].target, step(d, level + 1) != nil { level += 1 }
            ceiling[k] = level
        }
        var room = 0.0
        for t in used.indices { room += max(0, capacity - used[t]) }
        budget = searchLimit
        var chosen = planned.map { graph.gaps[$0].planningLevel }
        var suffix = Array(repeating: 0, count: order.count + 1)
        for position in stride(from: order.count - 1, through: 0, by: -1) {
            let k = order[position], gap = graph.gaps[planned[k]]
            suffix[position] = suffix[position + 1] + gap.importance * (ceiling[k] - gap.planningLevel)
        }
        var gained = 0
        func visit(_ position: Int, _ me: inout ValueScheduler) {
            guard me.budget > 0 else { return }
            if gained + suffix[position] < best.value { return }
            if position == order.count {
                guard gained >= best.value, let result = me.trySchedule(chosen) else { return }
                if result.value > best.value || (result.value == best.value && result.early > best.early) {
                    best = (result.value, result.early, chosen)
                }
                return
            }
            let k = order[position], d = me.planned[k], gap = me.graph.gaps[d]
            for level in stride(from: ceiling[k], through: gap.planningLevel, by: -1) {
                chosen[k] = level
                let gain = gap.importance * (level - gap.planningLevel)
                // Prune on effort: the open actions of the levels chosen so far must fit in the room left.
                if level > gap.planningLevel, me.openEffort(chosen) > room + Planner.tolerance { continue }
                gained += gain
                visit(position + 1, &me)
                gained -= gain
                if me.budget <= 0 { break }
            }
            chosen[k] = gap.planningLevel
        }
        visit(0, &self)
        searchComplete = budget > 0
        if best.value == greedyValue.0 && best.early == greedyValue.1 {
            for d in planned { progress[d] = measure(d) }
            for s in greedySteps { _ = apply(s.dimension, s.level) }
        } else {
            schedule(best.levels, keep: true)
            for d in planned { progress[d] = measure(d) }
        }
    }

    /// The steps of the current plan, in the order their first action was placed.
    private func stepsInOrder() -> [(dimension: Int, level: Int)] {
        var seen = Set<[Int]>()
        var out: [(dimension: Int, level: Int)] = []
        for i in placementOrder {
            if case let .step(d, level)? = purpose[i], seen.insert([d, level]).inserted { out.append((d, level)) }
        }
        return out
    }

    /// Person-days of the open actions the chosen levels need.
    private mutating func openEffort(_ levels: [Int]) -> Double {
        var roots: [Int] = []
        for (k, d) in planned.enumerated() where levels[k] > graph.gaps[d].planningLevel {
            for l in (graph.gaps[d].planningLevel + 1)...levels[k] where l < levelNodes[d].count { roots += levelNodes[d][l] }
        }
        budget -= 1
        return (openClosure(of: roots, sorted: false) ?? []).reduce(0.0) { $0 + effortOf[$1] }
    }

    /// Schedules the chosen levels, measures them and undoes the schedule.
    private mutating func trySchedule(_ levels: [Int]) -> (value: Int, early: Int)? {
        guard let placed = schedule(levels, keep: false) else { return nil }
        var value = 0, early = 0
        for d in planned {
            let now = measure(d)
            value += graph.gaps[d].importance * now.levels
            early += graph.gaps[d].importance * now.early
        }
        undo(placed)
        return (value, early)
    }

    /// List-schedules every open action the chosen levels need, phase by
    /// phase: the ready actions (everything they wait for finished before)
    /// with the longest chain still behind them first, then the largest, then
    /// by id; each placed when the phase (and the following ones, for a
    /// long action) can hold it. Tries a second order, largest first, when the
    /// first leaves something out. Returns what it placed, or nil (nothing placed).
    @discardableResult
    private mutating func schedule(_ levels: [Int], keep: Bool) -> [Int]? {
        var steps: [(d: Int, level: Int, nodes: [Int])] = []
        var members = Set<Int>()
        for (k, d) in planned.enumerated() where levels[k] > graph.gaps[d].planningLevel {
            for l in (graph.gaps[d].planningLevel + 1)...levels[k] {
                guard let nodes = openClosure(of: levelNodes[d][l]) else { return nil }
                let fresh = nodes.filter { !members.contains($0) }
                members.formUnion(fresh)
                steps.append((d, l, fresh))
            }
        }
        let set = members.sorted { position[$0] < position[$1] }
        budget -= set.count
        // Longest chain (in phases) from each action to the end of the set.
        var tail: [Int: Int] = [:]
        for i in set.reversed() {
            let after = graph.nodes[i].dependents.compactMap { tail[$0] }.max() ?? 0
            tail[i] = after + graph.nodes[i].duration
        }
        let nodes = graph.nodes
        let rules: [(Int, Int) -> Bool] = [
            { a, b in tail[a] != tail[b] ? (tail[a] ?? 0) > (tail[b] ?? 0)
                : nodes[a].action.effort != nodes[b].action.effort ? nodes[a].action.effort > nodes[b].action.effort
                : nodes[a].action.id < nodes[b].action.id },
            { a, b in nodes[a].action.effort != nodes[b].action.effort ? nodes[a].action.effort > nodes[b].action.effort
                : tail[a] != tail[b] ? (tail[a] ?? 0) > (tail[b] ?? 0) : nodes[a].action.id < nodes[b].action.id },
        ]
        for rule in rules {
            var placed: [Int] = []
            var open = set
            for t in 1...max(phases, 1) where !open.isEmpty {
                let ready = open.filter { i in
                    nodes[i].dependencies.allSatisfy { (finishOf[$0.node] ?? Int.max) < t }
                }.sorted(by: rule)
                for i in ready where t + nodes[i].duration - 1 <= phases && fits(t, nodes[i].duration, nodes[i].share) {
                    commit(i, at: t)
                    placed.append(i)
                }
                let now = Set(placed)
                open.removeAll { now.contains($0) }
            }
            if open.isEmpty {
                if keep {
                    // Each action serves the first step, in importance order, that needs it.
                    for step in steps {
                        for i in step.nodes { purpose[i] = .step(dimension: step.d, level: step.level) }
                    }
                    placementOrder = placementOrder.filter { !members.contains($0) }
                        + placed.sorted { (startOf[$0] ?? 0, position[$0]) < (startOf[$1] ?? 0, position[$1]) }
                }
                return placed
            }
            undo(placed)
        }
        return nil
    }

    // MARK: - Spare capacity

    /// Places the remaining schedulable actions, highest priority first, each
    /// as early as it fits, so capacity is not left idle; they start levels
    /// the horizon does not finish.
    private mutating func fillSpareCapacity() {
        let nodes = graph.nodes
        var open = graph.order.filter { nodes[$0].stuck == nil && startOf[$0] == nil }
            .sorted { nodes[$0].priority != nodes[$1].priority ? nodes[$0].priority > nodes[$1].priority : nodes[$0].action.id < nodes[$1].action.id }
        var progressed = true
        while progressed && !open.isEmpty {
            progressed = false
            var still: [Int] = []
            for i in open {
                if readyPhase(i) != nil && placeEarliest(i) {
                    purpose[i] = .spare
                    progressed = true
                } else {
                    still.append(i)
                }
            }
            open = still
        }
    }
}
