/// Checks a mapping (`format: ospo/mapping@1`) against the questionnaire it
/// is used with: every question, option and role it names must exist there.
/// Each problem is reported at the id in the mapping file.
public enum MappingValidator {
    /// Every problem of `mapping` with `questionnaire`, each an error at the
    /// id in the mapping file; empty when the mapping fits.
    public static func validate(_ mapping: AnswerMapping, questionnaire: Questionnaire) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if let named = mapping.questionnaire, named != questionnaire.id {
            out.append(.error(mapping.source["questionnaire"], "this mapping is for questionnaire '\(named)', but the answers are to '\(questionnaire.id)'; use the mapping made for '\(questionnaire.id)'"))
        }
        let questions = Dictionary(questionnaire.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let questionIds = Set(questions.keys)
        for entry in mapping.questions + mapping.notes where questions[entry.target] == nil {
            out.append(.error(entry.targetLocation, "unknown question '\(entry.target)' in questionnaire '\(questionnaire.id)'\(Suggestion.didYouMean(entry.target, questionIds))"))
        }
        // A global option must be an answer to at least one question.
        var offered = Set(["unknown"])
        for question in questionnaire.questions {
            offered.formUnion(answers(to: question, in: questionnaire))
        }
        for entry in mapping.options where !offered.contains(entry.target) {
            out.append(.error(entry.targetLocation, "'\(entry.target)' is not an answer to any question of '\(questionnaire.id)'\(Suggestion.didYouMean(entry.target, offered)); the answers are \(offered.sorted().joined(separator: ", "))"))
        }
        for (questionId, entries) in mapping.questionOptions.sorted(by: { $0.key < $1.key }) {
            guard let question = questions[questionId] else {
                out.append(.error(mapping.questionOptionLocations[questionId] ?? mapping.source.entity,
                                  "unknown question '\(questionId)' in questionnaire '\(questionnaire.id)'\(Suggestion.didYouMean(questionId, questionIds))"))
                continue
            }
            let allowed = answers(to: question, in: questionnaire)
            for entry in entries where !allowed.contains(entry.target) {
                out.append(.error(entry.targetLocation, "'\(entry.target)' is not an answer to \(questionId); it offers \(ordered(allowed, question: question, in: questionnaire))"))
            }
        }
        let roles = Set(questionnaire.roles.map(\.id))
        if !roles.isEmpty {
            for entry in mapping.roles where !roles.contains(entry.target) {
                out.append(.error(entry.targetLocation, "unknown role '\(entry.target)' (questionnaire '\(questionnaire.id)' has \(questionnaire.roles.map(\.id).joined(separator: ", ")))\(Suggestion.didYouMean(entry.target, roles))"))
            }
        } else {
            for entry in mapping.roles where !Identifier.isValid(entry.target) {
                out.append(.error(entry.targetLocation, "'\(entry.target)' is not a valid role id"))
            }
        }
        return out
    }

    /// The answer ids a question accepts: its scale's options, `unknown`, and
    /// `na` where it allows it.
    static func answers(to question: Question, in questionnaire: Questionnaire) -> Set<String> {
        var result = Set(questionnaire.scale(question.scale)?.options.map(\.id) ?? [])
        result.insert("unknown")
        if question.allowNA { result.insert("na") }
        return result
    }

    private static func ordered(_ allowed: Set<String>, question: Question, in questionnaire: Questionnaire) -> String {
        let options = questionnaire.scale(question.scale)?.options.map(\.id) ?? []
        return (options + ["unknown"] + (question.allowNA ? ["na"] : [])).filter(allowed.contains).joined(separator: ", ")
    }
}
