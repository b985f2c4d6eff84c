import MaturityKit
import MaturityStore

/// An interview whose saves are recorded in the audit trail: one entry for
/// the session (its first answer, skip or note starts the session's batch)
/// rather than one per answer, and one for each context fact stated.
///
/// One entry a session keeps the trail readable: an interview of sixty
/// questions is one change by one person, and every answer revision already
/// names its batch (who recorded it, when), which `ospo answers history`
/// shows. Get one from `InterviewSaving.start` or `InterviewSaving.audited`.
public final class AuditedInterview: InterviewRecording {
    /// The interview saved to.
    public let recording: any InterviewRecording
    let actor: ChangeActor
    let workspace: any WorkspaceStore
    /// Whether the session's entry is written.
    private var sessionRecorded = false

    init(_ recording: any InterviewRecording, by actor: ChangeActor, in workspace: any WorkspaceStore) {
        self.recording = recording
        self.actor = actor
        self.workspace = workspace
    }

    public var assessmentId: Int64 { recording.assessmentId }
    public var questionnaire: Questionnaire { recording.questionnaire }
    public var respondentKey: String { recording.respondentKey }
    public var respondentName: String? { recording.respondentName }
    public var role: String { recording.role }
    public var savedAnswers: [String: Answer] { recording.savedAnswers }
    public var savedSkips: Set<String> { recording.savedSkips }
    public var savedDrafts: [String: InterviewDraft] { recording.savedDrafts }
    public var recorded: Int { recording.recorded }
    public var skips: Int { recording.skips }
    public var drafts: Int { recording.drafts }

    public func record(_ answer: Answer, to question: String) throws {
        try recording.record(answer, to: question)
        try sessionSaved()
    }

    public func saveDraft(_ draft: InterviewDraft, for question: String) throws {
        try recording.saveDraft(draft, for: question)
        try sessionSaved()
    }

    public func dropDraft(_ question: String) throws {
        try recording.dropDraft(question)
    }

    public func skip(_ question: String) throws {
        try recording.skip(question)
        try sessionSaved()
    }

    public func statedContext() throws -> OrganisationContext {
        try recording.statedContext()
    }

    public func state(_ context: OrganisationContext) throws {
        try recording.state(context)
        let facts = context.values.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: ", ")
        try AuditTrail.record(.editContext, by: actor, about: .assessment(assessmentId),
                              subject: "context of assessment \(assessmentId): \(facts)", in: workspace)
    }

    /// Writes the session's entry after its first save.
    private func sessionSaved() throws {
        guard !sessionRecorded else { return }
        sessionRecorded = true
        let who = respondentName.map { "\($0) (\(respondentKey), \(role))" } ?? "\(respondentKey) (\(role))"
        try AuditTrail.record(.interview, by: actor, about: .assessment(assessmentId),
                              subject: "interview of \(who) in assessment \(assessmentId)", in: workspace)
    }
}
