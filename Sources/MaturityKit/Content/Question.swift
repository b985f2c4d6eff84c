/// One question of a questionnaire, evidencing one dimension.
public struct Question: Sendable, Hashable {
    public var id: String
    public var text: String
    public var dimension: String
    /// The level it evidences; required for gated rubrics.
    public var level: Int?
    public var scale: String
    public var weight: Double
    public var allowNA: Bool
    public var help: String?
    public var evidence: String?
    /// Only respondents with one of these roles are asked; nil asks everyone.
    public var roles: [String]?
    public var when: Condition?
    public var source: SourceMap

    public init(id: String, text: String, dimension: String, level: Int? = nil, scale: String,
                weight: Double = 1, allowNA: Bool = false, help: String? = nil, evidence: String? = nil,
                roles: [String]? = nil, when: Condition? = nil, source: SourceMap = SourceMap()) {
        self.id = id
        self.text = text
        self.dimension = dimension
        self.level = level
        self.scale = scale
        self.weight = weight
        self.allowNA = allowNA
        self.help = help
        self.evidence = evidence
        self.roles = roles
        self.when = when
        self.source = source
    }

    /// Whether a respondent with `role` is asked this question.
    public func isAsked(of role: String) -> Bool {
        roles.map { $0.contains(role) } ?? true
    }
}

/// A `when` condition on earlier answers of the same respondent.
public indirect enum Condition: Sendable, Hashable {
    case isIn(question: String, options: [String])
    case notIn(question: String, options: [String])
    case all([Condition])
    case any([Condition])

    /// Evaluates the condition on one respondent's answers (choice ids, with
    /// `unknown` and `na` as written). No answer makes `in` and `not_in` false.
    public func holds(_ answerOf: (String) -> String?) -> Bool {
        switch self {
        case let .isIn(question, options):
            guard let answer = answerOf(question) else { return false }
            return options.contains(answer)
        case let .notIn(question, options):
            guard let answer = answerOf(question) else { return false }
            return !options.contains(answer)
        case let .all(conditions):
            return conditions.allSatisfy { $0.holds(answerOf) }
        case let .any(conditions):
            return conditions.contains { $0.holds(answerOf) }
        }
    }

    /// Every question the condition refers to, with the options named for it.
    public var references: [(question: String, options: [String])] {
        switch self {
        case let .isIn(question, options), let .notIn(question, options):
            return [(question, options)]
        case let .all(conditions), let .any(conditions):
            return conditions.flatMap(\.references)
        }
    }
}
