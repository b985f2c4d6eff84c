import Testing
import MaturityKit
@testable import MaturityReports

/// Golden files for `ospo benchmark`: review a change by reading the diff of
/// `Golden/benchmark.*`.
struct BenchmarkRenderTests {
    /// The fixtures' client against six organisations: three answered as the
    /// baseline, three as the reassessment, so every figure has a spread.
    static func benchmark() throws -> PopulationBenchmark {
        let population = try (1...6).map { index in
            try ReportFixtures.scorecard(ReportFixtures.answersText(organisation: "Member \(index)", baseline: index <= 3))
        }
        return try PopulationBenchmark(client: try ReportFixtures.scorecard(), population: population)
    }

    @Test func text() throws {
        // Strategy, by hand: the population scores 0, 0, 0 (baseline) and 1, 1, 1;
        // the client's 1.00 has 3 below and 3 level → 100 × (3 + 0.5 × 3) / 6 = 75th;
        // h = 5p: Q1 h = 1.25 → 0, median h = 2.5 → 0 + 0.5 × (1 − 0) = 0.50, Q3 h = 3.75 → 1.
        let strategy = try #require(try Self.benchmark().rows.first { $0.dimension == "strategy" })
        #expect(strategy.percentile == 75)
        #expect(strategy.median == 0.5)
        try assertGolden(BenchmarkText.render(Self.benchmark()), named: "benchmark.txt")
    }

    @Test func json() throws {
        try assertGolden(BenchmarkText.json(Self.benchmark()), named: "benchmark.json")
    }

    @Test func namesNoMemberOfThePopulation() throws {
        let text = try BenchmarkText.render(Self.benchmark()) + BenchmarkText.json(Self.benchmark())
        #expect(!text.contains("Member"))
    }
}
