import Foundation
import Testing
@testable import MaturityKit

/// `WideCSVLoader.score`: a wide CSV read in chunks and scored respondent by
/// respondent, with the warnings and scores of loading it whole.
struct WideCSVStreamTests {
    static let csv = """
    respondent,role,STR-01,STR-02,POL-01
    r1,executive,yes,some,yes
    r2,engineer,no,"na: no team has started",yes
    r3,engineer,,,

    """

    static func engine() throws -> ScoringEngine {
        ScoringEngine(questionnaire: WideCSVLoaderTests.questionnaire,
                      rubrics: [try ContentLoader.loadRubric(ScoringTests.rubric4, path: "r.yaml")])
    }

    /// The text's bytes handed over `size` at a time.
    static func score(_ text: String, chunk size: Int, keepResponses: Bool = false) throws -> WideCSVLoader.Scored {
        let bytes = Array(text.utf8)
        var offset = 0
        return try WideCSVLoader.score(path: "w.csv", engine: try engine(), keepResponses: keepResponses,
                                       organisation: "Org", date: WideCSVLoaderTests.date) {
            guard offset < bytes.count else { return nil }
            defer { offset += size }
            return Array(bytes[offset..<min(offset + size, bytes.count)])
        }
    }

    @Test func aSmallSurveyScoresAsWorkedOutByHand() throws {
        let scored = try Self.score(Self.csv, chunk: 1 << 20)
        let card = scored.scorecard
        // r3 answered nothing; r2 is an engineer, whom POL-01 is not put to.
        #expect(scored.warnings.map(\.description) == ["w.csv:4:1: warning: respondent 'r3' gave no answers"])
        #expect(card.warnings.map(\.description) == ["w.csv:3:5: warning: ignored: POL-01 is not asked of role 'engineer' (respondent 'r2')"])
        #expect(card.respondents.map(\.answered) == [3, 2, 0])
        #expect(scored.answerCount == 6)
        let questions = Dictionary(uniqueKeysWithValues: card.dimensions.flatMap(\.questions).map { ($0.id, $0) })
        // STR-01: yes (1) by the executive (weight 2), no (0) by an engineer
        // (weight 1): (2 × 1 + 1 × 0) / 3 = 0.667; dissent 1 − 0 = 1.
        #expect(abs((questions["STR-01"]?.value ?? 0) - 2.0 / 3) < 1e-12)
        #expect(questions["STR-01"]?.dissent == 1)
        // STR-02: some (0.25) counted; the engineer's na is given but not counted.
        #expect(questions["STR-02"]?.value == 0.25)
        #expect(questions["STR-02"]?.dissent == nil)
        #expect(questions.mapValues(\.answered) == ["STR-01": 2, "STR-02": 2, "POL-01": 1])
        #expect(questions.values.allSatisfy { $0.responses.isEmpty })
        // alpha: 4 × (0.667 + 0.25) / 2 = 1.833; beta: 4 × 1 = 4;
        // module: (2 × 1.833 + 1 × 4) / 3 = 2.556.
        #expect(abs((card.dimension("alpha")?.score ?? 0) - 1.8333333333) < 1e-9)
        #expect(card.dimension("beta")?.score == 4)
        #expect(abs((card.overall?.score ?? 0) - 2.5555555556) < 1e-9)
    }

    @Test(arguments: [1, 5, 64, 1 << 20])
    func anyChunkingGivesTheResultOfLoadingTheWholeText(_ size: Int) throws {
        let engine = try Self.engine()
        let loaded = try WideCSVLoaderTests.load(Self.csv)
        let checked = LibraryValidator.validate(loaded.answers, questionnaire: engine.questionnaire)
        for keep in [false, true] {
            let scored = try Self.score(Self.csv, chunk: size, keepResponses: keep)
            #expect(scored.scorecard == engine.score(loaded.answers, keepResponses: keep))
            #expect(scored.warnings == loaded.warnings + checked)
        }
    }

    @Test func aSemicolonHeaderLongerThanTheFirstChunksIsStillReadAsSemicolons() throws {
        let text = "respondent;role;STR-01\nr1;executive;yes\n"
        let scored = try Self.score(text, chunk: 3)
        #expect(scored.scorecard.respondents.map(\.id) == ["r1"])
        #expect(scored.scorecard.dimension("alpha")?.score == 4)
    }

    @Test func aRefusedCellThrowsWhatLoadingThrows() throws {
        let text = "respondent,role,STR-01\nr1,executive,perhaps\n"
        let streamed = WideCSVLoaderTests.errors { _ = try Self.score(text, chunk: 4) }
        #expect(streamed == WideCSVLoaderTests.errors { _ = try WideCSVLoaderTests.load(text) })
        #expect(streamed.count == 1 && streamed[0].hasPrefix("w.csv:2:3: error: 'perhaps' is not an answer to STR-01"))
    }

    @Test func anEmptyFileHasNoHeaderRow() throws {
        #expect(WideCSVLoaderTests.errors { _ = try Self.score("", chunk: 4) }
                == ["w.csv:1:1: error: the file has no header row; the first row must name the columns"])
    }
}
