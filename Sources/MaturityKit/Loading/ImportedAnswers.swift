/// Answers read from a survey export, with the warnings found on the way
/// (problems that lose nothing the scores need, such as a note written
/// beside a question left unanswered).
public struct ImportedAnswers: Sendable {
    /// The answers, every cell read; locations point at the CSV's cells.
    public var answers: AnswerSet
    /// Problems that lost nothing the scores need, located in the CSV.
    public var warnings: [Diagnostic]

    /// Answers and the warnings found while reading them.
    public init(answers: AnswerSet, warnings: [Diagnostic] = []) {
        self.answers = answers
        self.warnings = warnings
    }
}
