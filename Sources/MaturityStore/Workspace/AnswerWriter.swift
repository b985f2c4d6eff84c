import GRDB
import MaturityKit

/// Writes answers into one assessment inside a transaction: registers
/// respondents, appends a revision only when an answer changed, and reuses
/// prepared statements so that a million rows stay fast.
struct AnswerWriter {
    let db: Database
    let assessmentId: Int64
    let batchId: Int64
    private var respondents: [String: (id: Int64, role: String, isNew: Bool)] = [:]
    private var current: [Int64: [String: Answer]] = [:]
    private let insertAnswer: Statement
    private let insertRespondent: Statement
    private(set) var summary = ImportSummary()

    init(db: Database, assessmentId: Int64, batchId: Int64) throws {
        self.db = db
        self.assessmentId = assessmentId
        self.batchId = batchId
        insertAnswer = try db.makeStatement(sql: """
            INSERT INTO answer (respondentId, batchId, question, choice, note, evidence, justification) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        insertRespondent = try db.makeStatement(sql: "INSERT INTO respondent (uid, assessmentId, key, name, role) VALUES (?, ?, ?, ?, ?)")
    }

    /// The respondent's row, created on first sight. Returns an error
    /// sentence when the respondent exists with another role.
    mutating func respondent(_ key: String, role: String, name: String?) throws -> Result<Int64, WorkspaceError> {
        if let known = respondents[key] {
            return known.role == role ? .success(known.id)
                : .failure(.invalid("respondent '\(key)' has role '\(known.role)', not '\(role)'"))
        }
        if let existing = try RespondentRecord.filter(Column("assessmentId") == assessmentId && Column("key") == key).fetchOne(db),
           let id = existing.id {
            guard existing.role == role else {
                return .failure(.invalid("respondent '\(key)' is already in this assessment with role '\(existing.role)', not '\(role)'"))
            }
            respondents[key] = (id, role, false)
            var answers: [String: Answer] = [:]
            for row in try AnswerRecord.fetchAll(db, sql: """
                SELECT * FROM answer WHERE id IN (SELECT max(id) FROM answer WHERE respondentId = ? GROUP BY question)
                """, arguments: [id]) {
                answers[row.question] = row.answer
            }
            current[id] = answers
            summary.existingRespondents += 1
            return .success(id)
        }
        try insertRespondent.execute(arguments: [Workspace.newUID(), assessmentId, key, name, role])
        let id = db.lastInsertedRowID
        respondents[key] = (id, role, true)
        summary.newRespondents += 1
        return .success(id)
    }

    /// Appends the answer as a new revision unless it equals the current one.
    mutating func write(_ answer: Answer, to question: String, respondent id: Int64) throws {
        if let previous = current[id]?[question], previous == answer {
            summary.unchanged += 1
            return
        }
        if current[id] != nil { current[id]?[question] = answer }
        try insertAnswer.execute(arguments: [id, batchId, question, answer.choice.id, answer.note, answer.evidence, answer.justification])
        summary.recorded += 1
    }
}

/// What an import did.
public struct ImportSummary: Sendable, Hashable {
    public var newRespondents = 0
    public var existingRespondents = 0
    /// Answers written as new revisions.
    public var recorded = 0
    /// Answers equal to the current revision, so not written again.
    public var unchanged = 0
    public var batchId: Int64 = 0
}
