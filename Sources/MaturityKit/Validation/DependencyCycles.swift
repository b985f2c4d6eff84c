/// Cycles in the order `ospo plan` must respect: an action comes after the
/// actions it `requires`, and after every action of its own dimension at a
/// lower level. A cycle always runs through at least one `requires` entry
/// (levels alone only go down), so lint can report it there, instead of
/// `plan` finding it later.
struct DependencyCycles {
    /// One cycle: the ids along it, starting with the action whose
    /// `requires` entry closes it, and for each step whether it is a
    /// `requires` or the level order.
    struct Cycle: Equatable {
        /// The action whose `requires` entry closes the cycle.
        let action: Int
        /// That entry's index in the action's `requires`.
        let entry: Int
        /// The actions along the cycle, from `action`; the last one leads back to it.
        let path: [Int]
        /// For each step `path[i] → path[i + 1]` (wrapping round), true when it is
        /// the level order rather than a `requires`.
        let levelSteps: [Bool]
    }

    private let actions: [(dimension: String, action: Action)]
    private let index: [String: Int]
    /// For each action, the actions of its dimension at the nearest lower
    /// level that has any: enough for reachability, since those in turn
    /// come after the levels below them.
    private let lower: [[Int]]

    init(_ actions: [(dimension: String, action: Action)]) {
        self.actions = actions
        var index: [String: Int] = [:]
        for (i, entry) in actions.enumerated() where index[entry.action.id] == nil { index[entry.action.id] = i }
        self.index = index
        var byDimension: [String: [Int]] = [:]
        for (i, entry) in actions.enumerated() { byDimension[entry.dimension, default: []].append(i) }
        var lower = Array(repeating: [Int](), count: actions.count)
        for members in byDimension.values {
            let levels = Set(members.map { actions[$0].action.level })
            for i in members {
                let level = actions[i].action.level
                guard let below = levels.filter({ $0 < level }).max() else { continue }
                lower[i] = members.filter { actions[$0].action.level == below }
            }
        }
        self.lower = lower
    }

    /// Every cycle once (by the set of actions on it), each found from the
    /// first `requires` entry in file order that lies on it.
    func cycles() -> [Cycle] {
        var found: [Cycle] = []
        var reported = Set<Set<Int>>()
        for (u, entry) in actions.enumerated() where index[entry.action.id] == u {
            for (e, required) in entry.action.requires.enumerated() {
                guard let v = index[required], v != u, let back = path(from: v, to: u) else { continue }
                let raw = [u] + back.nodes
                let steps = [false] + back.levelSteps
                let cycle = Self.collapse(path: raw, levelSteps: steps, action: u, entry: e)
                if reported.insert(Set(cycle.path)).inserted { found.append(cycle) }
            }
        }
        return found
    }

    /// The shortest way from `start` to `goal`: `start` and the actions
    /// after it, without `goal`, and for each of them whether the step to
    /// the next one (the last one's to `goal`) is the level order.
    private func path(from start: Int, to goal: Int) -> (nodes: [Int], levelSteps: [Bool])? {
        var previous: [Int: (node: Int, level: Bool)] = [start: (start, false)]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            let next = actions[node].action.requires.compactMap { index[$0] }.map { ($0, false) } + lower[node].map { ($0, true) }
            for (other, isLevel) in next where previous[other] == nil {
                previous[other] = (node, isLevel)
                if other == goal {
                    var nodes: [Int] = []
                    var levelSteps: [Bool] = []
                    var current = goal
                    while current != start, let step = previous[current] {
                        levelSteps.append(step.level)
                        current = step.node
                        nodes.append(current)
                    }
                    return (nodes.reversed(), levelSteps.reversed())
                }
                queue.append(other)
            }
        }
        return nil
    }

    /// The cycle with each run of level-order steps cut to one step: an
    /// action comes after every lower level of its dimension directly.
    private static func collapse(path: [Int], levelSteps: [Bool], action: Int, entry: Int) -> Cycle {
        var nodes: [Int] = []
        var steps: [Bool] = []
        for (i, node) in path.enumerated() {
            // Skip a node reached by a level step and left by one.
            if i > 0, levelSteps[i - 1], i < levelSteps.count, levelSteps[i], !nodes.isEmpty {
                continue
            }
            if i > 0 { steps.append(levelSteps[i - 1]) }
            nodes.append(node)
        }
        steps.append(levelSteps.last ?? false)
        return Cycle(action: action, entry: entry, path: nodes, levelSteps: steps)
    }

    /// The action at an index.
    func action(_ i: Int) -> Action { actions[i].action }

    /// The dimension of the action at an index.
    func dimension(_ i: Int) -> String { actions[i].dimension }
}
