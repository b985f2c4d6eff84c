import MaturityKit

/// The best value any rule-keeping schedule reaches, found by an exhaustive
/// search written for the tests alone: it shares no code with the planner.
///
/// Value: Σ over planned dimensions of importance × levels reached by the end
/// of the last phase, capped at the target. The search chooses, per planned
/// dimension, the level it reaches (from the highest one whose every level
/// has actions down to the current one), most important dimensions first. A
/// choice needs every open action of the chosen levels and, transitively,
/// what they require and the lower levels of their own dimension, plus every
/// pinned action and its needs. A needed set is kept when `schedulable` finds
/// a schedule for it. A branch is cut when even the highest level of every
/// remaining dimension could not beat the best value found, or when the set
/// chosen so far cannot be scheduled (no superset of it can then).
struct ExhaustiveOptimum {
    struct Result {
        /// The optimum value.
        let value: Int
        /// Dimension id → level reached in the best choice (planned dimensions only).
        let levels: [String: Int]
        /// Needed sets checked by the exact scheduler.
        let setsChecked: Int
    }

    /// A set of open actions, one bit each.
    struct Bits: Hashable {
        var words: [UInt64]
        init(count: Int) { words = Array(repeating: 0, count: (count + 63) / 64) }
        func contains(_ i: Int) -> Bool { words[i >> 6] & (1 << UInt64(i & 63)) != 0 }
        mutating func insert(_ i: Int) { words[i >> 6] |= 1 << UInt64(i & 63) }
        func union(_ other: Bits) -> Bits {
            var out = self
            for k in words.indices { out.words[k] |= other.words[k] }
            return out
        }
    }

    private struct Dim {
        let id: String
        let importance: Int
        let current: Int
        /// The highest level the value can count: levels above `current` up
        /// to the target, stopping before the first level without actions.
        let reach: Int
        /// needs[r - current]: the needed set of reaching level r (index 0 is empty).
        var needs: [Bits]
    }

    private let phases: Int
    private let capacity: Double
    private let effort: [Double]
    private let duration: [Int]
    private let share: [Double]
    /// Open actions each open action waits for: what it requires and the lower levels of its dimension.
    private let waits: [[Int]]
    private let pin: [Int?]
    private let excluded: [Bool]
    /// Open actions, each after everything it waits for.
    private let topological: [Int]
    private let count: Int
    private var feasibleMemo: [Bits: Bool] = [:]

    private static let slack = 1e-9

    /// The optimum, or nil when no schedule keeps the pins (or `requires` loops).
    /// With `reaching`, only plans that reach that dimension's target count.
    static func solve(rubrics: [Rubric], levels: [String: Int], profile: Profile, reaching: String? = nil) -> Result? {
        var dimensionOf: [String: String] = [:]
        var actions: [Action] = []
        var dimensionIds: [String] = []
        var actionsOf: [String: [Action]] = [:]
        for rubric in rubrics {
            for dimension in rubric.dimensions where actionsOf[dimension.id] == nil {
                dimensionIds.append(dimension.id)
                actionsOf[dimension.id] = []
                for action in dimension.actions where dimensionOf[action.id] == nil {
                    dimensionOf[action.id] = dimension.id
                    actions.append(action)
                    actionsOf[dimension.id, default: []].append(action)
                }
            }
        }
        let current = { (d: String) in levels[d] ?? 0 }
        let done = Set(profile.done).union(profile.covered.map(\.action))
        let open = actions.filter { $0.level > current(dimensionOf[$0.id] ?? "") && !done.contains($0.id) }
        let index = Dictionary(uniqueKeysWithValues: open.enumerated().map { ($1.id, $0) })
        let excludedIds = Set(profile.exclude.map(\.action))
        let limit = profile.plan.capacity * min(1, max(profile.plan.maxSharePerAction, 0.01))
        var waits: [[Int]] = open.map { _ in [] }
        for (i, a) in open.enumerated() {
            waits[i] = a.requires.compactMap { index[$0] }
            for b in actionsOf[dimensionOf[a.id] ?? ""] ?? [] where b.level < a.level {
                if let j = index[b.id] { waits[i].append(j) }
            }
        }
        // Kahn's algorithm; a loop means the library cannot be planned.
        var remaining = waits.map(\.count)
        var dependents: [[Int]] = open.map { _ in [] }
        for i in open.indices { for j in waits[i] { dependents[j].append(i) } }
        var queue = open.indices.filter { remaining[$0] == 0 }
        var topological: [Int] = []
        while let i = queue.popLast() {
            topological.append(i)
            for j in dependents[i] {
                remaining[j] -= 1
                if remaining[j] == 0 { queue.append(j) }
            }
        }
        guard topological.count == open.count else { return nil }
        let duration = open.map { a -> Int in
            a.effort > limit + slack ? max(1, Int((a.effort / limit - slack).rounded(.up))) : 1
        }
        var solver = ExhaustiveOptimum(
            phases: profile.plan.phases, capacity: profile.plan.capacity, effort: open.map(\.effort),
            duration: duration, share: open.indices.map { open[$0].effort / Double(duration[$0]) },
            waits: waits, pin: open.map { profile.pins[$0.id] }, excluded: open.map { excludedIds.contains($0.id) },
            topological: topological, count: open.count)

        // What each open action needs, itself included, in dependency order.
        var closure = open.map { _ in Bits(count: open.count) }
        for i in topological {
            closure[i].insert(i)
            for j in waits[i] { closure[i] = closure[i].union(closure[j]) }
        }
        var base = Bits(count: open.count)
        for (id, _) in profile.pins {
            // A pin of an action that is not open is the planner's to refuse.
            if let i = index[id] { base = base.union(closure[i]) }
        }
        var dims: [Dim] = []
        for id in dimensionIds {
            let target = profile.target(for: id)
            let from = current(id)
            guard target.level > from, levels[id] != nil || profile.targets[id] != nil else { continue }
            let own = actionsOf[id] ?? []
            var reach = from
            while reach < target.level, own.contains(where: { $0.level == reach + 1 }) { reach += 1 }
            var needs = [Bits(count: open.count)]
            for level in stride(from: from + 1, through: reach, by: 1) {
                var set = needs[needs.count - 1]
                for a in own where a.level == level { if let i = index[a.id] { set = set.union(closure[i]) } }
                needs.append(set)
            }
            dims.append(Dim(id: id, importance: target.importance, current: from, reach: reach, needs: needs))
        }
        dims.sort { ($0.importance, $0.reach - $0.current) > ($1.importance, $1.reach - $1.current) }
        var extra = 0
        if let forced = reaching {
            guard let k = dims.firstIndex(where: { $0.id == forced }),
                  dims[k].reach == profile.target(for: forced).level else { return nil }
            // Only the target level remains to choose for that dimension.
            base = base.union(dims[k].needs[dims[k].reach - dims[k].current])
            let dim = dims.remove(at: k)
            extra = dim.importance * (dim.reach - dim.current)
            dims.insert(Dim(id: dim.id, importance: dim.importance, current: dim.reach, reach: dim.reach,
                            needs: [base]), at: 0)
        }
        guard solver.schedulable(base) else { return nil }

        var suffix = Array(repeating: 0, count: dims.count + 1)
        for k in stride(from: dims.count - 1, through: 0, by: -1) {
            suffix[k] = suffix[k + 1] + dims[k].importance * (dims[k].reach - dims[k].current)
        }
        var best = (value: -1, levels: [String: Int]())
        var chosen = dims.map(\.current)
        func visit(_ k: Int, _ set: Bits, _ gained: Int, _ me: inout ExhaustiveOptimum) {
            if gained + suffix[k] <= best.value { return }
            if k == dims.count {
                best = (gained, Dictionary(uniqueKeysWithValues: zip(dims.map(\.id), chosen)))
                return
            }
            let dim = dims[k]
            for level in stride(from: dim.reach, through: dim.current, by: -1) {
                let next = set.union(dim.needs[level - dim.current])
                if level > dim.current && !me.schedulable(next) { continue }
                chosen[k] = level
                visit(k + 1, next, gained + dim.importance * (level - dim.current), &me)
                chosen[k] = dim.current
                if gained + dim.importance * (level - 1 - dim.current) + suffix[k + 1] <= best.value { return }
            }
        }
        visit(0, base, 0, &solver)
        return Result(value: best.value + extra, levels: best.levels, setsChecked: solver.feasibleMemo.count)
    }

    // MARK: - The exact scheduler

    /// Whether every action of `set` can be finished by the last phase:
    /// no phase over its capacity, each action starting after everything it
    /// waits for is finished, a long action taking its share in each of its
    /// consecutive phases, pins kept. Memoised per set.
    private mutating func schedulable(_ set: Bits) -> Bool {
        if let known = feasibleMemo[set] { return known }
        let answer = search(set)
        feasibleMemo[set] = answer
        return answer
    }

    private func search(_ set: Bits) -> Bool {
        let members = topological.filter { set.contains($0) }
        var total = 0.0
        for i in members {
            if excluded[i] || duration[i] > phases { return false }
            total += effort[i]
        }
        if total > Double(phases) * capacity + Self.slack { return false }
        // Earliest and latest starts, pins included.
        var earliest = Array(repeating: 1, count: count)
        var latest = Array(repeating: phases, count: count)
        for i in members {
            for j in waits[i] { earliest[i] = max(earliest[i], earliest[j] + duration[j]) }
            if let p = pin[i] {
                if earliest[i] > p { return false }
                earliest[i] = p
            }
        }
        for i in members.reversed() {
            latest[i] = pin[i] ?? (phases - duration[i] + 1)
        }
        for i in members.reversed() {
            for j in waits[i] { latest[j] = min(latest[j], latest[i] - duration[j]) }
        }
        for i in members where earliest[i] > latest[i] { return false }
        // Energy in every window of phases: each action occupies at least
        // its least overlap with the window over its possible starts.
        for a in 1...phases {
            for b in a...phases {
                var need = 0.0
                for i in members {
                    func overlap(_ s: Int) -> Int { max(0, min(b, s + duration[i] - 1) - max(a, s) + 1) }
                    need += share[i] * Double(min(overlap(earliest[i]), overlap(latest[i])))
                }
                if need > Double(b - a + 1) * capacity + Self.slack { return false }
            }
        }
        var state = PhaseSearch(solver: self, members: members, latest: latest)
        return state.run()
    }

    /// Phase by phase, which of the ready actions start. An action that
    /// takes one phase and still fits is always started: moving it earlier
    /// into spare capacity never makes a schedule invalid, so a schedule, if
    /// one exists, is among those tried. States proven hopeless are memoised.
    private struct PhaseSearch {
        let solver: ExhaustiveOptimum
        let members: [Int]
        let latest: [Int]
        var finish: [Int?]
        var used: [Double]
        var hopeless = Set<[Int]>()

        init(solver: ExhaustiveOptimum, members: [Int], latest: [Int]) {
            self.solver = solver
            self.members = members
            self.latest = latest
            finish = Array(repeating: nil, count: solver.count)
            used = Array(repeating: 0, count: solver.phases + 2)
        }

        mutating func run() -> Bool { phase(1) }

        private mutating func phase(_ t: Int) -> Bool {
            let s = solver
            let unstarted = members.filter { finish[$0] == nil }
            if unstarted.isEmpty { return true }
            if t > s.phases { return false }
            var free = 0.0
            for p in t...s.phases { free += max(0, s.capacity - used[p]) }
            let left = unstarted.reduce(0.0) { $0 + s.effort[$1] }
            if left > free + ExhaustiveOptimum.slack { return false }
            if unstarted.contains(where: { latest[$0] < t }) { return false }
            var key = [t]
            for i in members { if let f = finish[i], f >= t { key += [i, f] } else if finish[i] != nil { key.append(-1 - i) } }
            if hopeless.contains(key) { return false }
            let ready = unstarted.filter { i in
                (s.pin[i] == nil || s.pin[i] == t)
                    && s.waits[i].allSatisfy { j in (finish[j] ?? Int.max) < t }
            }
            let forced = ready.filter { latest[$0] == t }
            if choose(ready, 0, t, forced: Set(forced)) { return true }
            hopeless.insert(key)
            return false
        }

        private func fits(_ i: Int, _ t: Int) -> Bool {
            let s = solver
            for p in t..<(t + s.duration[i]) where used[p] + s.share[i] > s.capacity + ExhaustiveOptimum.slack { return false }
            return true
        }

        private mutating func choose(_ ready: [Int], _ k: Int, _ t: Int, forced: Set<Int>) -> Bool {
            let s = solver
            if k == ready.count {
                // Maximal: a skipped one-phase action must not fit.
                for i in ready where finish[i] == nil && s.duration[i] == 1 && fits(i, t) { return false }
                return phase(t + 1)
            }
            let i = ready[k]
            if fits(i, t) {
                for p in t..<(t + s.duration[i]) { used[p] += s.share[i] }
                finish[i] = t + s.duration[i] - 1
                let ok = choose(ready, k + 1, t, forced: forced)
                finish[i] = nil
                for p in t..<(t + s.duration[i]) { used[p] -= s.share[i] }
                if ok { return true }
            }
            if forced.contains(i) { return false }
            return choose(ready, k + 1, t, forced: forced)
        }
    }
}
