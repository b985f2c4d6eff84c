import Foundation
import Testing
import MaturityKit
@testable import MaturityReports

/// A blank form, filled in and read back, scores exactly like the same
/// answers written as an answers file. The questionnaire is the shipped
/// `ospo-interview` (155 questions, seven roles, `when` follow-ups, questions
/// that allow "not applicable").
struct FormRoundTripTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let date = CalendarDate(year: 2026, month: 3, day: 1)

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func engine() throws -> ScoringEngine {
        let questionnaire = try ContentLoader.loadQuestionnaire(try text("questionnaires/ospo-interview.yaml"), path: "ospo-interview.yaml")
        let rubrics = try questionnaire.rubrics.map { try ContentLoader.loadRubric(try text("rubrics/\($0).yaml"), path: "\($0).yaml") }
        return ScoringEngine(questionnaire: questionnaire, rubrics: rubrics)
    }

    /// One respondent's answers, chosen from the respondent's number and the
    /// question's position so that every kind of answer occurs: options,
    /// "don't know", "not applicable" with a justification, and questions
    /// left blank. Follow-ups are answered only when their `when` holds for
    /// the answers given so far, and only questions put to the role.
    struct FilledRespondent {
        let id: String
        let role: String
        /// Question id → answer id, in questionnaire order.
        var answers: [(question: String, answer: String)] = []

        init(number: Int, role: String, questionnaire: Questionnaire) {
            id = "r\(number)-\(role)"
            self.role = role
            var given: [String: String] = [:]
            for (index, question) in questionnaire.questions.enumerated() where question.isAsked(of: role) {
                if let when = question.when, !when.holds({ given[$0] }) { continue }
                let options = (questionnaire.scale(question.scale)?.options.map(\.id) ?? [])
                var pool = options + ["unknown"]
                if question.allowNA { pool.append("na") }
                let pick = (index * 7 + number * 3) % (pool.count + 1)
                guard pick < pool.count else { continue }  // left blank
                given[question.id] = pool[pick]
                answers.append((question.id, pool[pick]))
            }
        }

        static let justification = "We ship no software; see the note of 1 March."
    }

    static func respondents(_ questionnaire: Questionnaire) -> [FilledRespondent] {
        questionnaire.roles.enumerated().map { FilledRespondent(number: $0.offset + 1, role: $0.element.id, questionnaire: questionnaire) }
    }

    /// The same answers as an answers file, written the usual way.
    static func answersYAML(_ respondents: [FilledRespondent]) -> String {
        var lines = ["format: ospo/answers@1", "questionnaire: ospo-interview", "organisation: Round Trip Ltd",
                     "date: 2026-03-01", "respondents:"]
        for respondent in respondents {
            lines += ["  - id: \(respondent.id)", "    role: \(respondent.role)", "    answers:"]
            for (question, answer) in respondent.answers {
                lines.append(answer == "na"
                    ? "      \(question): { answer: na, justification: \"\(FilledRespondent.justification)\" }"
                    : "      \(question): \"\(answer)\"")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func score(_ answers: AnswerSet, _ engine: ScoringEngine) throws -> Scorecard {
        let problems = LibraryValidator.validate(answers, questionnaire: engine.questionnaire)
        #expect(!problems.hasErrors, "\(problems)")
        return engine.score(answers)
    }

    static func expectSameScores(_ actual: Scorecard, _ expected: Scorecard) {
        #expect(actual.respondents == expected.respondents)
        #expect(actual.overall == expected.overall)
        #expect(actual.modules == expected.modules)
        #expect(actual.warnings.isEmpty && expected.warnings.isEmpty)
    }

    @Test func filledCSVFormScoresLikeTheAnswersFile() throws {
        let engine = try Self.engine()
        let questionnaire = engine.questionnaire
        let respondents = Self.respondents(questionnaire)
        let given = respondents.flatMap(\.answers).map(\.answer)
        #expect(given.contains("na") && given.contains("unknown") && given.contains("yes") && given.contains("some"),
                "the filled-in answers should hold every kind of answer")
        let expected = try Self.score(try ContentLoader.loadAnswers(Self.answersYAML(respondents), path: "answers.yaml"), engine)

        var csv = FormCSV.render(questionnaire)
        let header = try #require(csv.split(separator: "\r\n").first).split(separator: ",").map(String.init)
        #expect(Array(header.prefix(3)) == ["respondent", "name", "role"])
        // The context columns (left blank here: no context stated), then one column per question.
        #expect(header.count == 3 + questionnaire.context.count + questionnaire.questions.count)
        for (number, respondent) in respondents.enumerated() {
            let given = Dictionary(uniqueKeysWithValues: respondent.answers.map { ($0.question, $0.answer) })
            var row = [respondent.id, "Person \(number)", respondent.role]
            for question in header.dropFirst(3) {
                guard let answer = given[question] else { row.append(""); continue }
                let label = questionnaire.questions.first { $0.id == question }
                    .flatMap { questionnaire.scale($0.scale)?.option(answer)?.label }
                switch answer {
                case "na": row.append("na: \(FilledRespondent.justification)")
                // Odd respondents write labels in capitals, even ones option ids.
                case _ where number % 2 == 1 && label != nil: row.append(label?.uppercased() ?? answer)
                default: row.append(answer)
                }
            }
            csv += row.map(PlanCSV.field).joined(separator: ",") + "\r\n"
        }
        let imported = try WideCSVLoader.load(csv, path: "form.csv", questionnaire: questionnaire,
                                              organisation: "Round Trip Ltd", date: Self.date)
        #expect(imported.warnings.isEmpty)
        #expect(imported.answers.respondents.map(\.name) == respondents.indices.map { "Person \($0)" })
        var actual = try Self.score(imported.answers, engine)
        // Names are in the CSV only; the answers file above has none.
        for index in actual.respondents.indices { actual.respondents[index].name = nil }
        Self.expectSameScores(actual, expected)
        #expect(expected.overall != nil)
    }

    @Test func filledYAMLSkeletonsScoreLikeTheAnswersFile() throws {
        let engine = try Self.engine()
        let questionnaire = engine.questionnaire
        let respondents = Self.respondents(questionnaire)
        let expected = try Self.score(try ContentLoader.loadAnswers(Self.answersYAML(respondents), path: "answers.yaml"), engine)

        var merged: [Respondent] = []
        for respondent in respondents {
            var text = FormYAML.render(questionnaire, role: respondent.role, organisation: "Round Trip Ltd", date: Self.date)
            text = text.replacingOccurrences(of: "  - id: r1  #", with: "  - id: \(respondent.id)  #")
            for (question, answer) in respondent.answers {
                let filled = answer == "na"
                    ? "{ answer: na, justification: \"\(FilledRespondent.justification)\" }"
                    : "\"\(answer)\""
                let blank = "      \(question):\n"
                #expect(text.contains(blank), "the skeleton has no empty line for \(question)")
                text = text.replacingOccurrences(of: blank, with: "      \(question): \(filled)\n")
            }
            let loaded = try ContentLoader.loadAnswers(text, path: "\(respondent.role).yaml")
            #expect(loaded.date == Self.date && loaded.organisation == "Round Trip Ltd")
            merged += loaded.respondents
        }
        let answers = AnswerSet(questionnaire: questionnaire.id, version: questionnaire.version, organisation: "Round Trip Ltd",
                                date: Self.date, respondents: merged)
        Self.expectSameScores(try Self.score(answers, engine), expected)
    }

    @Test func aSkeletonForEveryRoleAsksForTheRoleAndLoadsOnceItIsFilledIn() throws {
        let questionnaire = try Self.engine().questionnaire
        let text = FormYAML.render(questionnaire, date: Self.date)
        // Every question is listed, each under its own comment.
        for question in questionnaire.questions { #expect(text.contains("\n      \(question.id):\n")) }
        #expect(throws: ContentError.self) { try ContentLoader.loadAnswers(text, path: "blank.yaml") }
        let filled = text
            .replacingOccurrences(of: "    role:  # one of:", with: "    role: legal  # one of:")
            .replacingOccurrences(of: "      LIC-01:\n", with: "      LIC-01: { answer: na, justification: No software. }\n")
        let answers = try ContentLoader.loadAnswers(filled, path: "filled.yaml")
        #expect(answers.organisation == "Organisation name")
        #expect(answers.respondents.map(\.role) == ["legal"])
        #expect(answers.respondents[0].answerOrder == ["LIC-01"])
    }
}
