import GRDB
import MaturityKit

/// Saves one interview of one respondent as it goes: every answer, every
/// skip and every draft (a note or evidence typed before the answer) in its
/// own small transaction, so an interview stopped at any moment
/// (Ctrl-C, a closed terminal, a killed process) keeps everything given
/// before. The session's writes share one batch of kind `interview`, made
/// with the first of them. Get one from `Workspace.startInterview`.
public final class InterviewRecorder {
    /// The workspace written to.
    public let workspace: Workspace
    /// The assessment the answers go to.
    public let assessmentId: Int64
    /// The questionnaire of the assessment's snapshot.
    public let questionnaire: Questionnaire
    /// The respondent's id in the assessment.
    public let respondentKey: String
    /// The respondent's name as given, when it is not the id itself.
    public let respondentName: String?
    /// The respondent's role.
    public let role: String
    /// The respondent's answers when the recorder was made.
    public let savedAnswers: [String: Answer]
    /// The questions skipped, and not answered, when the recorder was made.
    public let savedSkips: Set<String>
    /// The drafts (notes and evidence waiting for an answer) when the
    /// recorder was made, by question id.
    public let savedDrafts: [String: InterviewDraft]
    /// The session's batch, once something was saved.
    public private(set) var batchId: Int64?
    /// The respondent's row, once something was saved.
    private var respondentId: Int64?
    /// Answers saved in this session (changed answers included).
    public private(set) var recorded = 0
    /// Skips saved in this session.
    public private(set) var skips = 0
    /// Drafts saved in this session (a draft typed again counts again).
    public private(set) var drafts = 0
    private let check: AnswerCheck

    init(workspace: Workspace, assessmentId: Int64, questionnaire: Questionnaire, respondentKey: String, respondentName: String?,
         role: String, savedAnswers: [String: Answer], savedSkips: Set<String>, savedDrafts: [String: InterviewDraft]) {
        self.workspace = workspace
        self.assessmentId = assessmentId
        self.questionnaire = questionnaire
        self.respondentKey = respondentKey
        self.respondentName = respondentName
        self.role = role
        self.savedAnswers = savedAnswers
        self.savedSkips = savedSkips
        self.savedDrafts = savedDrafts
        self.check = AnswerCheck(questionnaire)
    }

    /// Saves an answer as the respondent's current answer to `question`, in
    /// one transaction (with the respondent and the batch the first time).
    /// An answer equal to the current one is not written again. The
    /// question's draft is deleted in the same transaction: the session puts
    /// a draft into every answer it records (`InterviewEffect.record`).
    public func record(_ answer: Answer, to question: String) throws {
        if let problem = check.problem(answer: answer, to: question) { throw WorkspaceError.refusedByQuestionnaire(problem) }
        if let respondent = respondentId, let batch = batchId {
            try recordAgain(answer, to: question, respondent: respondent, batch: batch)
        } else {
            try save { db, writer, respondent, _ in
                try writer.write(answer, to: question, respondent: respondent)
                try Self.deleteDraft(question, respondent: respondent, in: db)
            }
        }
        recorded += 1
    }

    /// `record` once the session has its respondent and batch: the same
    /// transaction with only the rows it needs (the assessment's status, the
    /// question's latest revision) read through prepared statements, rather
    /// than every respondent and answer of the assessment as an import reads
    /// them. A web server saves each answer this way.
    private func recordAgain(_ answer: Answer, to question: String, respondent: Int64, batch: Int64) throws {
        try workspace.write { db in
            let status = try String.fetchOne(db.cachedStatement(sql: "SELECT status FROM assessment WHERE id = ?"), arguments: [assessmentId])
            guard status == AssessmentStatus.open.rawValue else { throw WorkspaceError.closedDuringInterview(assessmentId) }
            let latest = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT choice, note, evidence, justification FROM answer WHERE respondentId = ? AND question = ? ORDER BY id DESC LIMIT 1
                """), arguments: [respondent, question])
            let current = latest.map { Answer(AnswerChoice($0["choice"] as String), note: $0["note"], evidence: $0["evidence"],
                                              justification: $0["justification"]) }
            if current != answer {
                try db.cachedStatement(sql: AnswerWriter.insertSQL(rows: 1)).execute(arguments: [
                    respondent, batch, question, answer.choice.id, answer.note, answer.evidence, answer.justification,
                ])
            }
            try db.cachedStatement(sql: "DELETE FROM draft WHERE respondentId = ? AND question = ?").execute(arguments: [respondent, question])
        }
    }

    /// Saves the note and evidence typed for `question`, which has no answer
    /// yet, as its draft, in one transaction, in place of an earlier draft.
    /// An empty draft deletes the question's draft.
    public func saveDraft(_ draft: InterviewDraft, for question: String) throws {
        if let problem = check.problem(question: question) { throw WorkspaceError.refusedByQuestionnaire(problem) }
        guard !draft.isEmpty else { return try dropDraft(question) }
        let savedAt = workspace.now
        try save { db, _, respondent, batch in
            try db.execute(sql: """
                INSERT INTO draft (respondentId, batchId, question, note, evidence, savedAt) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (respondentId, question) DO UPDATE
                SET batchId = excluded.batchId, note = excluded.note, evidence = excluded.evidence, savedAt = excluded.savedAt
                """, arguments: [respondent, batch, question, draft.note, draft.evidence, savedAt])
        }
        drafts += 1
    }

    /// Deletes the draft of `question`, already in its answer, in one
    /// transaction. Adds no respondent and no batch: without them there is
    /// no draft to delete.
    public func dropDraft(_ question: String) throws {
        try workspace.write { db in
            guard let respondent = try RespondentRecord.filter(RespondentRecord.Columns.assessmentId == assessmentId && RespondentRecord.Columns.key == respondentKey)
                .fetchOne(db)?.id else { return }
            try Self.deleteDraft(question, respondent: respondent, in: db)
        }
    }

    private static func deleteDraft(_ question: String, respondent: Int64, in db: Database) throws {
        try db.execute(sql: "DELETE FROM draft WHERE respondentId = ? AND question = ?", arguments: [respondent, question])
    }

    /// Remembers that the interviewer skipped `question`, in one transaction.
    /// Writes no answer.
    public func skip(_ question: String) throws {
        if let problem = check.problem(question: question) { throw WorkspaceError.refusedByQuestionnaire(problem) }
        try save { db, _, respondent, batch in
            var record = SkipRecord(id: nil, respondentId: respondent, batchId: batch, question: question)
            try record.insert(db, onConflict: .ignore)
        }
        skips += 1
    }

    /// One transaction: checks that the assessment is still open, makes the
    /// batch and the respondent when needed, then runs `body`.
    private func save(_ body: (Database, inout AnswerWriter, _ respondent: Int64, _ batch: Int64) throws -> Void) throws {
        let batch = try workspace.write { db -> (Int64, Int64) in
            let assessment = try Workspace.assessment(assessmentId, in: db)
            guard assessment.status == .open else {
                throw WorkspaceError.closedDuringInterview(assessmentId)
            }
            let batch = try batchId ?? workspace.newBatch(assessmentId: assessmentId, kind: .interview,
                                                         source: respondentName ?? respondentKey, in: db)
            return try AnswerWriter.writing(db: db, assessmentId: assessmentId, batchId: batch) { writer in
                switch try writer.respondent(respondentKey, role: role, name: respondentName) {
                case .failure(let error):
                    throw error
                case .success(let respondent):
                    try body(db, &writer, respondent, batch)
                    return (batch, respondent)
                }
            }
        }
        // Only once the transaction has committed: a rolled-back batch does not exist.
        batchId = batch.0
        respondentId = batch.1
    }
}
