import MaturityKit

/// Everything the respondent's pages show: the assessment, each section
/// with its questions (those not asked marked so), the answers so far and
/// the progress. Built afresh on each request from the workspace.
public struct RespondentQuestionnaire: Sendable {
    public var organisation: String
    public var title: String
    public var summary: String?
    public var respondentName: String
    public var roleTitle: String
    /// The organisation's context facts stated for the assessment, in the
    /// questionnaire's order; the questions they rule out are not in `sections`.
    public var context: [ContextValue]
    /// Whether the questionnaire declares context facts not stated yet: the
    /// consultant states them, and until then their questions are asked.
    public var contextPending: Bool
    public var isClosed: Bool
    public var sections: [RespondentSection]
    /// Questions answered, of those asked.
    public var answered: Int
    /// Questions asked, with the answers so far.
    public var total: Int

    /// The first section with a question asked and not answered: where a
    /// returning respondent goes on; nil when every question is answered.
    public var resumeSection: Int? {
        sections.firstIndex { $0.questions.contains { $0.isAsked && $0.answer == nil } }
    }

    /// Minutes the questions asked take, at about half a minute each.
    public var minutes: Int { max(1, (total + 1) / 2) }
}

/// One section of the questionnaire, for one respondent.
public struct RespondentSection: Sendable {
    public var id: String
    public var title: String
    public var summary: String?
    public var questions: [RespondentQuestion]
    /// Whether any question of it is asked of the respondent.
    public var isAsked: Bool { questions.contains(where: \.isAsked) }
}

/// One question, with the respondent's answer and draft. The question's
/// `help` is for the respondent; its notes for the interviewer are dropped
/// here, so no respondent page can show them, whatever its template does.
public struct RespondentQuestion: Sendable {
    public private(set) var question: Question
    public var options: [ScaleOption]
    /// False for another role's question and for a follow-up whose
    /// condition does not hold: shown hidden, and refused if answered.
    public var isAsked: Bool
    /// Whether it is a follow-up (has a `when`).
    public var isFollowUp: Bool
    public var answer: Answer?
    public var draft: InterviewDraft?

    public init(question: Question, options: [ScaleOption], isAsked: Bool, isFollowUp: Bool,
                answer: Answer? = nil, draft: InterviewDraft? = nil) {
        var question = question
        question.interviewerNotes = nil
        self.question = question
        self.options = options
        self.isAsked = isAsked
        self.isFollowUp = isFollowUp
        self.answer = answer
        self.draft = draft
    }
}
