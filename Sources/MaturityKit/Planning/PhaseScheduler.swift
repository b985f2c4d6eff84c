/// Fills the phases of a plan in order (see `Planner`), honouring pins and
/// reporting the pins it cannot honour.
struct PhaseScheduler {
    let graph: PlanningGraph
    let settings: PlanSettings
    /// Node → pinned phase, for pins of schedulable actions.
    let pins: [Int: Int]
    let profile: Profile

    /// Node → phase, for scheduled actions.
    private(set) var phaseOf: [Int?]
    /// Nodes per phase (index 0 is phase 1), in the order they were placed.
    private(set) var placed: [[Int]]
    /// Pins that could not be honoured.
    private(set) var problems: [Diagnostic] = []
    /// Node → the last phase it may be in so that a pinned action waiting for
    /// it can keep its pin, with that pinned action.
    private(set) var deadline: [Int: (phase: Int, pinned: Int)] = [:]
    /// Nodes placed in their last possible phase instead of a better-ranked
    /// action, for a pin's sake.
    private(set) var placedForPin = Set<Int>()

    init(graph: PlanningGraph, settings: PlanSettings, pins: [Int: Int], profile: Profile) {
        self.graph = graph
        self.settings = settings
        self.pins = pins
        self.profile = profile
        self.phaseOf = Array(repeating: nil, count: graph.nodes.count)
        self.placed = []
        computeDeadlines()
    }

    /// Works back from each pin: what it waits for must be done by the phase
    /// before, what that waits for by the phase before that, and so on.
    private mutating func computeDeadlines() {
        for i in graph.order.reversed() where graph.nodes[i].stuck == nil {
            var best: (phase: Int, pinned: Int)?
            for j in graph.nodes[i].dependents where graph.nodes[j].stuck == nil {
                let limit: (phase: Int, pinned: Int)?
                if let pin = pins[j] { limit = (pin - 1, j) } else { limit = deadline[j].map { ($0.phase - 1, $0.pinned) } }
                if let limit, best.map({ limit.phase < $0.phase }) ?? true { best = limit }
            }
            if let best { deadline[i] = best }
        }
    }

    mutating func run() {
        let nodes = graph.nodes
        // A global rank: priority high to low, then id; sorting by rank later
        // is sorting by (priority, id).
        let ranked = graph.order.filter { nodes[$0].stuck == nil }
            .sorted { nodes[$0].priority != nodes[$1].priority ? nodes[$0].priority > nodes[$1].priority : nodes[$0].action.id < nodes[$1].action.id }
        var rank = Array(repeating: Int.max, count: nodes.count)
        for (position, i) in ranked.enumerated() { rank[i] = position }

        var waiting = nodes.map(\.dependencies.count)
        var ready = ranked.filter { waiting[$0] == 0 }
        var pinnedAt: [Int: [Int]] = [:]
        for (i, phase) in pins { pinnedAt[phase, default: []].append(i) }
        var droppedPins = Set<Int>()

        for phase in stride(from: 1, through: settings.phases, by: 1) {
            var used = 0.0
            var here: [Int] = []
            let pinnedHere = (pinnedAt[phase] ?? []).sorted { nodes[$0].action.id < nodes[$1].action.id }
            let pinnedEffort = pinnedHere.reduce(0) { $0 + nodes[$1].action.effort }
            for i in pinnedHere {
                if waiting[i] > 0 {
                    problems.append(notReady(i, phase: phase))
                    droppedPins.insert(i)
                } else if used + nodes[i].action.effort > settings.capacity + Planner.tolerance {
                    problems.append(.error(profile.source["pin.\(nodes[i].action.id)"], "'\(nodes[i].action.id)' is pinned to phase \(phase), but phase \(phase) cannot hold it: the actions pinned there need \(formatNumber(pinnedEffort)) person-days, more than its capacity of \(formatNumber(settings.capacity)); pin some of them to another phase"))
                    droppedPins.insert(i)
                } else {
                    used += nodes[i].action.effort
                    here.append(i)
                }
            }
            let pinnedPlaced = Set(here)
            // Pinned actions go only into their own phase; a pin that could not
            // be honoured (already reported) lets its action be scheduled freely.
            let candidates = ready.filter { i in
                !pinnedPlaced.contains(i) && (pins[i] == nil || droppedPins.contains(i))
            }.sorted { a, b in
                let urgentA = (deadline[a]?.phase ?? Int.max) <= phase, urgentB = (deadline[b]?.phase ?? Int.max) <= phase
                return urgentA != urgentB ? urgentA : rank[a] < rank[b]
            }
            var urgentPlaced: [Int] = []
            for i in candidates where used + nodes[i].action.effort <= settings.capacity + Planner.tolerance {
                used += nodes[i].action.effort
                here.append(i)
                if let limit = deadline[i], limit.phase <= phase { urgentPlaced.append(i) }
            }
            // An urgent action ranked below a candidate left out of this phase
            // took that candidate's place for a pin's sake.
            let placedHere = Set(here)
            var bestLeftOut = Int.max
            for i in candidates where !placedHere.contains(i) {
                bestLeftOut = min(bestLeftOut, rank[i])
            }
            for i in urgentPlaced where rank[i] > bestLeftOut { placedForPin.insert(i) }
            // What was placed here unlocks its dependents from the next phase on.
            ready.removeAll { placedHere.contains($0) }
            var unlocked: [Int] = []
            for i in here {
                phaseOf[i] = phase
                for j in nodes[i].dependents where nodes[j].stuck == nil {
                    waiting[j] -= 1
                    if waiting[j] == 0 { unlocked.append(j) }
                }
            }
            if !unlocked.isEmpty {
                ready = (ready + unlocked).sorted { rank[$0] < rank[$1] }
            }
            placed.append(here)
        }
    }

    /// The problem with a pinned action whose prerequisites are not all done
    /// before its phase, naming the first one missing.
    private func notReady(_ i: Int, phase: Int) -> Diagnostic {
        let node = graph.nodes[i]
        let at = profile.source["pin.\(node.action.id)"]
        let pinned = "'\(node.action.id)' is pinned to phase \(phase)"
        guard let missing = node.dependencies.first(where: { (phaseOf[$0.node] ?? Int.max) >= phase }) else {
            return .error(at, "\(pinned), but what it waits for is not done before then")
        }
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
}
