import Foundation
import MaturityKit
import MaturityStore

/// What the respondent's web pages ask of the workspace: open a private
/// link, find the respondent of a session, show their questionnaire and
/// save their answers. Answers go through the interview's recorder, so a
/// web answer is checked and stored exactly as one typed in
/// `ospo interview`: one answer revision in its own transaction.
///
/// What the pages read is kept between requests (`RespondentSheet`, and
/// the sessions already looked up) for as long as nothing but the desk
/// wrote to the workspace (`Workspace.changeStamp`): a revoked link, a
/// closed assessment, a context stated or answers imported by another
/// command are seen on the next request.
public final class RespondentDesk: @unchecked Sendable {
    let workspace: any WorkspaceStore
    let invitations: any InvitationStore
    /// The recorder of each invitation's saves since the server started, so
    /// that a respondent's saves share one batch as an interview's do.
    private var recorders: [String: any InterviewRecording] = [:]
    /// What each invitation's pages read, while `seenVersion` holds.
    private var sheets: [String: RespondentSheet] = [:]
    /// The invitation of each session looked up, by the session token's hash.
    private var sessions: [String: InvitationRecord] = [:]
    private var seen: ChangeStamp?
    /// Guards the caches above, and keeps one desk's saves in order.
    private let lock = NSLock()
    private static let sessionsKept = 10_000

    /// - Throws: `InvitationError.invitationsUnsupported` for a store that
    ///   keeps no invitations.
    public init(workspace: any WorkspaceStore) throws {
        self.workspace = workspace
        self.invitations = try InvitationError.invitationStore(workspace)
    }

    /// Commits without waiting for the disk, as a server over loopback
    /// wants: see `InvitationStore.preferServerCommits` and docs/serving.md.
    public func preferServerCommits() throws {
        try invitations.preferServerCommits()
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
        try locked {
            try synchronise()
            try invitations.openWebSession(invitation: id, tokenHash: SecretToken.hash(session))
            try ownWritesDone()
        }
        return .opened(invitation: record.uid, sessionToken: session)
    }

    /// The respondent of invitation `uid` when `sessionToken` is a session of
    /// it that still works; nil for anything else, so that another
    /// respondent's address and a stale cookie look alike.
    public func respondent(invitation uid: String, sessionToken token: String) throws -> WebRespondent? {
        guard token.count <= 128, uid.count <= 64 else { return nil }
        let hash = SecretToken.hash(token)
        let found: InvitationRecord? = try locked {
            try synchronise()
            if let known = sessions[hash] { return known.uid == uid ? known : nil }
            guard let record = try invitations.invitation(uid: uid, sessionHash: hash) else { return nil }
            if sessions.count >= Self.sessionsKept { sessions = [:] }
            sessions[hash] = record
            return record
        }
        guard let record = found, isUsable(record) else { return nil }
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
        try locked {
            try synchronise()
            return Self.build(try sheet(of: respondent), respondent: respondent)
        }
    }

    /// Saves what the browser sent, in questionnaire order, each answer in
    /// its own transaction; a choice left empty with a note or evidence is
    /// kept as a draft. With `strict`, a question not asked is refused
    /// (`RespondError.notAsked`); without, it is passed over (a plain form
    /// post also sends the fields of follow-ups it hid). A question the
    /// organisation's context leaves out is never asked.
    /// - Returns: the questions asked and the progress after the saves;
    ///   `questionnaire(for:)` gives the whole page.
    @discardableResult
    public func save(_ submitted: [SubmittedAnswer], for respondent: WebRespondent, strict: Bool) throws -> RespondentProgress {
        try locked {
            try synchronise()
            let sheet = try sheet(of: respondent)
            guard !sheet.isClosed, let recorder = recorders[respondent.invitation] else { throw RespondError.closed }
            do {
                defer { try? ownWritesDone() }
                try save(submitted, into: sheet, with: recorder, strict: strict)
            } catch {
                // Read again next time: a failed save may have left the sheet behind the workspace.
                sheets[respondent.invitation] = nil
                if case WorkspaceError.closedDuringInterview = error { throw RespondError.closed }
                throw error
            }
            return RespondentProgress(asked: sheet.asked, answered: sheet.answered, total: sheet.asked.count)
        }
    }

    private func save(_ submitted: [SubmittedAnswer], into sheet: RespondentSheet, with recorder: any InterviewRecording,
                      strict: Bool) throws {
        for item in submitted.sorted(by: { (sheet.order[$0.question] ?? .max) < (sheet.order[$1.question] ?? .max) }) {
            guard sheet.askedSet.contains(item.question) else {
                if strict || sheet.order[item.question] == nil { throw RespondError.notAsked(item.question) }
                continue
            }
            let note = Self.text(item.note), evidence = Self.text(item.evidence)
            if item.choice.isEmpty {
                let draft = InterviewDraft(note: note, evidence: evidence)
                guard sheet.answers[item.question] == nil, sheet.drafts[item.question] != draft,
                      !(draft.isEmpty && sheet.drafts[item.question] == nil) else { continue }
                try recorder.saveDraft(draft, for: item.question)
                sheet.drafts[item.question] = draft.isEmpty ? nil : draft
                continue
            }
            let choice = AnswerChoice(item.choice)
            let answer = Answer(choice, note: note, evidence: evidence,
                                justification: choice == .notApplicable ? Self.text(item.justification) : nil)
            if let problem = sheet.check.problem(answer: answer, to: item.question) {
                throw RespondError.refused(question: item.question, reason: problem)
            }
            guard sheet.answers[item.question] != answer else { continue }
            try recorder.record(answer, to: item.question)
            sheet.take(answer, to: item.question)
        }
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Forgets what was read when something else wrote to the workspace since.
    private func synchronise() throws {
        let stamp = try invitations.changeStamp()
        guard stamp != seen else { return }
        forget(stamp)
    }

    /// Takes the desk's own writes into the stamp seen; forgets what was
    /// read if another process wrote meanwhile.
    private func ownWritesDone() throws {
        let stamp = try invitations.changeStamp()
        if stamp.others != seen?.others { forget(stamp) } else { seen = stamp }
    }

    private func forget(_ stamp: ChangeStamp) {
        sheets = [:]
        sessions = [:]
        seen = stamp
    }

    /// The respondent's sheet, read from the workspace when not kept.
    private func sheet(of respondent: WebRespondent) throws -> RespondentSheet {
        if let kept = sheets[respondent.invitation] { return kept }
        let assessment = try workspace.assessment(respondent.assessment)
        let content = try workspace.content(of: respondent.assessment)
        let organisation = try workspace.organisations().first { $0.id == assessment.organisationId }?.name ?? ""
        let sheet: RespondentSheet
        do {
            let current = try workspace.interview(assessment: respondent.assessment, respondent: respondent.name, role: respondent.role)
            if recorders[respondent.invitation] == nil {
                recorders[respondent.invitation] = InterviewSaving.audited(current, by: .respondent(respondent.key), in: workspace)
            }
            sheet = RespondentSheet(full: content.questionnaire, stated: assessment.organisationContext, organisation: organisation,
                                    role: respondent.role, isClosed: false, answers: current.savedAnswers, drafts: current.savedDrafts)
        } catch WorkspaceError.assessmentClosed {
            // A closed assessment is shown read-only, with its answers as kept.
            let set = try workspace.answerSet(of: respondent.assessment)
            sheet = RespondentSheet(full: content.questionnaire, stated: assessment.organisationContext, organisation: organisation,
                                    role: respondent.role, isClosed: true, answers: set.respondents.first { $0.id == respondent.key }?.answers ?? [:], drafts: [:])
        }
        sheets[respondent.invitation] = sheet
        return sheet
    }

    private static func text(_ typed: String) -> String? {
        let trimmed = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    static func build(_ sheet: RespondentSheet, respondent: WebRespondent) -> RespondentQuestionnaire {
        let questionnaire = sheet.questionnaire, answers = sheet.answers, drafts = sheet.drafts
        let asked = sheet.askedSet
        let sections = questionnaire.sections.map { section in
            RespondentSection(id: section.id, title: section.title, summary: section.summary, questions: section.questions
                .filter { $0.isAsked(of: respondent.role) }
                .map { question in
                    RespondentQuestion(question: question, options: questionnaire.scale(question.scale)?.options ?? [],
                                       isAsked: asked.contains(question.id), isFollowUp: question.when != nil,
                                       answer: answers[question.id], draft: drafts[question.id])
                })
        }.filter { !$0.questions.isEmpty }
        return RespondentQuestionnaire(organisation: sheet.organisation, title: questionnaire.title, summary: questionnaire.summary,
                                       respondentName: respondent.name, roleTitle: questionnaire.role(respondent.role)?.title ?? respondent.role,
                                       context: sheet.context, contextPending: sheet.contextPending,
                                       isClosed: sheet.isClosed, sections: sections, answered: sheet.answered, total: asked.count)
    }
}
