import MaturityKit
import Testing

/// Hand-worked plans for `covered`, the capacity scenarios and the working
/// days behind FTE figures.
@Suite struct PlanningCoveredScenarioTests {
    typealias F = PlanningFixtures

    /// A: a1 (level 1, 10 person-days), a2 (level 2, 10 person-days).
    static let rubrics = [F.rubric([F.dimension("A", [F.action("a1", level: 1, effort: 10), F.action("a2", level: 2, effort: 10)])])]

    /// Covered a1 counts as satisfied: only a2 (10) is planned, and it fits
    /// phase 1 (capacity 10), so A reaches level 2 in phase 1. The plan lists
    /// a1 with its justification; a `done` a1 plans the same but is not listed.
    @Test func aCoveredActionIsSatisfiedAndShownWithItsJustification() throws {
        var profile = F.profile(targets: ["A": .init(level: 2, importance: 4)], phases: 2, capacity: 10)
        profile.covered = [Profile.Coverage(action: "a1", by: "The parent company's legal team runs it.")]
        let roadmap = try F.plan(Self.rubrics, levels: ["A": 0], profile)
        #expect(roadmap.idsByPhase == [["a2"], []])
        #expect(roadmap.covered == [CoveredAction(id: "a1", title: "Do a1", dimension: "A", level: 1,
                                                  by: "The parent company's legal team runs it.")])
        #expect(roadmap.backlog.isEmpty)
        #expect(roadmap.projected("A") == [2, 2])
        // Importance 4 × 2 levels = 8, all of it delivered.
        #expect(roadmap.value.delivered == 8 && roadmap.value.possible == 8)

        let done = try F.plan(Self.rubrics, levels: ["A": 0],
                              F.profile(targets: ["A": .init(level: 2, importance: 4)], phases: 2, capacity: 10, done: ["a1"]))
        #expect(done.idsByPhase == [["a2"], []])
        #expect(done.covered == [])
    }

    /// Without the cover, a1 and a2 (20 person-days) take both phases of 10.
    @Test func withoutTheCoverBothActionsArePlanned() throws {
        let roadmap = try F.plan(Self.rubrics, levels: ["A": 0],
                                 F.profile(targets: ["A": .init(level: 2, importance: 4)], phases: 2, capacity: 10))
        #expect(roadmap.idsByPhase == [["a1"], ["a2"]])
        #expect(roadmap.covered == [])
    }

    /// One phase; A needs a1 (10, importance 5), B needs b1 (10, importance 3).
    /// Capacity 16 holds one of them: A (value 5). +25 % gives 20, which holds
    /// both (value 5 + 3 = 8); −25 % gives 12, still one; one more phase gives
    /// 2 × 16, both.
    @Test func aQuarterMoreCapacityReachesOneMoreTarget() throws {
        let rubrics = [F.rubric([F.dimension("A", [F.action("a1", level: 1, effort: 10)]),
                                 F.dimension("B", [F.action("b1", level: 1, effort: 10)])])]
        let profile = F.profile(targets: ["A": .init(level: 1, importance: 5), "B": .init(level: 1, importance: 3)],
                                phases: 1, capacity: 16)
        let scenarios = ScenarioAnalysis.scenarios(planner: Planner(rubrics: rubrics), levels: ["A": 0, "B": 0], profile: profile)
        #expect(scenarios.map(\.label) == ["capacity −25 %", "as planned", "capacity +25 %", "capacity +50 %", "1 more phase", "2 more phases"])
        // 16 × 0.75 = 12, 16, 16 × 1.25 = 20, 16 × 1.5 = 24, then 16 with 2 and 3 phases.
        #expect(scenarios.map(\.capacity) == [12, 16, 20, 24, 16, 16])
        #expect(scenarios.map(\.phases) == [1, 1, 1, 1, 2, 3])
        #expect(scenarios.map(\.targetsReached) == [1, 1, 2, 2, 2, 2])
        #expect(scenarios.map(\.value) == [5, 5, 8, 8, 8, 8])
        #expect(scenarios.allSatisfy { $0.possibleValue == 8 && $0.targetsPlanned == 2 })
        // As planned, B misses b1's 10 person-days: ⌈10 ÷ 16⌉ = 1 more phase.
        let planned = try F.plan(rubrics, levels: ["A": 0, "B": 0], profile)
        #expect(planned.targets.map { $0.shortfall?.description } == [
            nil, "capacity: 10 more person-days (about 1 more phase at this capacity) would reach it"])
        #expect(planned.warnings == [])
        // Key targets (importance ≥ 4): A, reached in phase 1 in every scenario.
        #expect(scenarios[2].keyTargets == [Scenario.KeyTarget(id: "A", importance: 5, reachedInPhase: 1)])
    }

    /// A phase of 3 months from Monday 2026-01-05 ends on Saturday
    /// 2026-04-04: 13 whole weeks (91 days) from the Monday, 13 × 5 = 65
    /// working days. 13 person-days in it are 13 ÷ 65 = 0.2 FTE.
    @Test func fteIsPersonDaysOverTheWeekdaysOfThePhase() throws {
        let roadmap = try F.plan(Self.rubrics, levels: ["A": 0],
                                 F.profile(targets: ["A": .init(level: 1)], phases: 2, capacity: 20,
                                           start: CalendarDate(year: 2026, month: 1, day: 5)))
        let phase = try #require(roadmap.phases.first)
        #expect(phase.end == CalendarDate(year: 2026, month: 4, day: 4))
        #expect(phase.workingDays == 65)
        #expect(abs(phase.fte(13) - 0.2) < 1e-12)
        // Saturday to Sunday: no working day; Friday to Monday: 2.
        #expect(CalendarDate.weekdays(from: CalendarDate(year: 2026, month: 1, day: 3), through: CalendarDate(year: 2026, month: 1, day: 4)) == 0)
        #expect(CalendarDate.weekdays(from: CalendarDate(year: 2026, month: 1, day: 2), through: CalendarDate(year: 2026, month: 1, day: 5)) == 2)
    }

    /// One phase of 10. A (importance 5) needs a1 (8); B and C (importance 3
    /// each) need b1 (5) and c1 (5). By value per person-day A comes first
    /// (5 ÷ 8 = 0.625 against 3 ÷ 5 = 0.6), and then 2 person-days are left:
    /// value 5. The branch and bound finds B and C together (5 + 5 = 10):
    /// value 3 + 3 = 6.
    @Test func theSearchBeatsTheGreedyPass() throws {
        let rubrics = [F.rubric([F.dimension("A", [F.action("a1", level: 1, effort: 8)]),
                                 F.dimension("B", [F.action("b1", level: 1, effort: 5)]),
                                 F.dimension("C", [F.action("c1", level: 1, effort: 5)])])]
        let profile = F.profile(targets: ["A": .init(level: 1, importance: 5), "B": .init(level: 1, importance: 3),
                                          "C": .init(level: 1, importance: 3)], phases: 1, capacity: 10)
        let roadmap = try F.plan(rubrics, levels: ["A": 0, "B": 0, "C": 0], profile)
        #expect(roadmap.idsByPhase == [["b1", "c1"]])
        #expect(roadmap.value.delivered == 6 && roadmap.value.possible == 11)
        #expect(roadmap.value.searchComplete)
    }
}
