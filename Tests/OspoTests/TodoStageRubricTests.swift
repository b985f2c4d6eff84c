import Foundation
import Testing
@testable import MaturityKit

/// The shipped TODO Group stage rubric scores as cumulative gates: a stage
/// counts only when it and every stage below it pass.
struct TodoStageRubricTests {
    static func scorecard(_ respondents: String) throws -> Scorecard {
        let library = try ShippedContentTests.library()
        let questionnaire = try #require(library.questionnaire("todo-stages"))
        let rubric = try #require(library.rubric("todo-stages"))
        let answers = try ContentLoader.loadAnswers("""
        format: ospo/answers@1
        questionnaire: todo-stages
        organisation: Stage Test Ltd
        date: 2026-11-02
        respondents:
        \(respondents)
        """, path: "a.yaml")
        #expect(LibraryValidator.validate(answers, questionnaire: questionnaire).errors.isEmpty)
        return ScoringEngine(questionnaire: questionnaire, rubrics: [rubric]).score(answers)
    }

    @Test func theRubricIsGatedAtTwoChecksInThree() throws {
        let rubric = try #require(try ShippedContentTests.library().rubric("todo-stages"))
        #expect(rubric.scoring == .gated(pass: 0.65))
        #expect(rubric.scale.map(\.name) == ["Ad hoc adoption", "Compliance and education", "Evangelism and participation",
                                             "Hosting and communities", "Strategic partner"])
    }

    /// OSPO lead (weight 2) and engineering manager (weight 1); TS-10 to TS-12
    /// are asked of the OSPO lead only. A question's value is Σ r·x ÷ Σ r.
    @Test func stageTwoWhenStageThreeFailsAlthoughStageFourIsMet() throws {
        let card = try Self.scorecard("""
          - id: lead
            role: ospo-lead
            answers: { TS-01: "yes", TS-02: "yes", TS-03: "yes", TS-04: "yes", TS-05: "no", TS-06: "yes",
                       TS-07: "yes", TS-08: "no", TS-09: "no", TS-10: "yes", TS-11: "yes", TS-12: "yes" }
          - id: manager
            role: engineering-manager
            answers: { TS-01: "yes", TS-02: "no", TS-03: "yes", TS-04: "yes", TS-05: "yes", TS-06: "no",
                       TS-07: "yes", TS-08: "no", TS-09: unknown }
        """)
        let stage = try #require(card.dimension("todo-stage"))
        // Stage 1: TS-01 = 1, TS-02 = (2·1 + 1·0) ÷ 3 = 2/3, TS-03 = 1;
        //   m1 = (1 + 2/3 + 1) ÷ 3 = 8/9 ≈ 0.889 ≥ 0.65, passes.
        // Stage 2: TS-04 = 1, TS-05 = (2·0 + 1·1) ÷ 3 = 1/3, TS-06 = (2·1 + 1·0) ÷ 3 = 2/3;
        //   m2 = (1 + 1/3 + 2/3) ÷ 3 = 2/3 ≈ 0.667 ≥ 0.65, passes.
        // Stage 3: TS-07 = 1, TS-08 = 0, TS-09 = 0 ("don't know" counts as 0);
        //   m3 = 1/3 < 0.65, fails, so A = 2.
        // Stage 4: m4 = 1, but it does not count above a failed stage.
        // Score = A + m3 = 2 + 1/3.
        let score = try #require(stage.score)
        #expect(abs(score - (2 + 1.0 / 3)) < 1e-9)
        #expect(stage.level == 2)
        #expect(stage.levelName == "Evangelism and participation")
    }

    @Test func aMissedFirstStageIsStageZeroHoweverMuchElseIsDone() throws {
        let card = try Self.scorecard("""
          - id: lead
            role: ospo-lead
            answers: { TS-01: "no", TS-02: "no", TS-03: "yes", TS-04: "yes", TS-05: "yes", TS-06: "yes",
                       TS-07: "yes", TS-08: "yes", TS-09: "yes", TS-10: "yes", TS-11: "yes", TS-12: "yes" }
        """)
        let stage = try #require(card.dimension("todo-stage"))
        // m1 = (0 + 0 + 1) ÷ 3 = 1/3 < 0.65: stage 1 fails, A = 0, score = 0 + 1/3.
        let score = try #require(stage.score)
        #expect(abs(score - 1.0 / 3) < 1e-9)
        #expect(stage.level == 0)
        #expect(stage.levelName == "Ad hoc adoption")
    }
}
