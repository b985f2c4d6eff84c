import Foundation
import MaturityKit
import MaturityStore

/// What the respondent's web pages ask of the workspace: open a private
/// link, find the respondent of a session, show their questionnaire and
/// save their answers. Answers go through the interview's recorder, so a
/// web answer is checked and stored exactly as one typed in
/// `ospo interview`: one answer revision in its own transaction.
public final class RespondentDesk: @unchecked Sendable {
    let workspace: any WorkspaceStore
    let invitations: any InvitationStore
    /// The recorder of each invitation's saves since the server started, so
    /// that a respondent's saves share one batch as an interview's do.
    /// Guarded by `lock`, which also keeps one recorder's saves in order.
    private var recorders: [String: any InterviewRecording] = [:]
    private let lock = NSLock()

    /// - Throws: `InvitationError.invitationsUnsupported` for a store that
    ///   keeps no invitations.
    public init(workspace: any WorkspaceStore) throws {
        self.workspace = workspace
        self.invitations = try InvitationError.invitationStore(workspace)
    }

    /// What opening a link gave.
    public enum LinkOutcome: Sendable, Equatable {
        /// Unknown, revoked or expired: all look the same from outside.
        case invalid
        /// A new session for the invitation `invitation`, with its secret cookie token.
        case opened(invitation: String, sessionToken: String)
    }

    /// Exchanges a link's token for a new browser session.
    public func open(link token: String) throws -> LinkOutcome {
        guard token.count <= 128, let record = try invitations.invitation(tokenHash: SecretToken.hash(token)),
              isUsable(record), let id = record.id else { return .invalid }
        let session = SecretToken.make()
        try invitations.openWebSession(invitation: id, tokenHash: SecretToken.hash(session))
        return .opened(invitation: record.uid, sessionToken: session)
    }

    /// The respondent of invitation `uid` when `sessionToken` is a session of
    /// it that still works; nil for anything else, so that another
    /// respondent's address and a stale cookie look alike.
    public func respondent(invitation uid: String, sessionToken token: String) throws -> WebRespondent? {
        guard token.count <= 128, uid.count <= 64,
              let record = try invitations.invitation(uid: uid, sessionHash: SecretToken.hash(token)), isUsable(record) else { return nil }
        return WebRespondent(invitation: record.uid, assessment: record.assessmentId, key: record.respondentKey, name: record.name,
                          role: record.role, csrf: SecretToken.csrf(forSession: token))
    }

    private func isUsable(_ record: InvitationRecord) -> Bool {
        guard record.revokedAt == nil else { return false }
        guard let last = record.expiresOn.flatMap(CalendarDate.init(iso:)) else { return true }
        return (workspace.fixedToday ?? CalendarDate(Date())) <= last
    }

    /// The respondent's questionnaire with their answers so far.
    public func questionnaire(for respondent: WebRespondent) throws -> RespondentQuestionnaire {
        let assessment = try workspace.assessment(respondent.assessment)
        let content = try workspace.content(of: respondent.assessment)
        let organisation = try workspace.organisations().first { $0.id == assessment.organisationId }?.name ?? ""
        let saved = try savedState(of: respondent)
        return Self.build(content.questionnaire, respondent: respondent, organisation: organisation,
                          isClosed: assessment.status == .closed, answers: saved.answers, drafts: saved.drafts)
    }

    /// Saves what the browser sent, in questionnaire order, each answer in
    /// its own transaction; a choice left empty with a note or evidence is
    /// kept as a draft. With `strict`, a question not asked is refused
    /// (`RespondError.notAsked`); without, it is passed over (a plain form
    /// post also sends the fields of follow-ups it hid).
    /// - Returns: the questionnaire after the saves.
    public func save(_ submitted: [SubmittedAnswer], for respondent: WebRespondent, strict: Bool) throws -> RespondentQuestionnaire {
        let assessment = try workspace.assessment(respondent.assessment)
        guard assessment.status == .open else { throw RespondError.closed }
        let questionnaire = try workspace.content(of: respondent.assessment).questionnaire
        lock.lock()
        defer { lock.unlock() }
        let current: any InterviewRecording
        do {
            current = try workspace.interview(assessment: respondent.assessment, respondent: respondent.name, role: respondent.role)
        } catch WorkspaceError.assessmentClosed {
            throw RespondError.closed
        }
        var answers = current.savedAnswers
        var drafts = current.savedDrafts
        let recorder = recorders[respondent.invitation] ?? current
        recorders[respondent.invitation] = recorder
        let order = Dictionary(questionnaire.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let check = AnswerCheck(questionnaire)
        for item in submitted.sorted(by: { (order[$0.question] ?? .max) < (order[$1.question] ?? .max) }) {
            let asked = Set(InterviewSession(questionnaire: questionnaire, role: respondent.role, answers: answers).visibleQuestions.map(\.id))
            guard asked.contains(item.question) else {
                if strict || order[item.question] == nil { throw RespondError.notAsked(item.question) }
                continue
            }
            let note = Self.text(item.note), evidence = Self.text(item.evidence)
            do {
                if item.choice.isEmpty {
                    let draft = InterviewDraft(note: note, evidence: evidence)
                    guard answers[item.question] == nil, current.savedDrafts[item.question] != draft,
                          !(draft.isEmpty && current.savedDrafts[item.question] == nil) else { continue }
                    try recorder.saveDraft(draft, for: item.question)
                    drafts[item.question] = draft.isEmpty ? nil : draft
                    continue
                }
                let choice = AnswerChoice(item.choice)
                let answer = Answer(choice, note: note, evidence: evidence,
                                    justification: choice == .notApplicable ? Self.text(item.justification) : nil)
                if let problem = check.problem(answer: answer, to: item.question) {
                    throw RespondError.refused(question: item.question, reason: problem)
                }
                guard answers[item.question] != answer else { continue }
                try recorder.record(answer, to: item.question)
                answers[item.question] = answer
                drafts[item.question] = nil
            } catch WorkspaceError.closedDuringInterview {
                throw RespondError.closed
            }
        }
        // Built from what was just saved rather than read again: the
        // saves above hold the lock, so no other save of this desk came between.
        let organisation = try workspace.organisations().first { $0.id == assessment.organisationId }?.name ?? ""
        return Self.build(questionnaire, respondent: respondent, organisation: organisation, isClosed: false,
                          answers: answers, drafts: drafts)
    }

    private static func text(_ typed: String) -> String? {
        let trimmed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    private func savedState(of respondent: WebRespondent) throws -> (answers: [String: Answer], drafts: [String: InterviewDraft]) {
        do {
            let recorder = try workspace.interview(assessment: respondent.assessment, respondent: respondent.name, role: respondent.role)
            return (recorder.savedAnswers, recorder.savedDrafts)
        } catch WorkspaceError.assessmentClosed {
            // A closed assessment is shown read-only, with its answers as kept.
            let set = try workspace.answerSet(of: respondent.assessment)
            return (set.respondents.first { $0.id == respondent.key }?.answers ?? [:], [:])
        }
    }

    static func build(_ questionnaire: Questionnaire, respondent: WebRespondent, organisation: String, isClosed: Bool,
                      answers: [String: Answer], drafts: [String: InterviewDraft]) -> RespondentQuestionnaire {
        let asked = Set(InterviewSession(questionnaire: questionnaire, role: respondent.role, answers: answers).visibleQuestions.map(\.id))
        let sections = questionnaire.sections.map { section in
            RespondentSection(id: section.id, title: section.title, summary: section.summary, questions: section.questions
                .filter { $0.isAsked(of: respondent.role) }
                .map { question in
                    RespondentQuestion(question: question, options: questionnaire.scale(question.scale)?.options ?? [],
                                       isAsked: asked.contains(question.id), isFollowUp: question.when != nil,
                                       answer: answers[question.id], draft: drafts[question.id])
                })
        }.filter { !$0.questions.isEmpty }
        let answered = asked.filter { answers[$0] != nil }.count
        return RespondentQuestionnaire(organisation: organisation, title: questionnaire.title, summary: questionnaire.summary,
                                       respondentName: respondent.name, roleTitle: questionnaire.role(respondent.role)?.title ?? respondent.role,
                                       isClosed: isClosed, sections: sections, answered: answered, total: asked.count)
    }
}
