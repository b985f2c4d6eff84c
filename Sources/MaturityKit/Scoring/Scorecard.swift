/// The scores of one set of answers: overall, per module, per dimension, and
/// per question with every response behind it (unless scored without them),
/// so each number can be traced.
public struct Scorecard: Sendable, Hashable {
    public var questionnaire: String
    public var questionnaireVersion: String
    public var organisation: String
    public var date: CalendarDate
    public var respondents: [RespondentSummary]
    public var overall: LevelScore?
    public var modules: [ModuleScore]
    /// Answers that were ignored (not asked, hidden for that respondent, or
    /// on a question that does not apply), and context facts not stated.
    public var warnings: [Diagnostic]
    /// The organisation's context facts the questionnaire declares, as stated
    /// with the answers; empty when none were.
    public var context: [ContextValue] = []

    public var dimensions: [DimensionScore] { modules.flatMap(\.dimensions) }

    public func dimension(_ id: String) -> DimensionScore? { dimensions.first { $0.id == id } }
    public func module(_ id: String) -> ModuleScore? { modules.first { $0.id == id } }
}

public struct RespondentSummary: Sendable, Hashable {
    public var id: String
    public var name: String?
    public var role: String
    public var answered: Int
}

/// A score with the level it reaches (`⌊score⌋`, allowing 1e-9 for rounding).
public struct LevelScore: Sendable, Hashable {
    public var score: Double
    public var level: Int

    public init(score: Double) {
        self.score = score
        self.level = LevelScore.level(of: score)
    }

    public static func level(of score: Double) -> Int { Int((score + 1e-9).rounded(.down)) }
}

public struct ModuleScore: Sendable, Hashable {
    public var id: String
    public var title: String
    public var maxLevel: Int
    public var levelNames: [Int: String]
    /// nil when no dimension of the module is scored.
    public var result: LevelScore?
    public var dimensions: [DimensionScore]

    public var score: Double? { result?.score }
    public var level: Int? { result?.level }
    public func levelName(_ level: Int) -> String { levelNames[level] ?? "Level \(level)" }
}

public struct DimensionScore: Sendable, Hashable {
    public var id: String
    public var title: String
    public var module: String
    public var weight: Double
    public var maxLevel: Int
    public var method: ScoringMethod
    /// nil when no applicable question was answered: unassessed, never 0.
    public var result: LevelScore?
    public var levelName: String?
    /// Σ weights of answered applicable questions ÷ Σ weights of applicable questions.
    public var coverage: Double
    /// Gated method: the weighted mean per level (nil where no question of that level was answered).
    public var levelMeans: [Int: Double?]
    public var questions: [QuestionResult]

    public var score: Double? { result?.score }
    public var level: Int? { result?.level }
    public var isAssessed: Bool { result != nil }
    public var dissentCount: Int { questions.filter(\.dissentFlagged).count }
}

public struct QuestionResult: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable {
        /// At least one counted answer.
        case answered
        /// Every answering respondent marked it `na`.
        case notApplicable = "not-applicable"
        /// Asked of someone, but its `when` failed for all of them.
        case hidden
        /// Asked of no one, or no counted answer.
        case unanswered
    }

    public var id: String
    public var text: String
    public var dimension: String
    public var level: Int?
    public var weight: Double
    public var status: Status
    /// The role-weighted mean of counted answers.
    public var value: Double?
    /// max − min of counted values; nil with fewer than two.
    public var dissent: Double?
    /// The answers given where it was shown, counted or not (`na`, `unknown`
    /// with `exclude`): the number of `responses` when they are kept.
    public var answered: Int
    /// The answer behind each of them, when the scoring kept them
    /// (`ScoringEngine.Accumulator.keepResponses`); else empty.
    public var responses: [Response]

    public static let dissentThreshold = 0.5
    public var dissentFlagged: Bool { (dissent ?? 0) >= QuestionResult.dissentThreshold - 1e-12 }
}

/// One respondent's answer as the score used it.
public struct Response: Sendable, Hashable {
    public var respondent: String
    public var role: String
    public var roleWeight: Double
    public var choice: String
    public var label: String
    /// The value it counts with; nil when it is left out (`na`, or `unknown` with `exclude`).
    public var value: Double?
    public var note: String?
    public var evidence: String?
    public var justification: String?
}
