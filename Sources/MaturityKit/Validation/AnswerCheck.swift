/// The checks of one answer against a questionnaire, prepared once so that
/// a large import can check row by row: the question exists, the choice is
/// one of its options (or `unknown`, or `na` where allowed, with a
/// justification), and the respondent's role is one the questionnaire has.
public struct AnswerCheck: Sendable {
    public let questionnaire: Questionnaire
    private let questions: [String: Question]
    private let options: [String: Set<String>]
    private let roles: Set<String>

    public init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        var questions: [String: Question] = [:]
        for question in questionnaire.questions where questions[question.id] == nil { questions[question.id] = question }
        self.questions = questions
        self.options = Dictionary(questionnaire.scales.map { ($0.id, Set($0.options.map(\.id))) }, uniquingKeysWith: { first, _ in first })
        self.roles = Set(questionnaire.roles.map(\.id))
    }

    public func hasQuestion(_ id: String) -> Bool { questions[id] != nil }

    /// The position of every question in the questionnaire, with its
    /// options, for checks at the rate of a bulk import: one lookup per row.
    public var fastChecks: [String: FastCheck] {
        var result: [String: FastCheck] = [:]
        for (index, question) in questionnaire.questions.enumerated() where result[question.id] == nil {
            result[question.id] = FastCheck(index: index, options: options[question.scale] ?? [], allowsNA: question.allowNA)
        }
        return result
    }

    /// What a bulk import needs to know of a question to accept most answers
    /// without building a message; anything unusual goes to `problem(answer:to:)`.
    public struct FastCheck: Sendable {
        public let index: Int
        public let options: Set<String>
        public let allowsNA: Bool

        /// True when the answer is surely fine: a listed option, or `unknown`.
        public func accepts(_ choice: String) -> Bool {
            options.contains(choice) || choice == "unknown"
        }
    }

    /// Why a respondent with this role cannot answer, or nil.
    public func problem(role: String) -> String? {
        guard !roles.isEmpty, !roles.contains(role) else { return nil }
        return "unknown role '\(role)' (questionnaire '\(questionnaire.id)' has \(roles.sorted().joined(separator: ", ")))\(LibraryValidator.suggestion(role, roles))"
    }

    /// Why this question id is not one of the questionnaire's, or nil.
    public func problem(question questionId: String) -> String? {
        guard questions[questionId] == nil else { return nil }
        return "unknown question '\(questionId)' in questionnaire '\(questionnaire.id)'\(LibraryValidator.suggestion(questionId, Set(questions.keys)))"
    }

    /// Why this answer to a known question is not allowed, or nil.
    public func problem(answer: Answer, to questionId: String) -> String? {
        guard let question = questions[questionId] else { return problem(question: questionId) }
        switch answer.choice {
        case .option(let id):
            let allowed = options[question.scale] ?? []
            guard !allowed.contains(id) else { return nil }
            let offered = (questionnaire.scale(question.scale)?.options.map(\.id) ?? []) + ["unknown"] + (question.allowNA ? ["na"] : [])
            return "'\(id)' is not an answer to \(questionId); it offers \(offered.joined(separator: ", "))"
        case .notApplicable:
            if !question.allowNA {
                return "\(questionId) does not allow 'na' (not applicable); answer 'unknown' if nobody knows"
            }
            if (answer.justification ?? "").isEmpty {
                return "'na' on \(questionId) needs a justification: write {answer: na, justification: ...}"
            }
            return nil
        case .unknown:
            return nil
        }
    }
}
