import MaturityKit
import Testing

/// The planner against an exhaustive search written here, independent of
/// the planner's code: on small random libraries, every schedule that keeps
/// the rules is searched by `ExhaustiveOptimum` (levels to reach per
/// dimension, each needed set scheduled exactly), and the best value by the
/// horizon's end is compared with the plan's.
@Suite struct PlanningOptimumTests {
    typealias G = PlanningPropertyTests.SeededGenerator

    struct Small {
        let rubrics: [Rubric]
        let levels: [String: Int]
        let profile: Profile
    }

    /// Two modules of 2–4 dimensions, levels 1–3 with 1–2 actions each,
    /// random `requires` to lower-or-equal levels of earlier dimensions,
    /// exclusions, sometimes a pin, capacities 12–45, 2–6 phases.
    static func small(seed: UInt64) -> Small {
        var random = G(seed: seed)
        var rubrics: [Rubric] = []
        var all: [(id: String, dimension: Int, level: Int)] = []
        var levels: [String: Int] = [:]
        var targets: [String: Profile.Target] = [:]
        var dimensionIndex = 0
        for module in 0..<2 {
            var dimensions: [Dimension] = []
            for _ in 0..<Int.random(in: 2...4, using: &random) {
                let d = dimensionIndex
                dimensionIndex += 1
                var actions: [Action] = []
                for level in 1...3 {
                    for k in 0..<Int.random(in: 1...2, using: &random) {
                        let id = "d\(d).l\(level).\(k)"
                        var requires: [String] = []
                        let earlier = all.filter { $0.dimension < d && $0.level <= level }
                        if !earlier.isEmpty && Int.random(in: 0..<100, using: &random) < 25 {
                            requires.append(earlier[Int.random(in: 0..<earlier.count, using: &random)].id)
                        }
                        actions.append(Action(id: id, title: id, level: level,
                                              effort: Double(Int.random(in: 2...30, using: &random)),
                                              impact: 3, roles: ["lead"], requires: requires))
                        all.append((id, d, level))
                    }
                }
                dimensions.append(Dimension(id: "d\(d)", title: "D\(d)",
                                            levels: Dictionary(uniqueKeysWithValues: (0...3).map { ($0, "L\($0)") }),
                                            actions: actions))
                levels["d\(d)"] = Int.random(in: 0...1, using: &random)
                targets["d\(d)"] = Profile.Target(level: Int.random(in: 1...3, using: &random),
                                                  importance: Int.random(in: 1...5, using: &random))
            }
            rubrics.append(Rubric(id: "m\(module)", title: "M\(module)",
                                  scale: (0...3).map { ScaleLevel(level: $0, name: "L\($0)") }, dimensions: dimensions))
        }
        let exclude = all.filter { _ in Int.random(in: 0..<100, using: &random) < 4 }
            .map { Profile.Exclusion(action: $0.id, reason: "no") }
        let phases = Int.random(in: 2...6, using: &random)
        var pins: [String: Int] = [:]
        if Int.random(in: 0..<100, using: &random) < 20 {
            // An action some target needs: the next level of its dimension, within the target.
            let candidates = all.filter { a in
                let d = "d\(a.dimension)"
                return a.level == (levels[d] ?? 0) + 1 && a.level <= (targets[d]?.level ?? 0)
            }
            if !candidates.isEmpty {
                let pick = candidates[Int.random(in: 0..<candidates.count, using: &random)]
                pins[pick.id] = Int.random(in: 1...phases, using: &random)
            }
        }
        let profile = Profile(targets: targets,
                              plan: PlanSettings(start: CalendarDate(year: 2026, month: 1, day: 1), phaseMonths: 3,
                                                 phases: phases, capacity: Double(Int.random(in: 12...45, using: &random))),
                              exclude: exclude, pins: pins)
        return Small(rubrics: rubrics, levels: levels, profile: profile)
    }

    /// 200 libraries compared (seeds whose pins the planner refuses are
    /// skipped and replaced): never above the optimum, 97 % of it on average.
    @Test func thePlannerIsWithinThreePercentOfTheOptimumOn200Libraries() throws {
        let clock = ContinuousClock()
        let began = clock.now
        var ratios: [Double] = []
        var worst = (ratio: 2.0, seed: UInt64(0), plan: 0, best: 0)
        var refused = 0, checked = 0, seed: UInt64 = 0
        while ratios.count < 200 && seed < 400 {
            seed += 1
            let c = Self.small(seed: seed &* 2_654_435_761)
            let roadmap: Roadmap
            do {
                roadmap = try Planner(rubrics: c.rubrics).plan(levels: c.levels, profile: c.profile)
            } catch {
                refused += 1
                continue
            }
            let optimum = try #require(ExhaustiveOptimum.solve(rubrics: c.rubrics, levels: c.levels, profile: c.profile),
                                       "seed \(seed): the planner kept a pin no schedule can keep")
            checked += optimum.setsChecked
            // Above the optimum would mean a broken rule.
            #expect(roadmap.value.delivered <= optimum.value, "seed \(seed): \(roadmap.value.delivered) > optimum \(optimum.value)")
            let ratio = optimum.value == 0 ? 1 : Double(roadmap.value.delivered) / Double(optimum.value)
            ratios.append(ratio)
            if ratio < worst.ratio { worst = (ratio, seed, roadmap.value.delivered, optimum.value) }
        }
        let average = ratios.reduce(0, +) / Double(max(ratios.count, 1))
        let elapsed = clock.now - began
        print("planner vs optimum over \(ratios.count) libraries (\(refused) refused for their pins, \(checked) needed sets scheduled exactly, \(elapsed)): average \(String(format: "%.2f", average * 100)) %, worst \(String(format: "%.2f", worst.ratio * 100)) % (seed \(worst.seed): \(worst.plan) of \(worst.best))")
        #expect(ratios.count == 200)
        #expect(average >= 0.97)
    }
}
