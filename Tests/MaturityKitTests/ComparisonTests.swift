import Testing
import MaturityKit

/// `AssessmentComparison` as a pure function of two scorecards, two answer
/// sets and a question → dimension map; every expectation worked by hand.
struct ComparisonTests {
    static let rubric = """
    format: ospo/rubric@1
    id: mod
    title: Module
    version: 1.0.0
    scale:
      - { level: 0, name: Ad hoc }
      - { level: 1, name: Aware }
      - { level: 2, name: Defined }
    dimensions:
      - { id: alpha, title: Alpha, levels: { 0: a0, 1: a1, 2: a2 } }
      - { id: beta, title: Beta, levels: { 0: b0, 1: b1, 2: b2 } }
    """

    static let questionnaire = """
    format: ospo/questionnaire@1
    id: q
    title: Q
    version: 1.0.0
    rubrics: [mod]
    scales:
      yesno:
        - { id: "no", label: "No", value: 0 }
        - { id: "yes", label: "Yes", value: 1 }
    sections:
      - id: s
        title: S
        questions:
          - { id: A1, text: First alpha?, dimension: alpha, scale: yesno }
          - { id: A2, text: Second alpha?, dimension: alpha, scale: yesno }
          - { id: B1, text: Beta?, dimension: beta, scale: yesno }
    """

    static func answers(_ respondents: String, date: String) throws -> AnswerSet {
        try ContentLoader.loadAnswers("""
        format: ospo/answers@1
        questionnaire: q
        organisation: Acme
        date: \(date)
        respondents:
        \(respondents)
        """, path: "answers.yaml")
    }

    @Test func scoresLevelsAndTheAnswersBehindThemPerDimension() throws {
        let questionnaire = try ContentLoader.loadQuestionnaire(Self.questionnaire, path: "q.yaml")
        let engine = ScoringEngine(questionnaire: questionnaire, rubrics: [try ContentLoader.loadRubric(Self.rubric, path: "r.yaml")])
        let old = try Self.answers("""
          - { id: r1, role: default, answers: { A1: "no", A2: "no", B1: "yes" } }
          - { id: r2, role: default, answers: { A1: "no" } }
        """, date: "2026-01-10")
        // r2 left; r3 came; r1 changed both alpha answers and kept B1.
        let new = try Self.answers("""
          - { id: r1, role: default, answers: { A1: "yes", A2: "yes", B1: "yes" } }
          - { id: r3, role: default, answers: { B1: "no" } }
        """, date: "2027-01-10")
        let comparison = AssessmentComparison(before: engine.score(old), after: engine.score(new), beforeAnswers: old, afterAnswers: new,
                                              questionDimensions: AssessmentComparison.questionDimensions(before: questionnaire, after: questionnaire))
        #expect(comparison.dimensions.map(\.id) == ["alpha", "beta"])
        let alpha = comparison.dimensions[0], beta = comparison.dimensions[1]
        // Alpha: every answer 0 before (score 0, level 0); every answer 1 after: 2 × 1 = 2, level 2.
        #expect(alpha.before == LevelScore(score: 0) && alpha.after == LevelScore(score: 2))
        #expect(alpha.scoreChange == 2 && alpha.levelChange == 2)
        #expect(alpha.changes == [
            .init(question: "A1", respondent: "r1", before: "no", after: "yes"),
            .init(question: "A1", respondent: "r2", before: "no", after: nil),
            .init(question: "A2", respondent: "r1", before: "no", after: "yes"),
        ])
        // Beta: 2 × 1 = 2 before; 2 × (1 + 0) / 2 = 1 after: −1, one level down.
        #expect(beta.scoreChange == -1 && beta.levelChange == -1)
        #expect(beta.changes == [.init(question: "B1", respondent: "r3", before: nil, after: "no")])
    }

    @Test func answersToQuestionsOfNoKnownDimensionAreLeftOutAndTheLaterQuestionnaireWins() throws {
        let card = ScoringEngine(questionnaire: try ContentLoader.loadQuestionnaire(Self.questionnaire, path: "q.yaml"),
                                 rubrics: [try ContentLoader.loadRubric(Self.rubric, path: "r.yaml")])
            .score(try Self.answers("  - { id: r1, role: default, answers: { A1: \"no\" } }", date: "2026-01-10"))
        let old = try Self.answers("  - { id: r1, role: default, answers: { A1: \"no\", B1: \"no\" } }", date: "2026-01-10")
        let new = try Self.answers("  - { id: r1, role: default, answers: { A1: \"yes\", B1: \"yes\" } }", date: "2027-01-10")
        // B1 is in no dimension of the map; A1 moved from alpha to beta in the later questionnaire.
        let comparison = AssessmentComparison(before: card, after: card, beforeAnswers: old, afterAnswers: new,
                                              questionDimensions: ["A1": "beta"])
        #expect(comparison.dimensions.first { $0.id == "alpha" }?.changes == [])
        #expect(comparison.dimensions.first { $0.id == "beta" }?.changes == [.init(question: "A1", respondent: "r1", before: "no", after: "yes")])
        let earlier = try ContentLoader.loadQuestionnaire(Self.questionnaire, path: "q.yaml")
        let later = try ContentLoader.loadQuestionnaire(Self.questionnaire.replacingOccurrences(of: "First alpha?, dimension: alpha", with: "First alpha?, dimension: beta"), path: "q.yaml")
        #expect(AssessmentComparison.questionDimensions(before: earlier, after: later) == ["A1": "beta", "A2": "alpha", "B1": "beta"])
    }
}
