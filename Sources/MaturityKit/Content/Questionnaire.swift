/// A questionnaire (`format: ospo/questionnaire@1`): questions that evidence
/// the dimensions of one or more rubrics.
public struct Questionnaire: Sendable, Hashable {
    public var id: String
    public var title: String
    public var version: String
    public var summary: String?
    public var rubrics: [String]
    public var unknown: UnknownPolicy
    public var scales: [AnswerScale]
    public var roles: [RespondentRole]
    /// Facts about the organisation asked once per assessment, before any question.
    public var context: [ContextFact]
    public var sections: [Section]
    public var source: SourceMap

    public init(id: String, title: String, version: String = "1.0.0", summary: String? = nil,
                rubrics: [String], unknown: UnknownPolicy = .zero, scales: [AnswerScale],
                roles: [RespondentRole] = [], context: [ContextFact] = [], sections: [Section],
                source: SourceMap = SourceMap()) {
        self.id = id
        self.title = title
        self.version = version
        self.summary = summary
        self.rubrics = rubrics
        self.unknown = unknown
        self.scales = scales
        self.roles = roles
        self.context = context
        self.sections = sections
        self.source = source
    }

    /// Every question in file order.
    public var questions: [Question] { sections.flatMap(\.questions) }

    public func scale(_ id: String) -> AnswerScale? { scales.first { $0.id == id } }

    public func role(_ id: String) -> RespondentRole? { roles.first { $0.id == id } }

    public func fact(_ id: String) -> ContextFact? { context.first { $0.id == id } }
}

/// How a "don't know" answer counts.
public enum UnknownPolicy: String, Sendable, Hashable, Codable, CaseIterable {
    /// Counts as 0.
    case zero
    /// Left out, like a question not asked.
    case exclude
}

/// A named answer scale: the options a question offers.
public struct AnswerScale: Sendable, Hashable {
    public var id: String
    public var options: [ScaleOption]
    public var source: SourceMap

    public init(id: String, options: [ScaleOption], source: SourceMap = SourceMap()) {
        self.id = id
        self.options = options
        self.source = source
    }

    public func option(_ id: String) -> ScaleOption? { options.first { $0.id == id } }
}

public struct ScaleOption: Sendable, Hashable {
    public var id: String
    public var label: String
    /// In [0, 1].
    public var value: Double

    public init(id: String, label: String, value: Double) {
        self.id = id
        self.label = label
        self.value = value
    }
}

/// A kind of respondent, with the weight its answers carry when aggregated.
public struct RespondentRole: Sendable, Hashable {
    public var id: String
    public var title: String
    public var weight: Double

    public init(id: String, title: String, weight: Double = 1) {
        self.id = id
        self.title = title
        self.weight = weight
    }
}

public struct Section: Sendable, Hashable {
    public var id: String
    public var title: String
    public var summary: String?
    /// Optional: the section applies only where this condition on context facts holds.
    public var when: Condition?
    public var questions: [Question]
    public var source: SourceMap

    public init(id: String, title: String, summary: String? = nil, when: Condition? = nil, questions: [Question],
                source: SourceMap = SourceMap()) {
        self.id = id
        self.title = title
        self.summary = summary
        self.when = when
        self.questions = questions
        self.source = source
    }
}
