/// Answers of one organisation's respondents to one questionnaire
/// (`format: ospo/answers@1`, or long CSV).
public struct AnswerSet: Sendable, Hashable {
    public var questionnaire: String
    public var version: String?
    public var organisation: String
    public var date: CalendarDate
    /// The organisation's context facts; empty in files written before them.
    /// Located at `source["context.FACT"]` (the key) and `source["context.FACT.value"]`.
    public var context: OrganisationContext
    public var respondents: [Respondent]
    public var source: SourceMap

    public init(questionnaire: String, version: String? = nil, organisation: String,
                date: CalendarDate, context: OrganisationContext = OrganisationContext(),
                respondents: [Respondent], source: SourceMap = SourceMap()) {
        self.questionnaire = questionnaire
        self.version = version
        self.organisation = organisation
        self.date = date
        self.context = context
        self.respondents = respondents
        self.source = source
    }
}

public struct Respondent: Sendable, Hashable {
    public var id: String
    public var name: String?
    public var role: String
    /// Question id → answer, in the order given.
    public var answers: [String: Answer]
    public var answerOrder: [String]
    public var source: SourceMap
    /// Where each answer was written: its question id and its value. Kept
    /// apart from `source` so that reading a large answers file builds no
    /// string keys per answer.
    public var answerLocations: [String: AnswerLocation] = [:]

    /// Where the answer to `question` was written (its key), or the respondent.
    public func location(ofAnswer question: String) -> SourceLocation {
        answerLocations[question]?.key ?? source.entity
    }

    /// Where the value of the answer to `question` was written, or the respondent.
    public func location(ofAnswerValue question: String) -> SourceLocation {
        answerLocations[question]?.value ?? source.entity
    }

    public init(id: String, name: String? = nil, role: String, answers: [(String, Answer)] = [],
                source: SourceMap = SourceMap()) {
        self.id = id
        self.name = name
        self.role = role
        var byQuestion: [String: Answer] = [:]
        byQuestion.reserveCapacity(answers.count)
        var order: [String] = []
        order.reserveCapacity(answers.count)
        for (question, answer) in answers {
            // A question given twice keeps its first place and its last answer.
            if byQuestion.updateValue(answer, forKey: question) == nil { order.append(question) }
        }
        self.answers = byQuestion
        self.answerOrder = order
        self.source = source
    }

    /// Sets (or replaces) the answer to a question, keeping the first order.
    public mutating func setAnswer(_ answer: Answer, for question: String) {
        if answers.updateValue(answer, forKey: question) == nil { answerOrder.append(question) }
    }
}

/// Where one answer was written: the question id and the value.
public struct AnswerLocation: Sendable, Hashable {
    public var key: SourceLocation
    public var value: SourceLocation

    public init(key: SourceLocation, value: SourceLocation) {
        self.key = key
        self.value = value
    }
}

/// One respondent's answer to one question.
public struct Answer: Sendable, Hashable {
    public var choice: AnswerChoice
    public var note: String?
    public var evidence: String?
    public var justification: String?

    public init(_ choice: AnswerChoice, note: String? = nil, evidence: String? = nil, justification: String? = nil) {
        self.choice = choice
        self.note = note
        self.evidence = evidence
        self.justification = justification
    }
}

/// What was chosen: a scale option, "don't know", or "not applicable".
public enum AnswerChoice: Sendable, Hashable, CustomStringConvertible {
    case option(String)
    case unknown
    case notApplicable

    public init(_ text: String) {
        switch text {
        case "unknown": self = .unknown
        case "na": self = .notApplicable
        default: self = .option(text)
        }
    }

    /// The id as written in files: the option id, `unknown` or `na`.
    public var id: String {
        switch self {
        case .option(let id): return id
        case .unknown: return "unknown"
        case .notApplicable: return "na"
        }
    }

    public var description: String { id }
}
