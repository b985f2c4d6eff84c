/// The checks of one answer against a questionnaire, prepared once so that
/// a large import can check row by row: the question exists, the choice is
/// one of its options (or `unknown`, or `na` where allowed, with a
/// justification), and the respondent's role is one the questionnaire has.
public struct AnswerCheck: Sendable {
    public let questionnaire: Questionnaire
    private let questions: [String: Question]
    private let options: [String: Set<String>]
    private let roles: Set<String>
    /// The check of the question at each position of `questionnaire.questions`
    /// (of the first question with its id), and its id.
    private let positions: [(id: String, check: FastCheck)]

    public init(_ questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        var questions: [String: Question] = [:]
        for question in questionnaire.questions where questions[question.id] == nil { questions[question.id] = question }
        self.questions = questions
        self.options = Dictionary(questionnaire.scales.map { ($0.id, Set($0.options.map(\.id))) }, uniquingKeysWith: { first, _ in first })
        self.roles = Set(questionnaire.roles.map(\.id))
        let fast = Self.fastChecks(questionnaire, options: options)
        self.positions = questionnaire.questions.compactMap { question in fast[question.id].map { (question.id, $0) } }
    }

    public func hasQuestion(_ id: String) -> Bool { questions[id] != nil }

    /// The position of every question in the questionnaire, with its
    /// options, for checks at the rate of a bulk import: one lookup per row.
    public var fastChecks: [String: FastCheck] { Self.fastChecks(questionnaire, options: options) }

    private static func fastChecks(_ questionnaire: Questionnaire, options: [String: Set<String>]) -> [String: FastCheck] {
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
        return "unknown role '\(role)' (questionnaire '\(questionnaire.id)' has \(roles.sorted().joined(separator: ", ")))\(Suggestion.didYouMean(role, roles))"
    }

    /// Why this question id is not one of the questionnaire's, or nil.
    public func problem(question questionId: String) -> String? {
        guard questions[questionId] == nil else { return nil }
        return "unknown question '\(questionId)' in questionnaire '\(questionnaire.id)'\(Suggestion.didYouMean(questionId, Set(questions.keys)))"
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

    // MARK: - One respondent

    /// The problems of one respondent, as `LibraryValidator.validate(_:questionnaire:)`
    /// reports them and in its order: an id already in `seen` (the ids of the
    /// respondents before, to which this one's is added), an unknown role,
    /// no answers, then each answer in the order given.
    public func check(_ respondent: Respondent, seen: inout Set<String>, into out: inout [Diagnostic]) {
        checkRespondent(respondent.id, role: respondent.role, answered: !respondent.answers.isEmpty,
                        at: respondent.source["id"], roleAt: respondent.source["role"],
                        entity: respondent.source.entity, seen: &seen, into: &out)
        for questionId in respondent.answerOrder {
            guard let answer = respondent.answers[questionId] else { continue }
            if let problem = problem(question: questionId) {
                out.append(.error(respondent.location(ofAnswer: questionId), problem))
            } else if let problem = problem(answer: answer, to: questionId) {
                out.append(.error(respondent.location(ofAnswerValue: questionId), problem))
            }
        }
    }

    /// As `check(_:seen:into:)` for a respondent read as a stream (a row of a
    /// wide CSV), without building a `Respondent`: `answers` pairs positions
    /// in `questionnaire.questions` with answers, in the order given, and
    /// `location(k)` is where the k-th was written (its question and its
    /// value alike); `at` is where the respondent's id was written.
    public func check(respondent id: String, role: String, at: SourceLocation, roleAt: SourceLocation,
                      answers: [(question: Int, answer: Answer)], location: (Int) -> SourceLocation,
                      seen: inout Set<String>, into out: inout [Diagnostic]) {
        checkRespondent(id, role: role, answered: !answers.isEmpty, at: at, roleAt: roleAt, entity: at,
                        seen: &seen, into: &out)
        for (k, given) in answers.enumerated() {
            guard given.question < positions.count else { continue }
            let question = positions[given.question]
            // Most answers are a listed option or `unknown`: accepted without
            // building the message `problem(answer:to:)` would.
            switch given.answer.choice {
            case .unknown: continue
            case .option(let choice) where question.check.accepts(choice): continue
            default: break
            }
            if let problem = problem(answer: given.answer, to: question.id) {
                out.append(.error(location(k), problem))
            }
        }
    }

    private func checkRespondent(_ id: String, role: String, answered: Bool, at: SourceLocation, roleAt: SourceLocation,
                                 entity: SourceLocation, seen: inout Set<String>, into out: inout [Diagnostic]) {
        if !seen.insert(id).inserted {
            out.append(.error(at, "respondent '\(id)' appears twice"))
        }
        if let problem = problem(role: role) {
            out.append(.error(roleAt, problem))
        }
        if !answered {
            out.append(.warning(entity, "respondent '\(id)' gave no answers"))
        }
    }
}
