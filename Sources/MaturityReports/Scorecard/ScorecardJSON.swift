import Foundation
import MaturityKit

/// The scorecard as JSON for scripts. Keys other tools rely on:
/// `overall.score`, `modules[].id`, `modules[].score`,
/// `modules[].dimensions[].id`, `.score`, `.level`, `.coverage`; an
/// unassessed score is `null`, never 0. Every question's aggregate is always
/// there; with `explain`, each question also lists the responses behind it.
public enum ScorecardJSON {
    public static func render(_ card: Scorecard, explain: Bool = false) throws -> String {
        try JSONOutput.encode(Document(card, explain: explain))
    }

    struct Document: Encodable {
        let card: Scorecard
        let explain: Bool
        init(_ card: Scorecard, explain: Bool) { self.card = card; self.explain = explain }

        enum Keys: String, CodingKey {
            case questionnaire, version, organisation, date, context, respondents, overall, modules, warnings
        }
        enum ContextKeys: String, CodingKey { case fact, value, label }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(card.questionnaire, forKey: .questionnaire)
            try c.encode(card.questionnaireVersion, forKey: .version)
            try c.encode(card.organisation, forKey: .organisation)
            try c.encode(card.date, forKey: .date)
            // The organisation's context, when its answers state one; absent otherwise.
            if !card.context.isEmpty {
                var list = c.nestedUnkeyedContainer(forKey: .context)
                for value in card.context {
                    var item = list.nestedContainer(keyedBy: ContextKeys.self)
                    try item.encode(value.fact, forKey: .fact)
                    try item.encode(value.value, forKey: .value)
                    try item.encode(value.label, forKey: .label)
                }
            }
            try c.encode(card.respondents.map(RespondentJSON.init), forKey: .respondents)
            try c.encode(ScoreJSON(card.overall), forKey: .overall)
            try c.encode(card.modules.map { ModuleJSON($0, explain: explain) }, forKey: .modules)
            try c.encode(card.warnings.map(\.description), forKey: .warnings)
        }
    }

    struct RespondentJSON: Encodable {
        let id: String, name: String?, role: String, answered: Int
        init(_ r: RespondentSummary) { id = r.id; name = r.name; role = r.role; answered = r.answered }
    }

    struct ScoreJSON: Encodable {
        let value: LevelScore?
        init(_ value: LevelScore?) { self.value = value }
        enum Keys: String, CodingKey { case score, level }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(value?.score, forKey: .score)
            try c.encode(value?.level, forKey: .level)
        }
    }

    struct ModuleJSON: Encodable {
        let module: ModuleScore
        let explain: Bool
        init(_ module: ModuleScore, explain: Bool) { self.module = module; self.explain = explain }
        enum Keys: String, CodingKey { case id, title, score, level, level_name, max_level, dimensions }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(module.id, forKey: .id)
            try c.encode(module.title, forKey: .title)
            try c.encode(module.score, forKey: .score)
            try c.encode(module.level, forKey: .level)
            try c.encode(module.level.map(module.levelName), forKey: .level_name)
            try c.encode(module.maxLevel, forKey: .max_level)
            try c.encode(module.dimensions.map { DimensionJSON($0, explain: explain) }, forKey: .dimensions)
        }
    }

    struct DimensionJSON: Encodable {
        let dimension: DimensionScore
        let explain: Bool
        init(_ dimension: DimensionScore, explain: Bool) { self.dimension = dimension; self.explain = explain }
        enum Keys: String, CodingKey { case id, title, weight, score, level, level_name, coverage, dissent, questions }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(dimension.id, forKey: .id)
            try c.encode(dimension.title, forKey: .title)
            try c.encode(dimension.weight, forKey: .weight)
            try c.encode(dimension.score, forKey: .score)
            try c.encode(dimension.level, forKey: .level)
            try c.encode(dimension.levelName, forKey: .level_name)
            try c.encode(dimension.coverage, forKey: .coverage)
            try c.encode(dimension.questions.filter(\.dissentFlagged).map(\.id), forKey: .dissent)
            try c.encode(dimension.questions.map { QuestionJSON($0, explain: explain) }, forKey: .questions)
        }
    }

    struct QuestionJSON: Encodable {
        let question: QuestionResult
        let explain: Bool
        init(_ question: QuestionResult, explain: Bool) { self.question = question; self.explain = explain }
        enum Keys: String, CodingKey { case id, level, weight, status, value, dissent, answered, responses }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(question.id, forKey: .id)
            try c.encodeIfPresent(question.level, forKey: .level)
            try c.encode(question.weight, forKey: .weight)
            try c.encode(question.status.rawValue, forKey: .status)
            try c.encode(question.value, forKey: .value)
            try c.encode(question.dissent, forKey: .dissent)
            try c.encode(question.answered, forKey: .answered)
            if explain { try c.encode(question.responses.map(ResponseJSON.init), forKey: .responses) }
        }
    }

    struct ResponseJSON: Encodable {
        let respondent: String, role: String, answer: String, value: Double?
        let note: String?, evidence: String?, justification: String?
        init(_ r: Response) {
            respondent = r.respondent; role = r.role; answer = r.choice; value = r.value
            note = r.note; evidence = r.evidence; justification = r.justification
        }
        enum Keys: String, CodingKey { case respondent, role, answer, value, note, evidence, justification }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(respondent, forKey: .respondent)
            try c.encode(role, forKey: .role)
            try c.encode(answer, forKey: .answer)
            try c.encode(value, forKey: .value)
            try c.encodeIfPresent(note, forKey: .note)
            try c.encodeIfPresent(evidence, forKey: .evidence)
            try c.encodeIfPresent(justification, forKey: .justification)
        }
    }
}
