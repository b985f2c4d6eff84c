import Foundation
import Testing
@testable import MaturityKit
@testable import MaturityUseCases

/// Scoring respondent by respondent (`ScoringEngine.Accumulator`) against
/// the question-major pass it replaced, on the shipped samples; and a wide
/// CSV scored as it is read against the same file loaded whole.
struct StreamingScoreTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let options = AnswerFileOptions(date: CalendarDate(year: 2026, month: 11, day: 9))
    static let samples = ["kestrel-logistics/answers.yaml", "northwind-agency/answers.yaml",
                          "northwind-agency/answers-2025.yaml", "quillfeather-software/answers.yaml"]

    /// The scorecard as the engine computed it before it became incremental:
    /// question by question, each over every respondent (the code of the
    /// previous `ScoringEngine.score(_:)`, kept here as the reference).
    static func questionMajor(_ engine: ScoringEngine, _ answers: AnswerSet) -> Scorecard {
        let questionnaire = engine.questionnaire
        let roleWeights = Dictionary(questionnaire.roles.map { ($0.id, $0.weight) }, uniquingKeysWith: { first, _ in first })
        var warnings: [Diagnostic] = []
        var visible: [[String: String]] = Array(repeating: [:], count: answers.respondents.count)
        var shown = [Int](repeating: 0, count: answers.respondents.count)
        var results: [String: QuestionResult] = [:]
        // A question that does not apply to the organisation's context has
        // no result (the samples give no answer to one).
        let applies = questionnaire.applicability(in: answers.context)
        for (position, question) in questionnaire.questions.enumerated() where applies[position] {
            var asked = false, shownToSomeone = false
            var responses: [Response] = []
            for (index, respondent) in answers.respondents.enumerated() {
                let given = respondent.answers[question.id]
                guard question.isAsked(of: respondent.role) else {
                    if given != nil { warnings.append(.warning(respondent.location(ofAnswer: question.id), "ignored: \(question.id) is not asked of role '\(respondent.role)' (respondent '\(respondent.id)')")) }
                    continue
                }
                asked = true
                guard question.when?.holds({ visible[index][$0] }, context: answers.context) ?? true else {
                    if given != nil { warnings.append(.warning(respondent.location(ofAnswer: question.id), "ignored: \(question.id) is hidden for respondent '\(respondent.id)' by its 'when' condition")) }
                    continue
                }
                shownToSomeone = true
                guard let given else { continue }
                shown[index] += 1
                visible[index][question.id] = given.choice.id
                let option = questionnaire.scale(question.scale)?.option(given.choice.id)
                let value: Double? = switch given.choice {
                case .option: option?.value
                case .unknown: questionnaire.unknown == .zero ? 0 : nil
                case .notApplicable: nil
                }
                let label = switch given.choice {
                case .option: option?.label ?? given.choice.id
                case .unknown: "Don't know"
                case .notApplicable: "Not applicable"
                }
                responses.append(Response(respondent: respondent.id, role: respondent.role, roleWeight: roleWeights[respondent.role] ?? 1,
                                          choice: given.choice.id, label: label, value: value, note: given.note,
                                          evidence: given.evidence, justification: given.justification))
            }
            var result = QuestionResult(id: question.id, text: question.text, dimension: question.dimension, level: question.level,
                                        weight: question.weight, status: .unanswered, value: nil, dissent: nil,
                                        answered: responses.count, responses: responses)
            let counted = responses.compactMap { response in response.value.map { (value: $0, weight: response.roleWeight) } }
            if asked && !shownToSomeone {
                result.status = .hidden
            } else if counted.isEmpty {
                result.status = !responses.isEmpty && responses.allSatisfy { $0.choice == "na" } ? .notApplicable : .unanswered
            } else {
                result.value = counted.reduce(0) { $0 + $1.weight * $1.value } / counted.reduce(0) { $0 + $1.weight }
                result.status = .answered
                if counted.count >= 2, let high = counted.map(\.value).max(), let low = counted.map(\.value).min() {
                    result.dissent = high - low
                }
            }
            results[question.id] = result
        }
        let summaries = answers.respondents.enumerated().map { index, respondent in
            RespondentSummary(id: respondent.id, name: respondent.name, role: respondent.role, answered: shown[index])
        }
        var card = engine.scorecard(results: results, respondents: summaries, organisation: answers.organisation,
                                    date: answers.date, warnings: warnings)
        card.context = questionnaire.contextValues(answers.context)
        return card
    }

    /// The card without the responses behind its questions.
    static func withoutResponses(_ card: Scorecard) -> Scorecard {
        var card = card
        for m in card.modules.indices {
            for d in card.modules[m].dimensions.indices {
                for q in card.modules[m].dimensions[d].questions.indices {
                    card.modules[m].dimensions[d].questions[q].responses = []
                }
            }
        }
        return card
    }

    @Test(arguments: samples)
    func theAccumulatorScoresTheSamplesAsTheQuestionMajorPassDid(_ sample: String) throws {
        let input = try ScoringInput.load(.file(Self.root.appendingPathComponent("samples/\(sample)").path, Self.options), libraryFolders: [])
        let reference = Self.questionMajor(input.engine, input.answers)
        #expect(reference.overall != nil)
        #expect(input.engine.score(input.answers) == reference)
        var accumulator = ScoringEngine.Accumulator(input.engine, context: input.answers.context, keepResponses: false)
        for respondent in input.answers.respondents { accumulator.add(respondent) }
        let lean = accumulator.finish(organisation: input.answers.organisation, date: input.answers.date)
        #expect(lean == Self.withoutResponses(reference))
        #expect(lean.dimensions.flatMap(\.questions).allSatisfy { $0.responses.isEmpty })
        // The count of answers stays when the responses are not kept.
        #expect(lean.dimensions.flatMap(\.questions).map(\.answered) == reference.dimensions.flatMap(\.questions).map(\.responses.count))
    }

    @Test func ignoredAnswersAreWarnedAboutQuestionByQuestionAsBefore() throws {
        let rubric = try ContentLoader.loadRubric("""
        format: ospo/rubric@1
        id: m
        title: M
        version: 1.0.0
        scale:
          - { level: 0, name: None }
          - { level: 1, name: Some }
        dimensions:
          - { id: d, title: D, levels: { 0: a, 1: b } }
        """, path: "m.yaml")
        let questionnaire = try ContentLoader.loadQuestionnaire("""
        format: ospo/questionnaire@1
        id: q
        title: Q
        version: 1.0.0
        rubrics: [m]
        scales:
          yesno:
            - { id: "no", label: "No", value: 0 }
            - { id: "yes", label: "Yes", value: 1 }
        roles:
          lead: { title: Lead, weight: 2 }
          engineer: { title: Engineer }
        sections:
          - id: s
            title: S
            questions:
              - { id: Q1, text: One, dimension: d, scale: yesno }
              - { id: Q2, text: Two, dimension: d, scale: yesno, roles: [lead] }
              - { id: Q3, text: Three, dimension: d, scale: yesno, when: { question: Q1, in: ["yes"] } }
        """, path: "q.yaml")
        let answers = try ContentLoader.loadAnswers("""
        format: ospo/answers@1
        questionnaire: q
        organisation: O
        date: 2026-01-01
        respondents:
          - { id: e1, role: engineer, answers: { Q1: "no", Q2: "yes", Q3: "yes" } }
          - { id: e2, role: engineer, answers: { Q1: "no", Q2: "no", Q3: "no" } }
          - { id: l1, role: lead, answers: { Q1: "yes", Q2: "yes", Q3: "yes" } }
        """, path: "a.yaml")
        let engine = ScoringEngine(questionnaire: questionnaire, rubrics: [rubric])
        let card = engine.score(answers)
        // Question by question, each in respondent order: Q2 of e1 and e2
        // (not asked of engineers), then Q3 of e1 and e2 (hidden: Q1 is "no").
        #expect(card.warnings.map(\.message) == [
            "ignored: Q2 is not asked of role 'engineer' (respondent 'e1')",
            "ignored: Q2 is not asked of role 'engineer' (respondent 'e2')",
            "ignored: Q3 is hidden for respondent 'e1' by its 'when' condition",
            "ignored: Q3 is hidden for respondent 'e2' by its 'when' condition",
        ])
        #expect(card == Self.questionMajor(engine, answers))
        #expect(engine.score(answers, keepResponses: false) == Self.withoutResponses(card))
    }

    static let wideFixtures: [(csv: String, mapping: String?)] = [
        ("limesurvey.csv", "limesurvey-mapping.yaml"), ("microsoft-forms.csv", "microsoft-forms-mapping.yaml"),
        ("semicolon-bom-crlf.csv", "semicolon-mapping.yaml"),
    ]

    @Test(arguments: 0..<3)
    func aWideCSVScoredAsItIsReadGivesTheCardAndWarningsOfTheWholeFile(_ fixture: Int) throws {
        let folder = Self.root.appendingPathComponent("Tests/Fixtures/wide")
        var wide = Self.options
        wide.wide = true
        wide.questionnaire = "ospo-pulse"
        wide.mappingPath = Self.wideFixtures[fixture].mapping.map { folder.appendingPathComponent($0).path }
        let source = ScoringInput.Source.file(folder.appendingPathComponent(Self.wideFixtures[fixture].csv).path, wide)
        let whole = try ScoringInput.load(source, libraryFolders: [])
        let streamed = try ScoringInput.load(source, libraryFolders: [], responses: false)
        #expect(whole.scored == nil && streamed.scored != nil)
        #expect(streamed.answers.respondents.isEmpty)
        let card = whole.engine.score(whole.answers)
        #expect(card.overall != nil)
        #expect(streamed.scorecard() == Self.withoutResponses(card))
        #expect(streamed.diagnostics == whole.diagnostics)
        #expect(streamed.counts == (whole.answers.respondents.count, whole.answers.respondents.reduce(0) { $0 + $1.answers.count }))
        // With the responses asked for, the file is loaded whole as before.
        let explained = try ScoringInput.load(source, libraryFolders: [], responses: true)
        #expect(explained.scored == nil && explained.scorecard() == card)
    }

    @Test func aMissingWideFileIsRefusedAsBefore() throws {
        var wide = Self.options
        wide.wide = true
        wide.questionnaire = "ospo-pulse"
        #expect(throws: FileAccess.Failure(description: "/nonexistent/w.csv: error: no such file; check the path")) {
            try ScoringInput.load(.file("/nonexistent/w.csv", wide), libraryFolders: [], responses: false)
        }
    }
}
