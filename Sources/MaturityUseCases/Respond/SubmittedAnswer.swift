/// What a respondent's browser sent for one question: the choice (an option
/// id, `unknown` or `na`; empty for none yet) and the texts, as typed.
public struct SubmittedAnswer: Sendable, Hashable {
    public var question: String
    public var choice: String
    public var note: String
    public var evidence: String
    public var justification: String

    public init(question: String, choice: String = "", note: String = "", evidence: String = "", justification: String = "") {
        self.question = question
        self.choice = choice
        self.note = note
        self.evidence = evidence
        self.justification = justification
    }
}
