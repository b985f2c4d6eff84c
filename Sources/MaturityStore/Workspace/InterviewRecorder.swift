import GRDB
import MaturityKit

/// Saves one interview of one respondent as it goes: every answer and every
/// skip in its own small transaction, so an interview stopped at any moment
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
    /// The session's batch, once something was saved.
    public private(set) var batchId: Int64?
    /// Answers saved in this session (changed answers included).
    public private(set) var recorded = 0
    /// Skips saved in this session.
    public private(set) var skips = 0
    private let check: AnswerCheck

    init(workspace: Workspace, assessmentId: Int64, questionnaire: Questionnaire, respondentKey: String, respondentName: String?,
         role: String, savedAnswers: [String: Answer], savedSkips: Set<String>) {
        self.workspace = workspace
        self.assessmentId = assessmentId
        self.questionnaire = questionnaire
        self.respondentKey = respondentKey
        self.respondentName = respondentName
        self.role = role
        self.savedAnswers = savedAnswers
        self.savedSkips = savedSkips
        self.check = AnswerCheck(questionnaire)
    }

    /// Saves an answer as the respondent's current answer to `question`, in
    /// one transaction (with the respondent and the batch the first time).
    /// An answer equal to the current one is not written again.
    public func record(_ answer: Answer, to question: String) throws {
        if let problem = check.problem(answer: answer, to: question) { throw WorkspaceError.invalid(problem) }
        try save { _, writer, respondent, _ in
            try writer.write(answer, to: question, respondent: respondent)
        }
        recorded += 1
    }

    /// Remembers that the interviewer skipped `question`, in one transaction.
    /// Writes no answer.
    public func skip(_ question: String) throws {
        if let problem = check.problem(question: question) { throw WorkspaceError.invalid(problem) }
        try save { db, _, respondent, batch in
            var record = SkipRecord(id: nil, respondentId: respondent, batchId: batch, question: question)
            try record.insert(db, onConflict: .ignore)
        }
        skips += 1
    }

    /// One transaction: checks that the assessment is still open, makes the
    /// batch and the respondent when needed, then runs `body`.
    private func save(_ body: (Database, inout AnswerWriter, _ respondent: Int64, _ batch: Int64) throws -> Void) throws {
        let batch = try workspace.write { db -> Int64 in
            let assessment = try Workspace.assessment(assessmentId, in: db)
            guard assessment.status == "open" else {
                throw WorkspaceError.invalid("assessment \(assessmentId) was closed while the interview ran, so nothing more can be recorded; answers given before were kept")
            }
            let batch = try batchId ?? workspace.newBatch(assessmentId: assessmentId, kind: "interview",
                                                         source: respondentName ?? respondentKey, in: db)
            return try AnswerWriter.writing(db: db, assessmentId: assessmentId, batchId: batch) { writer in
                switch try writer.respondent(respondentKey, role: role, name: respondentName) {
                case .failure(let error):
                    throw error
                case .success(let respondent):
                    try body(db, &writer, respondent, batch)
                }
                return batch
            }
        }
        // Only once the transaction has committed: a rolled-back batch does not exist.
        batchId = batch
    }
}
