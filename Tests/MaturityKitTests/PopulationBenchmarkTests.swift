import Foundation
import Testing
@testable import MaturityKit

/// A client against a six-organisation SurveyMonkey population
/// (Tests/Fixtures/surveys/surveymonkey-population.csv); figures by hand.
struct PopulationBenchmarkTests {
    static func population() throws -> (cards: [Scorecard], engine: ScoringEngine) {
        let q = try SurveyExportTests.questionnaire()
        let rubric = try ContentLoader.loadRubric(try SurveyExportTests.text("survey-mini.rubric.yaml"), path: "survey-mini.rubric.yaml")
        let mapping = try SurveyExportTests.mapping()
        let export = try SurveyExport.read(try SurveyExportTests.text("surveymonkey-population.csv"), path: "p.csv", layout: nil,
                                           questionnaire: q, mapping: mapping)
        let (sets, _) = try SurveyImport.population(export, path: "p.csv", questionnaire: q, mapping: mapping, organisationColumn: "Company",
                                                    date: CalendarDate(year: 2026, month: 2, day: 2), defaultRole: "respondent")
        let engine = ScoringEngine(questionnaire: q, rubrics: [rubric])
        return (sets.map { engine.score($0) }, engine)
    }

    static func client(_ engine: ScoringEngine) throws -> Scorecard {
        engine.score(try ContentLoader.loadAnswers(try SurveyExportTests.text("client.answers.yaml"), path: "client.answers.yaml"))
    }

    @Test func percentileAndQuartilesPerDimension() throws {
        let (cards, engine) = try Self.population()
        let benchmark = try PopulationBenchmark(client: try Self.client(engine), population: cards)
        #expect(benchmark.size == 6)
        let policy = try #require(benchmark.rows.first { $0.dimension == "mini-policy" })
        // Policy = 2 × mean(S-01, S-02): Alder 2×(1+.75)/2 = 1.75, Birch 2×(0+1)/2 = 1, Cedar 2×(1+0)/2 = 1,
        // Damson 1.75, Elm 2×(0+.25)/2 = 0.25, Fir 2×(1+1)/2 = 2 → sorted 0.25, 1, 1, 1.75, 1.75, 2.
        // Client 2×(1+.75)/2 = 1.75: 3 below, 2 level → 100 × (3 + 0.5 × 2) / 6 = 66.67.
        #expect(policy.client == 1.75)
        #expect(abs((policy.percentile ?? 0) - 400.0 / 6) < 1e-9)
        // h = 5p: Q1 h = 1.25 → 1 + .25 × (1 − 1) = 1; median h = 2.5 → 1 + .5 × (1.75 − 1) = 1.375; Q3 h = 3.75 → 1.75.
        #expect(policy.lowerQuartile == 1)
        #expect(policy.median == 1.375)
        #expect(policy.upperQuartile == 1.75)
        #expect(policy.size == 6)
    }

    @Test func aPopulationUnderFiveIsRefused() throws {
        let (cards, engine) = try Self.population()
        #expect(throws: PopulationBenchmark.Failure.populationTooSmall(size: 4, minimum: 5)) {
            try PopulationBenchmark(client: try Self.client(engine), population: Array(cards.prefix(4)))
        }
    }
}
