import GRDB
import GRDBSQLite
import MaturityKit

/// Writes answers into one assessment inside a transaction: registers
/// respondents, appends a revision only when an answer changed, and reuses
/// prepared statements so that a million rows stay fast. Rows are queued and
/// sent a hundred at a time, so a writer is only handed out by `writing`,
/// which sends the last of them before it returns: none can be left behind.
struct AnswerWriter {
    let db: Database
    let assessmentId: Int64
    let batchId: Int64
    private var respondents: [String: (id: Int64, role: String, isNew: Bool)] = [:]
    private var current: [Int64: [String: Answer]] = [:]
    /// The respondents already in the assessment, read once.
    private let existing: [String: RespondentRecord]
    private let insertMany: Statement
    private var pending: [PendingRow] = []
    private var arena: [UInt8] = []
    private let insertRespondent: Statement
    private(set) var summary = ImportSummary()

    /// Runs `body` with a writer for this batch, then writes the rows still
    /// queued. Call it inside the transaction that holds the batch.
    static func writing<T>(db: Database, assessmentId: Int64, batchId: Int64,
                           _ body: (inout AnswerWriter) throws -> T) throws -> T {
        var writer = try AnswerWriter(db: db, assessmentId: assessmentId, batchId: batchId)
        let result = try body(&writer)
        try writer.finish()
        return result
    }

    private init(db: Database, assessmentId: Int64, batchId: Int64) throws {
        self.db = db
        self.assessmentId = assessmentId
        self.batchId = batchId
        insertMany = try db.makeStatement(sql: Self.insertSQL(rows: Self.rowsPerStatement))
        insertRespondent = try db.makeStatement(sql: "INSERT INTO respondent (uid, assessmentId, key, name, role) VALUES (?, ?, ?, ?, ?)")
        existing = Dictionary(try RespondentRecord.filter(RespondentRecord.Columns.assessmentId == assessmentId).fetchAll(db).map { ($0.key, $0) },
                              uniquingKeysWith: { first, _ in first })
    }

    /// The respondent's row, created on first sight. Returns an error
    /// sentence when the respondent exists with another role.
    mutating func respondent(_ key: String, role: String, name: String?) throws -> Result<Int64, WorkspaceError> {
        if let known = respondents[key] {
            return known.role == role ? .success(known.id)
                : .failure(.respondentRoleChanged(respondent: key, role: known.role, given: role, inThisFile: true))
        }
        if let existing = existing[key], let id = existing.id {
            guard existing.role == role else {
                return .failure(.respondentRoleChanged(respondent: key, role: existing.role, given: role, inThisFile: false))
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

    /// Appends the answer as a new revision unless it equals the current one
    /// (only a respondent who was already in the assessment has one).
    mutating func write(_ answer: Answer, to question: String, respondent id: Int64) throws {
        if current[id] != nil {
            if let previous = current[id]?[question], previous == answer {
                summary.unchanged += 1
                return
            }
            current[id]?[question] = answer
        }
        try insert(respondent: id, question: question, answer: answer)
        summary.recorded += 1
    }

    /// Queues one answer row; rows go to SQLite a hundred per statement,
    /// which halves SQLite's share of a million-row import compared with one
    /// statement per row. Call `finish()` before the transaction ends.
    private mutating func insert(respondent id: Int64, question: String, answer: Answer) throws {
        func add(_ text: String?) -> Range<Int>? {
            guard let text else { return nil }
            let start = arena.count
            arena.append(contentsOf: text.utf8)
            return start..<arena.count
        }
        pending.append(PendingRow(respondent: id, question: add(question) ?? 0..<0, choice: add(answer.choice.id) ?? 0..<0,
                                  note: add(answer.note), evidence: add(answer.evidence), justification: add(answer.justification)))
        if pending.count == Self.rowsPerStatement { try flush() }
    }

    /// Writes the queued rows.
    private mutating func finish() throws {
        if !pending.isEmpty { try flush() }
    }

    private mutating func flush() throws {
        let statement: Statement
        if pending.count == Self.rowsPerStatement {
            statement = insertMany
        } else {
            statement = try db.makeStatement(sql: Self.insertSQL(rows: pending.count))
        }
        let handle = statement.sqliteStatement
        let batchId = batchId
        let code = arena.withUnsafeBufferPointer { bytes -> Int32 in
            let base = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
            func bind(_ range: Range<Int>?, _ index: Int32) {
                guard let range else {
                    sqlite3_bind_null(handle, index)
                    return
                }
                sqlite3_bind_text(handle, index, base.map { $0 + range.lowerBound }, Int32(range.count), sqliteStatic)
            }
            sqlite3_reset(handle)
            for (row, pendingRow) in pending.enumerated() {
                let first = Int32(row * 7)
                sqlite3_bind_int64(handle, first + 1, pendingRow.respondent)
                sqlite3_bind_int64(handle, first + 2, batchId)
                bind(pendingRow.question, first + 3)
                bind(pendingRow.choice, first + 4)
                bind(pendingRow.note, first + 5)
                bind(pendingRow.evidence, first + 6)
                bind(pendingRow.justification, first + 7)
            }
            let code = sqlite3_step(handle)
            // Unbind while the arena's bytes are still pinned.
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            return code
        }
        pending.removeAll(keepingCapacity: true)
        arena.removeAll(keepingCapacity: true)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
        }
    }

    static let rowsPerStatement = 100

    static func insertSQL(rows: Int) -> String {
        "INSERT INTO answer (respondentId, batchId, question, choice, note, evidence, justification) VALUES "
            + Array(repeating: "(?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }

    /// A queued row: the respondent and the byte ranges of its texts in the arena.
    private struct PendingRow {
        var respondent: Int64
        var question: Range<Int>
        var choice: Range<Int>
        var note: Range<Int>?
        var evidence: Range<Int>?
        var justification: Range<Int>?
    }
}

/// SQLite's SQLITE_STATIC: the caller keeps the bytes alive until the statement is reset.
private let sqliteStatic: sqlite3_destructor_type? = nil

/// What an import did.
public struct ImportSummary: Sendable, Hashable {
    public var newRespondents = 0
    public var existingRespondents = 0
    /// Answers written as new revisions.
    public var recorded = 0
    /// Answers equal to the current revision, so not written again.
    public var unchanged = 0
    public var batchId: Int64 = 0
    /// Problems that lost nothing (a note beside an unanswered question), located in the file.
    public var warnings: [Diagnostic] = []
}
