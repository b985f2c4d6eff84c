import Testing
@testable import MaturityKit

/// Which questions are put to one respondent: the role filter, then each
/// follow-up's `when` on the answers to the questions put before it.
struct AskedQuestionsTests {
    /// For an engineer: A1; A2 after a "yes" to A1; A3 after a "yes" to A2
    /// (a chain); L1 for legal only; B1 on L1, which an engineer is never
    /// asked; B2 on C1, which comes after it; C1; C2 unless A1 is "no";
    /// C3 when A1 is "yes" or C1 is "yes"; C4 when both are.
    static let questionnaire: Questionnaire = {
        let text = """
        format: ospo/questionnaire@1
        id: aq
        title: Asked questions test
        version: 1.0.0
        rubrics: [mod]
        scales:
          yesno: [{ id: "no", label: "No", value: 0 }, { id: "yes", label: "Yes", value: 1 }]
        roles:
          engineer: { title: Engineer }
          legal: { title: Legal }
        sections:
          - id: one
            title: One
            questions:
              - { id: A1, text: First?, dimension: d, scale: yesno }
              - { id: A2, text: Second?, dimension: d, scale: yesno, when: { question: A1, in: ["yes"] } }
              - { id: A3, text: Third?, dimension: d, scale: yesno, when: { question: A2, in: ["yes"] } }
              - { id: L1, text: Legal?, dimension: d, scale: yesno, roles: [legal] }
              - { id: B1, text: On legal?, dimension: d, scale: yesno, when: { question: L1, in: ["yes"] } }
              - { id: B2, text: On a later one?, dimension: d, scale: yesno, when: { question: C1, in: ["yes"] } }
          - id: two
            title: Two
            questions:
              - { id: C1, text: Fourth?, dimension: d, scale: yesno }
              - { id: C2, text: Unless no?, dimension: d, scale: yesno, when: { question: A1, not_in: ["no"] } }
              - { id: C3, text: Either?, dimension: d, scale: yesno, when: { any: [{ question: A1, in: ["yes"] }, { question: C1, in: ["yes"] }] } }
              - { id: C4, text: Both?, dimension: d, scale: yesno, when: { all: [{ question: A1, in: ["yes"] }, { question: C1, in: ["yes"] }] } }
        """
        do {
            return try ContentLoader.loadQuestionnaire(text, path: "aq.yaml")
        } catch {
            fatalError("the test questionnaire does not load: \(error)")
        }
    }()

    static func answers(_ choices: [String: String]) -> [String: Answer] {
        choices.mapValues { Answer(AnswerChoice($0)) }
    }

    @Test func noAnswersAskOnlyTheQuestionsWithoutACondition() {
        let asked = AskedQuestions(questionnaire: Self.questionnaire, role: "engineer")
        // A1 and C1: every other engineer's question has a condition, and
        // a condition on a question not answered does not hold.
        #expect(asked.ids(answers: [:]) == ["A1", "C1"])
    }

    @Test func aChainOpensOneFollowUpAtATimeAndClosesWhenItsStartChanges() {
        let asked = AskedQuestions(questionnaire: Self.questionnaire, role: "engineer")
        #expect(asked.ids(answers: Self.answers(["A1": "yes"])) == ["A1", "A2", "C1", "C2", "C3"])
        #expect(asked.ids(answers: Self.answers(["A1": "yes", "A2": "yes"])) == ["A1", "A2", "A3", "C1", "C2", "C3"])
        // A2 is no longer asked, so its answer no longer opens A3.
        #expect(asked.ids(answers: Self.answers(["A1": "no", "A2": "yes"])) == ["A1", "C1"])
    }

    @Test func anotherRolesQuestionAndALaterQuestionNeverOpenAFollowUp() {
        let asked = AskedQuestions(questionnaire: Self.questionnaire, role: "engineer")
        // L1 is not put to an engineer; C1 comes after B2.
        #expect(asked.ids(answers: Self.answers(["L1": "yes", "C1": "yes"])) == ["A1", "C1", "C3"])
        let legal = AskedQuestions(questionnaire: Self.questionnaire, role: "legal")
        #expect(legal.ids(answers: Self.answers(["L1": "yes"])) == ["A1", "L1", "B1", "C1"])
    }

    @Test func allAndAnyNeedBothOrEitherAnswer() {
        let asked = AskedQuestions(questionnaire: Self.questionnaire, role: "engineer")
        #expect(asked.ids(answers: Self.answers(["A1": "no", "C1": "yes"])) == ["A1", "C1", "C3"])
        #expect(asked.ids(answers: Self.answers(["A1": "yes", "C1": "yes"])) == ["A1", "A2", "C1", "C2", "C3", "C4"])
    }

    @Test func theDecidingQuestionsAreThoseAConditionNames() {
        let asked = AskedQuestions(questionnaire: Self.questionnaire, role: "engineer")
        #expect(asked.deciding == ["A1", "A2", "L1", "C1"])
    }

    @Test func indicesArePositionsInTheQuestionnaire() {
        let asked = AskedQuestions(questionnaire: Self.questionnaire, role: "engineer")
        // A1 is 0, A2 is 1, C1 is 6, C2 is 7, C3 is 8.
        #expect(asked.indices(answers: Self.answers(["A1": "yes"])) == [0, 1, 6, 7, 8])
    }

    /// The rule as docs/scoring.md § 1 words it, walked the plain way: the
    /// answers given so far in a dictionary, filled as questions are put.
    static func reference(role: String, answers: [String: Answer]) -> [String] {
        var given: [String: String] = [:]
        var visible: [String] = []
        for question in questionnaire.questions where question.isAsked(of: role) {
            guard question.when?.holds({ given[$0] }) ?? true else { continue }
            visible.append(question.id)
            if let answer = answers[question.id] { given[question.id] = answer.choice.id }
        }
        return visible
    }

    @Test func everyCombinationOfAnswersAgreesWithTheRuleWalkedThePlainWay() {
        let ids = Self.questionnaire.questions.map(\.id)
        let choices: [String?] = [nil, "no", "yes"]
        for role in ["engineer", "legal"] {
            let asked = AskedQuestions(questionnaire: Self.questionnaire, role: role)
            // 3^10 = 59,049 combinations of no answer, no and yes to the ten questions.
            var firstDisagreement: [String: String]?
            for combination in 0..<59_049 where firstDisagreement == nil {
                var answers: [String: Answer] = [:]
                var rest = combination
                for id in ids {
                    if let choice = choices[rest % 3] { answers[id] = Answer(.option(choice)) }
                    rest /= 3
                }
                if asked.ids(answers: answers) != Self.reference(role: role, answers: answers) {
                    firstDisagreement = answers.mapValues(\.choice.id)
                }
            }
            #expect(firstDisagreement == nil, "role \(role)")
        }
    }
}
