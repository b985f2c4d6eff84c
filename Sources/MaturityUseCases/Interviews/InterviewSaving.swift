import MaturityKit
import MaturityStore

/// Starts or resumes an interview and saves each of its steps, as
/// `ospo interview` does: every answer, skip and draft at once, so an
/// interview stopped in any way loses nothing already given.
public enum InterviewSaving {
    /// What a step saves, to name it when saving fails.
    public enum Step: Sendable, Equatable {
        case answer, skip, draft, draftRemoval, context
    }

    /// Starts the respondent's interview in the assessment, or resumes it;
    /// its saves are recorded in the audit trail under `actor`.
    /// - Parameter role: one of the questionnaire's roles (may be nil when resuming).
    public static func start(in workspace: any WorkspaceStore, assessment: Int64, respondent: String, role: String?,
                             by actor: ChangeActor = .currentUser()) throws -> any InterviewRecording {
        audited(try workspace.interview(assessment: assessment, respondent: respondent, role: role), by: actor, in: workspace)
    }

    /// `recording` with its saves recorded in the audit trail under `actor`:
    /// one entry for the session, one for each context fact stated.
    public static func audited(_ recording: any InterviewRecording, by actor: ChangeActor,
                               in workspace: any WorkspaceStore) -> any InterviewRecording {
        if let audited = recording as? AuditedInterview, audited.actor == actor { return audited }
        return AuditedInterview(recording, by: actor, in: workspace)
    }

    /// The context facts already stated for the interview's assessment.
    public static func context(of recorder: any InterviewRecording) throws -> OrganisationContext {
        try recorder.statedContext()
    }

    /// Saves one context fact stated in the interview, at once.
    /// - Throws: `UseCaseError.interviewNotSaved` when the workspace refuses it.
    public static func state(fact: String, value: String, with recorder: any InterviewRecording) throws {
        do {
            try recorder.state(OrganisationContext([fact: value]))
        } catch let error as WorkspaceError {
            throw UseCaseError.interviewNotSaved(.context, question: fact, reason: error.description)
        }
    }

    /// Saves what `effect` asks for.
    /// - Throws: `UseCaseError.interviewNotSaved` when the workspace refuses it.
    public static func save(_ effect: InterviewEffect, with recorder: any InterviewRecording) throws {
        do {
            switch effect {
            case let .record(question, answer): try recorder.record(answer, to: question)
            case let .skip(question): try recorder.skip(question)
            case let .saveDraft(question, draft): try recorder.saveDraft(draft, for: question)
            case let .dropDraft(question): try recorder.dropDraft(question)
            }
        } catch let error as WorkspaceError {
            throw UseCaseError.interviewNotSaved(effect.step, question: effect.question, reason: error.description)
        }
    }
}

extension InterviewEffect {
    /// What the effect saves.
    var step: InterviewSaving.Step {
        switch self {
        case .record: .answer
        case .skip: .skip
        case .saveDraft: .draft
        case .dropDraft: .draftRemoval
        }
    }

    /// The question the effect is about.
    var question: String {
        switch self {
        case let .record(question, _), let .skip(question), let .saveDraft(question, _), let .dropDraft(question): question
        }
    }
}
