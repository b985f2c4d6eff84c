/// What an interview step asks the caller to save, at once and on its own,
/// so that an interview stopped at any moment loses nothing already given.
public enum InterviewEffect: Sendable, Hashable {
    /// A new or changed answer (a note or evidence added to an answer is a
    /// changed answer): save it as the respondent's current answer. The
    /// question's draft, if there was one, is in the answer: remove the
    /// draft in the same transaction.
    case record(question: String, answer: Answer)
    /// The interviewer passed over an unanswered question: remember it so
    /// that a resumed interview does not stop there again. Not an answer.
    case skip(question: String)
    /// A note or evidence was typed for a question with no answer yet: save
    /// `draft` (all of what waits for the answer, not only what was just
    /// typed) as the question's draft, in place of any earlier one.
    case saveDraft(question: String, draft: InterviewDraft)
    /// The question's draft is already in its answer, which did not change
    /// (the same answer, note and evidence given again): remove the draft.
    case dropDraft(question: String)
}
