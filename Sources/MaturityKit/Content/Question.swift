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
    /// Guidance for the person answering (`help:`): shown wherever the
    /// question is put, the respondent's web pages and forms included.
    public var help: String?
    /// Guidance for the interviewer only (`interviewer_notes:`): what a real
    /// answer looks like, red flags, what to probe. Never shown to a
    /// respondent answering alone.
    public var interviewerNotes: String?
    public var evidence: String?
    /// Only respondents with one of these roles are asked; nil asks everyone.
    public var roles: [String]?
    public var when: Condition?
    public var source: SourceMap

    public init(id: String, text: String, dimension: String, level: Int? = nil, scale: String,
                weight: Double = 1, allowNA: Bool = false, help: String? = nil, interviewerNotes: String? = nil,
                evidence: String? = nil, roles: [String]? = nil, when: Condition? = nil, source: SourceMap = SourceMap()) {
        self.id = id
        self.text = text
        self.dimension = dimension
        self.level = level
        self.scale = scale
        self.weight = weight
        self.allowNA = allowNA
        self.help = help
        self.interviewerNotes = interviewerNotes
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

/// A `when` condition on earlier answers of the same respondent, or on the
/// organisation's context facts.
public indirect enum Condition: Sendable, Hashable {
    case isIn(question: String, options: [String])
    case notIn(question: String, options: [String])
    /// A context fact's value is one of `options`.
    case contextIn(fact: String, options: [String])
    /// A context fact's value is none of `options`.
    case contextNotIn(fact: String, options: [String])
    case all([Condition])
    case any([Condition])

    /// Evaluates the condition on one respondent's answers (choice ids, with
    /// `unknown` and `na` as written) and the assessment's context. No answer
    /// makes `in` and `not_in` on a question false; a fact not stated makes
    /// a condition on it true (it is not known not to apply).
    public func holds(_ answerOf: (String) -> String?, context: OrganisationContext = OrganisationContext()) -> Bool {
        switch self {
        case let .isIn(question, options):
            guard let answer = answerOf(question) else { return false }
            return options.contains(answer)
        case let .notIn(question, options):
            guard let answer = answerOf(question) else { return false }
            return !options.contains(answer)
        case let .contextIn(fact, options):
            guard let value = context[fact] else { return true }
            return options.contains(value)
        case let .contextNotIn(fact, options):
            guard let value = context[fact] else { return true }
            return !options.contains(value)
        case let .all(conditions):
            return conditions.allSatisfy { $0.holds(answerOf, context: context) }
        case let .any(conditions):
            return conditions.contains { $0.holds(answerOf, context: context) }
        }
    }

    /// Whether the condition can hold for an organisation with this context,
    /// whatever its respondents answer: its context parts evaluated, every
    /// part on an answer taken to hold. False means the thing it guards does
    /// not apply to the organisation at all.
    public func applies(in context: OrganisationContext) -> Bool {
        switch self {
        case .isIn, .notIn:
            return true
        case .contextIn, .contextNotIn:
            return holds({ _ in nil }, context: context)
        case let .all(conditions):
            return conditions.allSatisfy { $0.applies(in: context) }
        case let .any(conditions):
            return conditions.contains { $0.applies(in: context) }
        }
    }

    /// Every question the condition refers to, with the options named for it.
    public var references: [(question: String, options: [String])] {
        switch self {
        case let .isIn(question, options), let .notIn(question, options):
            return [(question, options)]
        case .contextIn, .contextNotIn:
            return []
        case let .all(conditions), let .any(conditions):
            return conditions.flatMap(\.references)
        }
    }

    /// Every context fact the condition refers to, with the options named for it.
    public var contextReferences: [(fact: String, options: [String])] {
        switch self {
        case let .contextIn(fact, options), let .contextNotIn(fact, options):
            return [(fact, options)]
        case .isIn, .notIn:
            return []
        case let .all(conditions), let .any(conditions):
            return conditions.flatMap(\.contextReferences)
        }
    }
}

extension Condition: Codable {
    /// The keys of the YAML form, so a stored condition reads as it was written.
    private enum Key: String, CodingKey {
        case question, context, all, any
        case isIn = "in"
        case notIn = "not_in"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        if let parts = try container.decodeIfPresent([Condition].self, forKey: .all) {
            self = .all(parts)
        } else if let parts = try container.decodeIfPresent([Condition].self, forKey: .any) {
            self = .any(parts)
        } else {
            let negated = container.contains(.notIn)
            let options = try container.decode([String].self, forKey: negated ? .notIn : .isIn)
            if let fact = try container.decodeIfPresent(String.self, forKey: .context) {
                self = negated ? .contextNotIn(fact: fact, options: options) : .contextIn(fact: fact, options: options)
            } else {
                let question = try container.decode(String.self, forKey: .question)
                self = negated ? .notIn(question: question, options: options) : .isIn(question: question, options: options)
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case let .isIn(question, options):
            try container.encode(question, forKey: .question)
            try container.encode(options, forKey: .isIn)
        case let .notIn(question, options):
            try container.encode(question, forKey: .question)
            try container.encode(options, forKey: .notIn)
        case let .contextIn(fact, options):
            try container.encode(fact, forKey: .context)
            try container.encode(options, forKey: .isIn)
        case let .contextNotIn(fact, options):
            try container.encode(fact, forKey: .context)
            try container.encode(options, forKey: .notIn)
        case let .all(parts):
            try container.encode(parts, forKey: .all)
        case let .any(parts):
            try container.encode(parts, forKey: .any)
        }
    }
}
