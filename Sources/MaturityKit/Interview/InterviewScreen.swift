/// What an interview shows after each step: the question in hand with its
/// options and current answer, or a prompt for a note, evidence or a
/// justification, or the end. A value, so that the session can be tested
/// without a terminal; the command line draws it.
public struct InterviewScreen: Sendable, Hashable {
    /// What the interview waits for.
    public enum Kind: Sendable, Hashable {
        /// An answer to `question`, or one of the keys.
        case question
        /// The text of a note on `question`.
        case note
        /// The evidence for `question`: a link or a description.
        case evidence
        /// Why `question` does not apply, to record it as "not applicable".
        case justification
        /// Every question put to the respondent has been answered or
        /// skipped; `b` goes back, `r` revisits the skipped ones.
        case finished
        /// The interview is over (`q`, or the end of the input).
        case ended
    }

    /// What the interview waits for.
    public var kind: Kind
    /// The question in hand; nil when finished or ended.
    public var question: Question?
    /// The title of the question's section.
    public var sectionTitle: String?
    /// The section's summary, given on the first question shown of a section.
    public var sectionSummary: String?
    /// The options of the question's scale, in order: the interviewer types
    /// an option's number (from 1) or id.
    public var options: [ScaleOption]
    /// The respondent's saved answer to the question, if any.
    public var current: Answer?
    /// A note typed before the question was answered; saved with the answer.
    public var pendingNote: String?
    /// Evidence typed before the question was answered; saved with the answer.
    public var pendingEvidence: String?
    /// True when the question was skipped earlier and still has no answer.
    public var wasSkipped: Bool
    /// The question's place among the questions put to the respondent, from 1.
    public var number: Int
    /// Questions put to the respondent (role and `when` considered) that have an answer.
    public var answered: Int
    /// Questions put to the respondent, as their answers stand.
    public var total: Int
    /// Questions put to the respondent that were skipped and have no answer.
    public var skipped: Int
    /// What the last step did ("Saved P-01: Agree.").
    public var notice: String?
    /// Why the last input was not taken, in a sentence that says what to type.
    public var problem: String?

    /// A screen; the session makes them, tests may compare against them.
    public init(kind: Kind, question: Question? = nil, sectionTitle: String? = nil, sectionSummary: String? = nil,
                options: [ScaleOption] = [], current: Answer? = nil, pendingNote: String? = nil, pendingEvidence: String? = nil,
                wasSkipped: Bool = false, number: Int = 0, answered: Int = 0, total: Int = 0, skipped: Int = 0,
                notice: String? = nil, problem: String? = nil) {
        self.kind = kind
        self.question = question
        self.sectionTitle = sectionTitle
        self.sectionSummary = sectionSummary
        self.options = options
        self.current = current
        self.pendingNote = pendingNote
        self.pendingEvidence = pendingEvidence
        self.wasSkipped = wasSkipped
        self.number = number
        self.answered = answered
        self.total = total
        self.skipped = skipped
        self.notice = notice
        self.problem = problem
    }
}
