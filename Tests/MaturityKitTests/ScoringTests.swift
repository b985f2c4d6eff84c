import Testing
@testable import MaturityKit

/// Scores worked out by hand; the arithmetic is in the comments.
struct ScoringTests {
    // A 0–4 rubric with two dimensions (weights 2 and 1), average method.
    static let rubric4 = """
    format: ospo/rubric@1
    id: mod
    title: Module
    version: 1.0.0
    scale:
      - { level: 0, name: Ad hoc }
      - { level: 1, name: Aware }
      - { level: 2, name: Defined }
      - { level: 3, name: Integrated }
      - { level: 4, name: Leading }
    dimensions:
      - id: alpha
        title: Alpha
        weight: 2
        levels: { 0: a0, 1: a1, 2: a2, 3: a3, 4: a4 }
      - id: beta
        title: Beta
        levels: { 0: b0, 1: b1, 2: b2, 3: b3, 4: b4 }
    """

    static func questionnaire(unknown: String = "zero", rubrics: String = "[mod]", questions: String) -> String {
        """
        format: ospo/questionnaire@1
        id: q
        title: Q
        version: 1.0.0
        rubrics: \(rubrics)
        unknown: \(unknown)
        scales:
          yesno:
            - { id: "no", label: "No", value: 0 }
            - { id: "yes", label: "Yes", value: 1 }
          coverage:
            - { id: none, label: None, value: 0 }
            - { id: some, label: Some, value: 0.25 }
            - { id: most, label: Most, value: 0.5 }
            - { id: all, label: All, value: 1 }
        roles:
          executive: { title: Executive, weight: 2 }
          engineer: { title: Engineer, weight: 1 }
        sections:
          - id: s
            title: S
            questions:
        \(questions)
        """
    }

    static func answers(_ respondents: String) -> String {
        """
        format: ospo/answers@1
        questionnaire: q
        organisation: Test Org
        date: 2026-01-15
        respondents:
        \(respondents)
        """
    }

    static func score(rubrics: [String] = [rubric4], questionnaire: String, answers: String) throws -> Scorecard {
        let loadedRubrics = try rubrics.enumerated().map { try ContentLoader.loadRubric($1, path: "r\($0).yaml") }
        let q = try ContentLoader.loadQuestionnaire(questionnaire, path: "q.yaml")
        let a = try ContentLoader.loadAnswers(answers, path: "a.yaml")
        let library = ContentLibrary(rubrics: loadedRubrics, questionnaires: [q])
        #expect(LibraryValidator.validate(library).errors.isEmpty)
        #expect(LibraryValidator.validate(a, questionnaire: q).errors.isEmpty)
        return ScoringEngine(questionnaire: q, rubrics: loadedRubrics).score(a)
    }

    @Test func sammPracticeScoreOnAThreeLevelRubric() throws {
        let rubric = """
        format: ospo/rubric@1
        id: samm
        title: SAMM-like
        version: 1.0.0
        scale: [{ level: 0, name: None }, { level: 1, name: Initial }, { level: 2, name: Managed }, { level: 3, name: Optimised }]
        dimensions:
          - id: practice
            title: Practice
            levels: { 0: p0, 1: p1, 2: p2, 3: p3 }
        """
        let q = Self.questionnaire(rubrics: "[samm]", questions: """
                  - { id: Q1, text: One, dimension: practice, scale: coverage }
                  - { id: Q2, text: Two, dimension: practice, scale: coverage }
                  - { id: Q3, text: Three, dimension: practice, scale: coverage }
                  - { id: Q4, text: Four, dimension: practice, scale: coverage }
        """)
        let a = Self.answers("""
          - { id: r1, role: engineer, answers: { Q1: most, Q2: all, Q3: some, Q4: none } }
        """)
        let card = try Self.score(rubrics: [rubric], questionnaire: q, answers: a)
        // SAMM practice score: 3 × (0.5 + 1 + 0.25 + 0) / 4 = 3 × 1.75 / 4 = 1.3125, level 1.
        let practice = try #require(card.dimension("practice"))
        #expect(practice.score == 1.3125)
        #expect(practice.level == 1)
        #expect(practice.levelName == "Initial")
        #expect(practice.coverage == 1)
    }

    @Test(arguments: [("zero", 2.0), ("exclude", 4.0)])
    func unknownCountsAsZeroOrIsLeftOut(policy: String, expected: Double) throws {
        let q = Self.questionnaire(unknown: policy, questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: yesno }
                  - { id: Q2, text: Two, dimension: alpha, scale: yesno }
        """)
        let a = Self.answers("""
          - { id: r1, role: engineer, answers: { Q1: "yes", Q2: unknown } }
        """)
        let alpha = try #require(try Self.score(questionnaire: q, answers: a).dimension("alpha"))
        // zero:    4 × (1 + 0) / 2 = 2.0, coverage 2/2.
        // exclude: 4 × 1 / 1 = 4.0; Q2 has no counted answer, so coverage is 1/2.
        #expect(alpha.score == expected)
        #expect(alpha.coverage == (policy == "zero" ? 1 : 0.5))
    }

    @Test func notApplicableIsLeftOutOfScoreAndCoverage() throws {
        let q = Self.questionnaire(questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: yesno }
                  - { id: Q2, text: Two, dimension: alpha, scale: yesno, allow_na: true }
                  - { id: Q3, text: Three, dimension: alpha, scale: coverage, allow_na: true }
        """)
        let a = Self.answers("""
          - id: r1
            role: engineer
            answers:
              Q1: "yes"
              Q2: { answer: na, justification: We ship nothing. }
              Q3: { answer: na, justification: Not here. }
          - id: r2
            role: engineer
            answers:
              Q2: { answer: na, justification: Same. }
              Q3: most
        """)
        let card = try Self.score(questionnaire: q, answers: a)
        let alpha = try #require(card.dimension("alpha"))
        // Q2: every answering respondent said na → not applicable, left out.
        // Q3: r1 na (left out), r2 most = 0.5 → value 0.5.
        // score = 4 × (1 + 0.5) / 2 = 3.0; coverage = (1 + 1) / (1 + 1) = 1.
        #expect(alpha.questions.first { $0.id == "Q2" }?.status == .notApplicable)
        #expect(alpha.questions.first { $0.id == "Q3" }?.value == 0.5)
        #expect(alpha.score == 3.0)
        #expect(alpha.coverage == 1)
    }

    @Test func hiddenQuestionIsLeftOutAndItsAnswerIgnored() throws {
        let q = Self.questionnaire(questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: yesno }
                  - { id: Q2, text: Two, dimension: alpha, scale: yesno, when: { question: Q1, in: ["yes"] } }
                  - { id: Q3, text: Three, dimension: alpha, scale: yesno }
        """)
        let a = Self.answers("""
          - { id: r1, role: engineer, answers: { Q1: "no", Q2: "yes", Q3: "yes" } }
        """)
        let card = try Self.score(questionnaire: q, answers: a)
        let alpha = try #require(card.dimension("alpha"))
        // Q2 is hidden (Q1 was "no"): its "yes" is ignored.
        // score = 4 × (0 + 1) / 2 = 2.0; coverage 2/2 (Q2 is not applicable).
        #expect(alpha.questions.first { $0.id == "Q2" }?.status == .hidden)
        #expect(alpha.score == 2.0)
        #expect(alpha.coverage == 1)
        #expect(card.warnings.count == 1)
        #expect(card.warnings.first?.message.contains("hidden") == true)
    }

    @Test func whenIsEvaluatedPerRespondent() throws {
        let q = Self.questionnaire(questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: yesno }
                  - { id: Q2, text: Two, dimension: alpha, scale: coverage, when: { question: Q1, not_in: ["no"] } }
        """)
        let a = Self.answers("""
          - { id: r1, role: engineer, answers: { Q1: "yes", Q2: all } }
          - { id: r2, role: engineer, answers: { Q1: unknown, Q2: some } }
          - { id: r3, role: engineer, answers: { Q1: "no", Q2: none } }
        """)
        let card = try Self.score(questionnaire: q, answers: a)
        let q2 = try #require(card.dimension("alpha")?.questions.first { $0.id == "Q2" })
        // not_in ["no"] holds for r1 (yes) and r2 (unknown counts as an answer), not r3.
        // Q2 = (1 + 0.25) / 2 = 0.625; r3's "none" is ignored.
        #expect(q2.value == 0.625)
        #expect(q2.responses.map(\.respondent) == ["r1", "r2"])
        #expect(card.warnings.count == 1)
    }

    @Test func roleFilteredQuestionIgnoresOtherRoles() throws {
        let q = Self.questionnaire(questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: yesno, roles: [executive] }
                  - { id: Q2, text: Two, dimension: beta, scale: yesno, roles: [executive] }
        """)
        let a = Self.answers("""
          - { id: boss, role: executive, answers: { Q1: "yes" } }
          - { id: dev, role: engineer, answers: { Q1: "no", Q2: "yes" } }
        """)
        let card = try Self.score(questionnaire: q, answers: a)
        // Only the executive is asked: Q1 = 1 → alpha 4.0. The engineer's two answers are ignored.
        #expect(card.dimension("alpha")?.score == 4.0)
        #expect(card.warnings.count == 2)
        // Q2 is asked of the executive, who did not answer it: unanswered, so beta is unassessed.
        #expect(card.dimension("beta")?.score == nil)
        #expect(card.dimension("beta")?.coverage == 0)
    }

    @Test func questionAskedOfNoOneIsUnansweredNotHidden() throws {
        let q = Self.questionnaire(questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: yesno }
                  - { id: Q2, text: Two, dimension: alpha, scale: yesno, roles: [executive] }
        """)
        let a = Self.answers("""
          - { id: dev, role: engineer, answers: { Q1: "yes" } }
        """)
        let alpha = try #require(try Self.score(questionnaire: q, answers: a).dimension("alpha"))
        // Q2 is asked of nobody here: unanswered (the interview missed someone), still applicable.
        // score = 4 × 1 / 1 = 4.0; coverage = 1 / 2 = 0.5.
        #expect(alpha.questions.first { $0.id == "Q2" }?.status == .unanswered)
        #expect(alpha.score == 4.0)
        #expect(alpha.coverage == 0.5)
    }

    @Test func roleWeightsAcrossThreeRespondentsAndDissent() throws {
        let q = Self.questionnaire(questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: coverage }
                  - { id: Q2, text: Two, dimension: alpha, scale: coverage }
        """)
        let a = Self.answers("""
          - { id: boss, role: executive, answers: { Q1: all, Q2: most } }
          - { id: dev1, role: engineer, answers: { Q1: none, Q2: some } }
          - { id: dev2, role: engineer, answers: { Q1: most, Q2: most } }
        """)
        let alpha = try #require(try Self.score(questionnaire: q, answers: a).dimension("alpha"))
        let q1 = try #require(alpha.questions.first { $0.id == "Q1" })
        let q2 = try #require(alpha.questions.first { $0.id == "Q2" })
        // Q1 = (2×1 + 1×0 + 1×0.5) / (2+1+1) = 2.5 / 4 = 0.625; dissent 1 − 0 = 1, flagged.
        #expect(q1.value == 0.625)
        #expect(q1.dissent == 1)
        #expect(q1.dissentFlagged)
        // Q2 = (2×0.5 + 1×0.25 + 1×0.5) / 4 = 1.75 / 4 = 0.4375; dissent 0.5 − 0.25 = 0.25, not flagged.
        #expect(q2.value == 0.4375)
        #expect(q2.dissent == 0.25)
        #expect(!q2.dissentFlagged)
        // alpha = 4 × (0.625 + 0.4375) / 2 = 4 × 0.53125 = 2.125.
        #expect(alpha.score == 2.125)
        #expect(alpha.dissentCount == 1)
    }

    @Test func dissentOfExactlyHalfIsFlagged() throws {
        let q = Self.questionnaire(questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: coverage }
        """)
        let a = Self.answers("""
          - { id: a, role: engineer, answers: { Q1: most } }
          - { id: b, role: engineer, answers: { Q1: all } }
        """)
        let q1 = try #require(try Self.score(questionnaire: q, answers: a).dimension("alpha")?.questions.first)
        // 1 − 0.5 = 0.5 ≥ 0.5.
        #expect(q1.dissent == 0.5)
        #expect(q1.dissentFlagged)
    }

    @Test func questionWeightsDimensionWeightsAndOverall() throws {
        let second = """
        format: ospo/rubric@1
        id: mod2
        title: Second
        version: 1.0.0
        scale: [{ level: 0, name: L0 }, { level: 1, name: L1 }, { level: 2, name: L2 }, { level: 3, name: L3 }, { level: 4, name: L4 }]
        dimensions:
          - id: other
            title: Other
            levels: { 0: o0, 1: o1, 2: o2, 3: o3, 4: o4 }
        """
        let a = Self.answers("""
          - { id: r1, role: engineer, answers: { Q1: "yes", Q2: some, Q3: most, Q4: all } }
        """)
        let card = try Self.score(rubrics: [Self.rubric4, second],
                                  questionnaire: Self.questionnaire(rubrics: "[mod, mod2]", questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: yesno, weight: 2 }
                  - { id: Q2, text: Two, dimension: alpha, scale: coverage }
                  - { id: Q3, text: Three, dimension: beta, scale: coverage }
                  - { id: Q4, text: Four, dimension: other, scale: coverage }
        """), answers: a)
        // alpha = 4 × (2×1 + 1×0.25) / (2+1) = 4 × 0.75 = 3.0, level 3.
        #expect(card.dimension("alpha")?.score == 3.0)
        #expect(card.dimension("alpha")?.level == 3)
        // beta = 4 × 0.5 = 2.0.
        #expect(card.dimension("beta")?.score == 2.0)
        // mod = (2×3.0 + 1×2.0) / (2+1) = 8/3 ≈ 2.6667, level 2.
        let mod = try #require(card.module("mod"))
        #expect(abs((mod.score ?? 0) - 8.0 / 3.0) < 1e-12)
        #expect(mod.level == 2)
        // mod2 = other = 4 × 1 = 4.0; overall = (8/3 + 4) / 2 = 10/3 ≈ 3.3333, level 3.
        #expect(card.module("mod2")?.score == 4.0)
        #expect(abs((card.overall?.score ?? 0) - 10.0 / 3.0) < 1e-12)
        #expect(card.overall?.level == 3)
    }

    @Test func unassessedDimensionHasNoScoreAndModuleSkipsIt() throws {
        let q = Self.questionnaire(questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: yesno }
                  - { id: Q2, text: Two, dimension: beta, scale: yesno }
        """)
        let a = Self.answers("""
          - { id: r1, role: engineer, answers: { Q1: "yes" } }
        """)
        let card = try Self.score(questionnaire: q, answers: a)
        let beta = try #require(card.dimension("beta"))
        // beta: no answered question → unassessed (nil), never 0; coverage 0/1 = 0.
        #expect(beta.score == nil)
        #expect(beta.level == nil)
        #expect(!beta.isAssessed)
        #expect(beta.coverage == 0)
        // mod = alpha only = 4.0, not (2×4 + 1×0)/3.
        #expect(card.module("mod")?.score == 4.0)
    }

    @Test func moduleWithNoScoredDimensionIsUnassessed() throws {
        let q = Self.questionnaire(questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: yesno }
        """)
        let a = Self.answers("""
          - { id: r1, role: engineer, answers: {} }
        """)
        let card = try Self.score(questionnaire: q, answers: a)
        #expect(card.module("mod")?.score == nil)
        #expect(card.overall == nil)
    }

    @Test func coverageUsesQuestionWeights() throws {
        let q = Self.questionnaire(questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: yesno }
                  - { id: Q2, text: Two, dimension: alpha, scale: yesno }
                  - { id: Q3, text: Three, dimension: alpha, scale: yesno, weight: 2 }
                  - { id: Q4, text: Four, dimension: alpha, scale: yesno, allow_na: true }
        """)
        let a = Self.answers("""
          - id: r1
            role: engineer
            answers:
              Q1: "yes"
              Q2: "no"
              Q4: { answer: na, justification: Does not apply. }
        """)
        let alpha = try #require(try Self.score(questionnaire: q, answers: a).dimension("alpha"))
        // Applicable: Q1, Q2, Q3 (Q4 is na) → weights 1 + 1 + 2 = 4; answered Q1, Q2 → 2.
        // coverage = 2 / 4 = 0.5; score = 4 × (1 + 0) / 2 = 2.0.
        #expect(alpha.coverage == 0.5)
        #expect(alpha.score == 2.0)
    }

    // MARK: - Gated

    static let gatedRubric = """
    format: ospo/rubric@1
    id: gate
    title: Gated
    version: 1.0.0
    scale: [{ level: 0, name: G0 }, { level: 1, name: G1 }, { level: 2, name: G2 }, { level: 3, name: G3 }, { level: 4, name: G4 }]
    scoring: { method: gated, pass: 0.75 }
    dimensions:
      - id: stage
        title: Stage
        levels: { 0: s0, 1: s1, 2: s2, 3: s3, 4: s4 }
    """

    static let gatedQuestions = """
                  - { id: L1a, text: a, dimension: stage, level: 1, scale: coverage }
                  - { id: L1b, text: b, dimension: stage, level: 1, scale: coverage }
                  - { id: L2a, text: c, dimension: stage, level: 2, scale: coverage }
                  - { id: L3a, text: d, dimension: stage, level: 3, scale: coverage }
                  - { id: L4a, text: e, dimension: stage, level: 4, scale: coverage }
    """

    @Test(arguments: [
        // m1 = (1 + 0.5)/2 = 0.75 ≥ 0.75 pass; m2 = 1 pass; m3 = 0.5 fail → A = 2; score = 2 + m3 = 2.5.
        ("all", "most", "all", "most", "all", 2.5, 2),
        // m1 = (0.5 + 0.5)/2 = 0.5 fails → A = 0; score = 0 + m1 = 0.5, even though m2 = 1.
        ("most", "most", "all", "all", "all", 0.5, 0),
        // Every level passes → A = L = 4; score = 4.
        ("all", "all", "all", "all", "all", 4.0, 4),
        // m1 = 1, m2 = 1, m3 = 0.25 fails → A = 2, score = 2 + 0.25 = 2.25.
        ("all", "all", "all", "some", "none", 2.25, 2),
    ])
    func gatedMethod(a: String, b: String, c: String, d: String, e: String, expected: Double, level: Int) throws {
        let q = Self.questionnaire(rubrics: "[gate]", questions: Self.gatedQuestions)
        let answers = Self.answers("""
          - { id: r1, role: engineer, answers: { L1a: \(a), L1b: \(b), L2a: \(c), L3a: \(d), L4a: \(e) } }
        """)
        let stage = try #require(try Self.score(rubrics: [Self.gatedRubric], questionnaire: q, answers: answers).dimension("stage"))
        #expect(stage.score == expected)
        #expect(stage.level == level)
    }

    @Test func gatedLevelWithNoAnsweredQuestionFails() throws {
        let q = Self.questionnaire(rubrics: "[gate]", questions: Self.gatedQuestions)
        let answers = Self.answers("""
          - { id: r1, role: engineer, answers: { L1a: all, L1b: all, L3a: all, L4a: all } }
        """)
        let stage = try #require(try Self.score(rubrics: [Self.gatedRubric], questionnaire: q, answers: answers).dimension("stage"))
        // m1 = 1 passes; level 2 has no answered question → fails, m2 taken as 0.
        // A = 1; score = 1 + 0 = 1.0, although levels 3 and 4 are fully met.
        #expect(stage.score == 1.0)
        #expect(stage.level == 1)
    }

    // MARK: - Levels

    @Test func levelAllowsForRounding() {
        // ⌊2.9999999999 + 1e-9⌋ = 3; ⌊2.99⌋ = 2.
        #expect(LevelScore(score: 2.9999999999).level == 3)
        #expect(LevelScore(score: 2.99).level == 2)
        #expect(LevelScore(score: 0).level == 0)
    }

    @Test func explanationListsEveryRespondentsAnswer() throws {
        let q = Self.questionnaire(questions: """
                  - { id: Q1, text: One, dimension: alpha, scale: yesno }
        """)
        let a = Self.answers("""
          - id: r1
            role: executive
            answers:
              Q1: { answer: "yes", note: Board approved, evidence: https://intranet/strategy }
          - { id: r2, role: engineer, answers: { Q1: "no" } }
        """)
        let q1 = try #require(try Self.score(questionnaire: q, answers: a).dimension("alpha")?.questions.first)
        #expect(q1.responses.count == 2)
        #expect(q1.responses[0].note == "Board approved")
        #expect(q1.responses[0].evidence == "https://intranet/strategy")
        #expect(q1.responses[0].roleWeight == 2)
        // (2×1 + 1×0) / 3 = 0.6666…
        #expect(abs((q1.value ?? 0) - 2.0 / 3.0) < 1e-12)
    }
}
