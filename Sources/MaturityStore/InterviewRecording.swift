import MaturityKit

/// One respondent's interview as the use cases see it, whatever the store:
/// what was saved before, and each save in its own transaction
/// (`InterviewRecorder` is the SQLite store's). Get one from
/// `WorkspaceStore.interview(assessment:respondent:role:)`.
public protocol InterviewRecording: AnyObject {
    /// The assessment answered.
    var assessmentId: Int64 { get }
    /// The questionnaire the assessment was started with.
    var questionnaire: Questionnaire { get }
    /// The respondent's key in the assessment.
    var respondentKey: String { get }
    var respondentName: String? { get }
    var role: String { get }
    /// The respondent's current answers when the session started.
    var savedAnswers: [String: Answer] { get }
    /// The questions skipped before, not answered since.
    var savedSkips: Set<String> { get }
    /// Notes and evidence typed before an answer.
    var savedDrafts: [String: InterviewDraft] { get }
    /// Answers, skips and drafts saved by this session.
    var recorded: Int { get }
    var skips: Int { get }
    var drafts: Int { get }

    /// Saves an answer as the respondent's current one.
    func record(_ answer: Answer, to question: String) throws
    /// Saves a note or evidence typed before the answer.
    func saveDraft(_ draft: InterviewDraft, for question: String) throws
    /// Removes a question's draft.
    func dropDraft(_ question: String) throws
    /// Remembers that the interviewer skipped a question.
    func skip(_ question: String) throws
    /// The context facts already stated for the assessment.
    func statedContext() throws -> OrganisationContext
    /// Saves context facts stated in the interview.
    func state(_ context: OrganisationContext) throws
}

extension InterviewRecorder: InterviewRecording {
    public func statedContext() throws -> OrganisationContext { try workspace.context(of: assessmentId) }
    public func state(_ context: OrganisationContext) throws { try workspace.state(context, of: assessmentId) }
}
