/// What an interview step asks the caller to save, at once and on its own,
/// so that an interview stopped at any moment loses nothing already given.
public enum InterviewEffect: Sendable, Hashable {
    /// A new or changed answer (a note or evidence added to an answer is a
    /// changed answer): save it as the respondent's current answer.
    case record(question: String, answer: Answer)
    /// The interviewer passed over an unanswered question: remember it so
    /// that a resumed interview does not stop there again. Not an answer.
    case skip(question: String)
}
