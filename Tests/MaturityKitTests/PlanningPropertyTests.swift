import MaturityKit
import Testing

/// Invariants every plan keeps, checked on randomly generated rubrics and
/// profiles (seeded, so a failure can be replayed from its seed).
@Suite struct PlanningPropertyTests {
    /// SplitMix64: small, fast and the same on every platform.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    struct Case {
        let rubrics: [Rubric]
        let levels: [String: Int]
        let profile: Profile
    }

    /// A random library of 150–400 actions. Requirements only point to
    /// actions earlier in a random global order, and levels never go down
    /// along that order within a dimension, so neither `requires` nor the
    /// level order can form a loop.
    static func randomCase(seed: UInt64, pins: Bool) -> Case {
        var random = SeededGenerator(seed: seed)
        let maxLevel = 4
        let dimensionCount = Int.random(in: 3...10, using: &random)
        let actionCount = Int.random(in: 150...400, using: &random)
        // The global order: action k belongs to a random dimension.
        let dimensionOf = (0..<actionCount).map { _ in Int.random(in: 0..<dimensionCount, using: &random) }
        // Levels non-decreasing within each dimension along the order: the
        // members of a dimension are split into four runs of random length.
        var levelOf = Array(repeating: 1, count: actionCount)
        for d in 0..<dimensionCount {
            let members = dimensionOf.indices.filter { dimensionOf[$0] == d }
            let cuts = (0..<maxLevel - 1).map { _ in Int.random(in: 0...members.count, using: &random) }.sorted()
            for (position, k) in members.enumerated() {
                levelOf[k] = 1 + cuts.filter { $0 <= position }.count
            }
        }
        let ids = (0..<actionCount).map { "d\(dimensionOf[$0]).x\($0)" }
        let roles = ["lead", "legal", "security", "engineer", "sponsor"]
        var actions: [Action] = []
        for k in 0..<actionCount {
            var requires: [String] = []
            if k > 0 {
                for _ in 0..<Int.random(in: 0...3, using: &random) where Int.random(in: 0..<100, using: &random) < 40 {
                    let j = Int.random(in: 0..<k, using: &random)
                    if !requires.contains(ids[j]) { requires.append(ids[j]) }
                }
            }
            actions.append(Action(id: ids[k], title: "Action \(k)", level: levelOf[k],
                                  effort: Double(Int.random(in: 1...40, using: &random)) / 2,
                                  impact: Int.random(in: 1...5, using: &random),
                                  roles: Array(roles.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random))),
                                  requires: requires))
        }
        let dimensions = (0..<dimensionCount).map { d in
            Dimension(id: "d\(d)", title: "D\(d)", levels: Dictionary(uniqueKeysWithValues: (0...maxLevel).map { ($0, "L\($0)") }),
                      actions: actions.filter { $0.id.hasPrefix("d\(d).") })
        }
        let half = dimensionCount / 2
        let rubrics = [
            Rubric(id: "r1", title: "R1", scale: (0...maxLevel).map { ScaleLevel(level: $0, name: "L\($0)") }, dimensions: Array(dimensions[..<half])),
            Rubric(id: "r2", title: "R2", scale: (0...maxLevel).map { ScaleLevel(level: $0, name: "L\($0)") }, dimensions: Array(dimensions[half...])),
        ]
        var levels: [String: Int] = [:]
        var targets: [String: Profile.Target] = [:]
        for d in 0..<dimensionCount {
            if Int.random(in: 0..<100, using: &random) < 85 { levels["d\(d)"] = Int.random(in: 0...3, using: &random) }
            if Int.random(in: 0..<100, using: &random) < 60 {
                targets["d\(d)"] = Profile.Target(level: Int.random(in: 0...maxLevel, using: &random), importance: Int.random(in: 1...5, using: &random))
            }
        }
        let done = ids.filter { _ in Int.random(in: 0..<100, using: &random) < 5 }
        let doneSet = Set(done)
        let exclude = ids.filter { !doneSet.contains($0) && Int.random(in: 0..<100, using: &random) < 3 }
            .map { Profile.Exclusion(action: $0, reason: "Reason for \($0)") }
        let phases = Int.random(in: 2...12, using: &random)
        let defaultTarget = Int.random(in: 0...3, using: &random)
        var pinMap: [String: Int] = [:]
        if pins {
            // Pin needed actions (most of the time), so that some pins hold
            // and others fail on order or room.
            let unpinned = Case(rubrics: rubrics, levels: levels, profile: Profile(
                defaultTarget: defaultTarget, targets: targets,
                plan: PlanSettings(start: CalendarDate(year: 2026, month: 1, day: 1), phaseMonths: 3, phases: phases, capacity: 1),
                done: done, exclude: exclude))
            let candidates = needed(unpinned).needed.subtracting(exclude.map(\.action)).sorted()
            for _ in 0..<Int.random(in: 1...3, using: &random) where !candidates.isEmpty {
                let id = Int.random(in: 0..<100, using: &random) < 90
                    ? candidates[Int.random(in: 0..<candidates.count, using: &random)]
                    : ids[Int.random(in: 0..<actionCount, using: &random)]
                pinMap[id] = Int.random(in: 1...phases, using: &random)
            }
        }
        let profile = Profile(defaultTarget: defaultTarget, targets: targets,
                              plan: PlanSettings(start: CalendarDate(year: 2026, month: 1, day: 1), phaseMonths: 3, phases: phases,
                                                 capacity: Double(Int.random(in: 10...80, using: &random))),
                              done: done, exclude: exclude, pins: pinMap)
        return Case(rubrics: rubrics, levels: levels, profile: profile)
    }

    /// The needed actions, worked out here independently of the planner:
    /// the gap levels of planned dimensions, closed under `requires` and
    /// "every lower level of the same dimension", minus what is satisfied;
    /// excluded actions are needed but pull nothing in.
    static func needed(_ c: Case) -> (needed: Set<String>, satisfied: (Action) -> Bool) {
        var dimensionOf: [String: String] = [:]
        var byId: [String: Action] = [:]
        var byDimension: [String: [Action]] = [:]
        for rubric in c.rubrics {
            for dimension in rubric.dimensions {
                for action in dimension.actions {
                    dimensionOf[action.id] = dimension.id
                    byId[action.id] = action
                    byDimension[dimension.id, default: []].append(action)
                }
            }
        }
        let done = Set(c.profile.done)
        let excluded = Set(c.profile.exclude.map(\.action))
        let current = { (dimension: String) in c.levels[dimension] ?? 0 }
        let satisfied = { (action: Action) in action.level <= current(dimensionOf[action.id] ?? "") || done.contains(action.id) }
        var needed = Set<String>()
        var queue: [Action] = []
        for (dimension, actions) in byDimension {
            let target = c.profile.target(for: dimension).level
            let planned = c.levels[dimension] != nil || c.profile.targets[dimension] != nil
            guard planned else { continue }
            for action in actions where action.level > current(dimension) && action.level <= target && !satisfied(action) {
                if needed.insert(action.id).inserted { queue.append(action) }
            }
        }
        while let action = queue.popLast() {
            guard !excluded.contains(action.id) else { continue }
            let pulled = action.requires.compactMap { byId[$0] }
                + (byDimension[dimensionOf[action.id] ?? ""] ?? []).filter { $0.level < action.level }
            for other in pulled where !satisfied(other) {
                if needed.insert(other.id).inserted { queue.append(other) }
            }
        }
        return (needed, satisfied)
    }

    @Test(arguments: 0..<50)
    func plansKeepTheirInvariants(seed: Int) throws {
        let c = Self.randomCase(seed: UInt64(seed) &* 7919 &+ 17, pins: false)
        let roadmap = try Planner(rubrics: c.rubrics).plan(levels: c.levels, profile: c.profile)
        let (needed, satisfied) = Self.needed(c)
        let actions = Dictionary(uniqueKeysWithValues: c.rubrics.flatMap { $0.dimensions.flatMap(\.actions) }.map { ($0.id, $0) })
        let dimensionOf = Dictionary(uniqueKeysWithValues: c.rubrics.flatMap { $0.dimensions }.flatMap { d in d.actions.map { ($0.id, d.id) } })
        var phaseOf: [String: Int] = [:]
        for phase in roadmap.phases {
            // No phase over capacity.
            #expect(phase.effort <= c.profile.plan.capacity + 1e-9, "seed \(seed): phase \(phase.number) holds \(phase.effort)")
            for action in phase.actions {
                #expect(phaseOf[action.id] == nil, "seed \(seed): \(action.id) scheduled twice")
                phaseOf[action.id] = phase.number
            }
        }
        for (id, phase) in phaseOf {
            guard let action = actions[id] else { continue }
            // Nothing before what it requires…
            for required in action.requires {
                guard let other = actions[required], !satisfied(other) else { continue }
                #expect((phaseOf[required] ?? Int.max) < phase, "seed \(seed): \(id) in phase \(phase) before \(required)")
            }
            // …nor before a needed lower level of its own dimension.
            for other in actions.values where dimensionOf[other.id] == dimensionOf[id] && other.level < action.level && needed.contains(other.id) {
                #expect((phaseOf[other.id] ?? Int.max) < phase, "seed \(seed): \(id) in phase \(phase) before lower-level \(other.id)")
            }
        }
        // Every needed action is scheduled or in the backlog with a reason, and nothing else is planned.
        let backlog = Set(roadmap.backlog.map(\.id))
        #expect(Set(phaseOf.keys).isDisjoint(with: backlog), "seed \(seed)")
        #expect(Set(phaseOf.keys).union(backlog) == needed, "seed \(seed): planned set differs from the needed set")
        #expect(roadmap.backlog.allSatisfy { !$0.reason.description.isEmpty })
        #expect(roadmap.totals.neededActions == needed.count)
        // Excluded and done actions are never scheduled.
        for id in c.profile.done + c.profile.exclude.map(\.action) {
            #expect(phaseOf[id] == nil, "seed \(seed): \(id) is done or excluded but scheduled")
        }
        // Projections start at the current level and never go down.
        for gap in roadmap.gaps {
            var previous = gap.planningLevel
            for projection in roadmap.projection {
                let level = projection.levels[gap.id] ?? -1
                #expect(level >= previous, "seed \(seed): \(gap.id) goes down to \(level) in phase \(projection.phase)")
                previous = level
            }
        }
    }

    @Test(arguments: 0..<20)
    func pinsAreHonouredOrRefused(seed: Int) throws {
        let c = Self.randomCase(seed: UInt64(seed) &* 104_729 &+ 3, pins: true)
        do {
            let roadmap = try Planner(rubrics: c.rubrics).plan(levels: c.levels, profile: c.profile)
            for (id, phase) in c.profile.pins {
                #expect(roadmap.phase(of: id) == phase, "seed \(seed): \(id) not in its pinned phase \(phase)")
                #expect(roadmap.scheduled(id)?.reason.description == "pinned to phase \(phase)")
            }
        } catch {
            // Only the pins can be wrong in a generated case, and each problem names one.
            #expect(!error.diagnostics.isEmpty)
            for diagnostic in error.diagnostics {
                #expect(diagnostic.message.contains("is pinned to phase"), "seed \(seed): \(diagnostic.message)")
            }
        }
    }

    @Test func theSameRandomCaseGivesAnEqualPlan() throws {
        let c = Self.randomCase(seed: 42, pins: false)
        let first = try Planner(rubrics: c.rubrics).plan(levels: c.levels, profile: c.profile)
        let again = Self.randomCase(seed: 42, pins: false)
        #expect(try Planner(rubrics: again.rubrics).plan(levels: again.levels, profile: again.profile) == first)
    }
}
