/// Answers read from a survey export, with the warnings found on the way
/// (problems that lose nothing the scores need, such as a note written
/// beside a question left unanswered).
public struct ImportedAnswers: Sendable {
    public var answers: AnswerSet
    public var warnings: [Diagnostic]

    public init(answers: AnswerSet, warnings: [Diagnostic] = []) {
        self.answers = answers
        self.warnings = warnings
    }
}
