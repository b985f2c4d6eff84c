@testable import MaturityKit
import Testing

/// The work budgets that keep planning a large library fast: past the greedy
/// budget the steps are taken in passes, past the search budget the best plan
/// found so far is kept and the plan says the search stopped.
@Suite struct PlanningBudgetTests {
    typealias F = PlanningFixtures

    /// One phase of 10. A (importance 5) needs a1 (8); B and C (importance 3)
    /// need b1 (5) and c1 (5).
    static func scheduler(greedyBudget: Int, searchBudget: Int) throws -> (ValueScheduler, PlanningGraph) {
        let rubrics = [F.rubric([F.dimension("A", [F.action("a1", level: 1, effort: 8)]),
                                 F.dimension("B", [F.action("b1", level: 1, effort: 5)]),
                                 F.dimension("C", [F.action("c1", level: 1, effort: 5)])])]
        let profile = F.profile(targets: ["A": .init(level: 1, importance: 5), "B": .init(level: 1, importance: 3),
                                          "C": .init(level: 1, importance: 3)], phases: 1, capacity: 10)
        let gaps = GapAnalysis.gaps(levels: ["A": 0, "B": 0, "C": 0], rubrics: rubrics, profile: profile)
        let graph = try PlanningGraph(rubrics: rubrics, gaps: gaps, profile: profile)
        var scheduler = ValueScheduler(graph: graph, settings: profile.plan, pins: [:], profile: profile,
                                       greedyBudget: greedyBudget, searchBudget: searchBudget)
        scheduler.run()
        return (scheduler, graph)
    }

    @Test func withinItsBudgetsTheSearchFindsTheBestPlan() throws {
        // b1 + c1 = 10 fill the phase: 3 + 3 = 6.
        let (scheduler, graph) = try Self.scheduler(greedyBudget: ValueScheduler.greedyBudget, searchBudget: ValueScheduler.searchBudget)
        #expect(scheduler.value == 6 && scheduler.searchComplete)
        #expect(graph.index["a1"].map { scheduler.startOf[$0] } == .some(nil))
    }

    @Test func withoutBudgetsThePassesKeepTheFirstFitByValuePerPersonDay() throws {
        // No greedy budget: one trial round ranks A (5 ÷ 8 = 0.625) before B and
        // C (3 ÷ 5 = 0.6); a1 takes 8, so b1 and c1 (5 each) no longer fit in
        // the 2 left. No search budget: that plan is kept, value 5.
        let (scheduler, graph) = try Self.scheduler(greedyBudget: 0, searchBudget: 0)
        #expect(scheduler.value == 5)
        #expect(!scheduler.searchComplete)
        #expect(graph.index["a1"].map { scheduler.startOf[$0] } == .some(1))
        #expect(graph.index["b1"].map { scheduler.startOf[$0] } == .some(nil))
    }
}
