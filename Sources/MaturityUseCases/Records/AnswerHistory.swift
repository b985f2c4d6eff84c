import MaturityKit
import MaturityStore

/// What `ospo answers history` prints: every revision of every answer to a
/// question, who gave it, when and how.
public enum AnswerHistory {
    /// The revisions of the answers to `question` in the assessment, oldest first.
    public static func revisions(_ workspace: any WorkspaceStore, assessment id: Int64, question: String) throws -> [AnswerRevision] {
        try workspace.history(of: id, question: question)
    }

    /// One revision as a line: when, who, the answer, its note and
    /// justification, and where it came from.
    public static func line(for revision: AnswerRevision) -> String {
        var line = "\(revision.recordedAt)  \(revision.respondent) (\(revision.role)): \(revision.answer.choice.id)"
        if let note = revision.answer.note { line += "  note: \(note)" }
        if let justification = revision.answer.justification { line += "  justification: \(justification)" }
        return line + "  [\(revision.kind) \(revision.source) by \(revision.recordedBy)]"
    }

    /// What a front end says when the question has no answers in the assessment.
    public static func noAnswersLine(question: String, assessment id: Int64) -> String {
        "no answers to \(question) in assessment \(id)"
    }
}
