import Foundation
import GRDB
import MaturityKit

extension Workspace {
    /// Imports a set of answers into an open assessment, in one transaction.
    /// A respondent already in the assessment gets new revisions of the
    /// answers that changed; nothing is overwritten. Answers that name
    /// another organisation than the assessment's are refused.
    @discardableResult
    public func importAnswers(_ answers: AnswerSet, into assessmentId: Int64, source: String,
                              kind: BatchKind = .import) throws -> ImportSummary {
        let assessment = try assessment(assessmentId)
        try Self.checkOpen(assessment, for: answers)
        let organisation = try read { db in try OrganisationRecord.fetchOne(db, key: assessment.organisationId) }
        if let organisation, !Self.names(organisation, answers.organisation) {
            throw ContentError([.error(answers.source["organisation"],
                "these answers are for '\(answers.organisation)', but assessment \(assessmentId) is of '\(organisation.name)'; import them into an assessment of their own organisation, or correct the file's organisation")])
        }
        let content = try content(of: assessmentId)
        let diagnostics = LibraryValidator.validate(answers, questionnaire: content.questionnaire).errors
        if !diagnostics.isEmpty { throw ContentError(diagnostics) }
        return try write { db in
            try writeAnswers(answers, into: assessmentId, source: source, kind: kind, in: db)
        }
    }

    /// Writes checked answers as one batch of revisions, inside the caller's
    /// transaction.
    func writeAnswers(_ answers: AnswerSet, into assessmentId: Int64, source: String, kind: BatchKind,
                      in db: Database) throws -> ImportSummary {
        let batch = try newBatch(assessmentId: assessmentId, kind: kind, source: source, in: db)
        try Self.state(answers.context, of: assessmentId, in: db)
        return try AnswerWriter.writing(db: db, assessmentId: assessmentId, batchId: batch) { writer in
            var problems: [Diagnostic] = []
            for respondent in answers.respondents {
                switch try writer.respondent(respondent.id, role: respondent.role, name: respondent.name) {
                case .failure(let error):
                    problems.append(.error(respondent.source["role"], error.description))
                case .success(let id):
                    for question in respondent.answerOrder {
                        if let answer = respondent.answers[question] { try writer.write(answer, to: question, respondent: id) }
                    }
                }
            }
            if !problems.isEmpty { throw ContentError(problems) }
            var summary = writer.summary
            summary.batchId = batch
            return summary
        }
    }

    /// Whether an answers file's organisation names this organisation: its
    /// name in any letter case, its short name, or a name whose short name
    /// is this one's.
    static func names(_ organisation: OrganisationRecord, _ name: String) -> Bool {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.lowercased() == organisation.name.lowercased() || trimmed == organisation.slug
            || slug(for: trimmed) == organisation.slug
    }

    /// Streams a long CSV (`respondent,role,question,answer[,note,name,evidence,justification]`)
    /// into an open assessment: rows are checked and written one by one with
    /// prepared statements inside a single transaction, so memory stays flat
    /// and a file with any bad row writes nothing. Every bad row is reported.
    @discardableResult
    public func importLongCSV(at path: String, into assessmentId: Int64,
                              progress: ((_ rows: Int, _ bytesRead: Int) -> Void)? = nil) throws -> ImportSummary {
        let assessment = try assessment(assessmentId)
        try Self.checkOpen(assessment, for: assessment.questionnaireId)
        let questionnaire = try content(of: assessmentId).questionnaire
        let check = AnswerCheck(questionnaire)
        let fast = check.fastChecks
        let file = try CSVFile(path: path)
        return try bulkWrite { db in
            let batch = try newBatch(assessmentId: assessmentId, kind: .import, source: path, in: db)
            return try AnswerWriter.writing(db: db, assessmentId: assessmentId, batchId: batch) { writer in
                var problems = DiagnosticCollector()
                var columns: LongCSVColumns?
                // Which questions each respondent answered in this file, one bit per
                // question, `words` words a respondent in one flat array: an array
                // per respondent cost a heap object each, 100 bytes a respondent in
                // a file of a million respondents. Rows usually come grouped by
                // respondent, so the slot is looked up when the respondent changes.
                var slots: [String: Int] = [:]
                var answered: [UInt64] = []
                let words = questionnaire.questions.count / 64 + 1
                var current: (key: String, role: String, id: Int64, slot: Int)?
                var row = 0
                try file.records { record in
                    row = record.row
                    if row % 10_000 == 0 { progress?(row - 1, file.bytesRead) }
                    guard let layout = columns else {
                        columns = try LongCSVColumns(header: record.fields, path: path)
                        return
                    }
                    guard let parsed = layout.parse(record.fields, row: row, path: path, into: &problems) else { return }
                    guard let question = fast[parsed.question] else {
                        problems.add(.error(layout.location(path, row, "question"), check.problem(question: parsed.question) ?? "unknown question"))
                        return
                    }
                    if !question.accepts(parsed.answer.choice.id), let problem = check.problem(answer: parsed.answer, to: parsed.question) {
                        problems.add(.error(layout.location(path, row, "answer"), problem))
                        return
                    }
                    if current?.key != parsed.respondent || current?.role != parsed.role {
                        // Identifiers are checked once per respondent, not on every row.
                        guard Identifier.isValid(parsed.respondent), Identifier.isValid(parsed.role) else {
                            current = nil
                            let bad = Identifier.isValid(parsed.respondent) ? ("role", parsed.role) : ("respondent", parsed.respondent)
                            problems.add(.error(layout.location(path, row, bad.0), "'\(bad.1)' is not a valid identifier"))
                            return
                        }
                        if let problem = check.problem(role: parsed.role) {
                            current = nil
                            problems.add(.error(layout.location(path, row, "role"), problem))
                            return
                        }
                        switch try writer.respondent(parsed.respondent, role: parsed.role, name: parsed.name) {
                        case .failure(let error):
                            current = nil
                            problems.add(.error(layout.location(path, row, "role"), error.description))
                            return
                        case .success(let id):
                            let slot: Int
                            if let known = slots[parsed.respondent] {
                                slot = known
                            } else {
                                slot = answered.count / words
                                answered.append(contentsOf: repeatElement(0, count: words))
                                slots[parsed.respondent] = slot
                            }
                            current = (parsed.respondent, parsed.role, id, slot)
                        }
                    }
                    guard let state = current else { return }
                    let word = state.slot * words + question.index / 64
                    let mask: UInt64 = 1 << UInt64(question.index % 64)
                    guard answered[word] & mask == 0 else {
                        problems.add(.error(layout.location(path, row, "question"), "respondent '\(parsed.respondent)' answers '\(parsed.question)' twice in this file"))
                        return
                    }
                    answered[word] |= mask
                    if problems.isEmpty { try writer.write(parsed.answer, to: parsed.question, respondent: state.id) }
                }
                if columns == nil { throw WorkspaceError.emptyCSV(path: path) }
                progress?(max(0, row - 1), file.bytesRead)
                if !problems.isEmpty { throw ContentError(problems.diagnostics) }
                var summary = writer.summary
                summary.batchId = batch
                return summary
            }
        }
    }

    /// Streams a wide CSV (one row per respondent, one column per question,
    /// as survey tools export it) into an open assessment, read with
    /// `WideCSVReader` against the questionnaire of the assessment's own
    /// snapshot and the mapping. One transaction: every problem in the file
    /// (and every respondent already in the assessment with another role) is
    /// reported as `path:row:column`, all at once, and then nothing is
    /// written. Warnings come back in the summary.
    @discardableResult
    public func importWideCSV(at path: String, into assessmentId: Int64, mapping: AnswerMapping? = nil,
                              progress: ((_ rows: Int, _ bytesRead: Int) -> Void)? = nil) throws -> ImportSummary {
        let assessment = try assessment(assessmentId)
        try Self.checkOpen(assessment, for: assessment.questionnaireId)
        let questionnaire = try content(of: assessmentId).questionnaire
        let file = try CSVFile(path: path)
        return try bulkWrite { db in
            let batch = try newBatch(assessmentId: assessmentId, kind: .import, source: path, in: db)
            return try AnswerWriter.writing(db: db, assessmentId: assessmentId, batchId: batch) { writer in
                var reader: WideCSVReader?
                var questionIds: [String] = []
                var conflicts = DiagnosticCollector()
                var row = 0
                try file.records { record in
                    row = record.row
                    if row % 1_000 == 0 { progress?(row - 1, file.bytesRead) }
                    guard reader != nil else {
                        let header = try WideCSVReader(header: record.fields, path: path, questionnaire: questionnaire, mapping: mapping)
                        questionIds = header.questions.map(\.id)
                        reader = header
                        return
                    }
                    guard let read = reader?.read(record.fields, line: row) else { return }
                    switch try writer.respondent(read.respondent, role: read.role, name: read.name) {
                    case .failure(let error):
                        conflicts.add(.error(SourceLocation(file: path, line: row, column: (read.roleColumn ?? 0) + 1), error.description))
                    case .success(let id):
                        // Once anything is wrong the file is only read on, for
                        // its other problems; the transaction is rolled back.
                        guard !conflicts.hasErrors, reader?.hasErrors == false else { return }
                        for cell in read.cells {
                            try writer.write(cell.answer, to: questionIds[cell.question], respondent: id)
                        }
                    }
                }
                guard let reader else {
                    throw ContentError((mapping.map { MappingValidator.validate($0, questionnaire: questionnaire) } ?? [])
                        + [.error(SourceLocation(file: path, line: 1, column: 1), "the file is empty; a wide CSV starts with a header row that names the columns")])
                }
                progress?(max(0, row - 1), file.bytesRead)
                let diagnostics = reader.problems.diagnostics + conflicts.diagnostics
                if diagnostics.hasErrors { throw ContentError(diagnostics) }
                try Self.state(reader.context, of: assessmentId, in: db)
                var summary = writer.summary
                summary.batchId = batch
                summary.warnings = diagnostics
                return summary
            }
        }
    }

    /// The context facts stated for an assessment; empty when none were.
    public func context(of assessmentId: Int64) throws -> OrganisationContext {
        try assessment(assessmentId).organisationContext
    }

    /// States context facts of an open assessment (as an interview asks
    /// them), keeping the facts not given; each must be one the
    /// assessment's questionnaire declares, with one of its options.
    public func state(_ context: OrganisationContext, of assessmentId: Int64) throws {
        let assessment = try assessment(assessmentId)
        try Self.checkOpen(assessment, for: assessment.questionnaireId)
        let questionnaire = try content(of: assessmentId).questionnaire
        for (fact, value) in context.values.sorted(by: { $0.key < $1.key }) {
            guard let declared = questionnaire.fact(fact) else {
                throw WorkspaceError.refusedByQuestionnaire("unknown context fact '\(fact)' in questionnaire '\(questionnaire.id)'")
            }
            guard declared.option(value) != nil else {
                throw WorkspaceError.refusedByQuestionnaire("'\(value)' is not a value of context fact '\(fact)'; it offers \(declared.options.map(\.id).joined(separator: ", "))")
            }
        }
        try write { db in try Self.state(context, of: assessmentId, in: db) }
    }

    /// Records the context facts an import states on its assessment: a fact
    /// stated again takes the new value, facts not stated keep theirs.
    static func state(_ context: OrganisationContext, of assessmentId: Int64, in db: Database) throws {
        guard !context.isEmpty, var assessment = try AssessmentRecord.fetchOne(db, key: assessmentId) else { return }
        var merged = assessment.organisationContext
        for (fact, value) in context.values { merged[fact] = value }
        guard merged != assessment.organisationContext else { return }
        assessment.organisationContext = merged
        try assessment.update(db)
    }

    func newBatch(assessmentId: Int64, kind: BatchKind, source: String, in db: Database) throws -> Int64 {
        var batch = BatchRecord(id: nil, uid: Self.newUID(), assessmentId: assessmentId, kind: kind, source: source,
                                recordedBy: user, recordedAt: now)
        try batch.insert(db)
        return batch.id ?? 0
    }

    static func checkOpen(_ assessment: AssessmentRecord, for questionnaire: String) throws {
        guard assessment.status == .open else {
            throw WorkspaceError.assessmentClosed(assessment.id ?? 0)
        }
        guard assessment.questionnaireId == questionnaire else {
            throw WorkspaceError.questionnaireMismatch(answers: questionnaire, assessment: assessment.id ?? 0, uses: assessment.questionnaireId)
        }
    }

    /// As `checkOpen(_:for:)` for an answers file: a questionnaire mismatch
    /// is located at the file's `questionnaire:` key.
    static func checkOpen(_ assessment: AssessmentRecord, for answers: AnswerSet) throws {
        guard assessment.status == .open else {
            throw WorkspaceError.assessmentClosed(assessment.id ?? 0)
        }
        guard assessment.questionnaireId == answers.questionnaire else {
            throw ContentError([.error(answers.source["questionnaire"],
                "these answers are for questionnaire '\(answers.questionnaire)', but assessment \(assessment.id ?? 0) uses '\(assessment.questionnaireId)'")])
        }
    }
}

/// The columns of a long CSV, from its header row, as positions.
struct LongCSVColumns {
    private var index: [String: Int] = [:]
    private let respondent: Int, role: Int, question: Int, answer: Int
    private let note: Int?, name: Int?, evidence: Int?, justification: Int?

    init(header: [String], path: String) throws {
        var problems: [Diagnostic] = []
        var index: [String: Int] = [:]
        let allowed = AnswersCSVLoader.requiredColumns + AnswersCSVLoader.optionalColumns
        for (position, raw) in header.enumerated() {
            let name = raw.trimmedWhitespace.lowercased()
            let at = SourceLocation(file: path, line: 1, column: position + 1)
            if !allowed.contains(name) {
                problems.append(.error(at, "unknown column '\(name)'; the long form has \(allowed.joined(separator: ", "))"))
            } else if index[name] != nil {
                problems.append(.error(at, "column '\(name)' appears twice"))
            } else {
                index[name] = position
            }
        }
        for name in AnswersCSVLoader.requiredColumns where index[name] == nil {
            problems.append(.error(SourceLocation(file: path, line: 1, column: 1), "missing column '\(name)'"))
        }
        guard problems.isEmpty, let respondent = index["respondent"], let role = index["role"],
              let question = index["question"], let answer = index["answer"] else { throw ContentError(problems) }
        self.index = index
        (self.respondent, self.role, self.question, self.answer) = (respondent, role, question, answer)
        (note, name, evidence, justification) = (index["note"], index["name"], index["evidence"], index["justification"])
    }

    func location(_ path: String, _ row: Int, _ column: String) -> SourceLocation {
        SourceLocation(file: path, line: row, column: (index[column] ?? 0) + 1)
    }

    struct Parsed {
        var respondent: String
        var role: String
        var question: String
        var name: String?
        var answer: Answer
    }

    private static func cell(_ fields: [String], _ position: Int?) -> String? {
        guard let position, position < fields.count else { return nil }
        let value = fields[position].trimmedWhitespace
        return value.isEmpty ? nil : value
    }

    func parse(_ fields: [String], row: Int, path: String, into problems: inout DiagnosticCollector) -> Parsed? {
        guard let respondent = Self.cell(fields, respondent), let role = Self.cell(fields, role),
              let question = Self.cell(fields, question), let choice = Self.cell(fields, answer) else {
            if fields.allSatisfy({ $0.trimmedWhitespace.isEmpty }) { return nil }
            for (name, position) in [("respondent", respondent), ("role", role), ("question", question), ("answer", answer)] {
                if let value = Self.cell(fields, position) {
                    if !Identifier.isValid(value) {
                        problems.add(.error(location(path, row, name), "'\(value)' is not a valid \(name == "answer" ? "option id" : "identifier")"))
                    }
                } else {
                    problems.add(.error(location(path, row, name), "'\(name)' is empty"))
                }
            }
            return nil
        }
        return Parsed(respondent: respondent, role: role, question: question, name: Self.cell(fields, name),
                      answer: Answer(AnswerChoice(choice), note: Self.cell(fields, note), evidence: Self.cell(fields, evidence),
                                     justification: Self.cell(fields, justification)))
    }
}

/// A CSV file read in chunks through `CSVTokenizer`, so a large file is
/// never held in memory. The separator (`,` or `;`) is detected from the
/// header line.
final class CSVFile {
    let path: String
    private(set) var bytesRead = 0
    private let handle: FileHandle
    private let separator: Unicode.Scalar

    init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else {
            throw WorkspaceError.unreadableFile(path: path)
        }
        self.path = path
        self.handle = handle
        let sample = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
        separator = CSVDialect.detectDelimiter(String(decoding: sample, as: UTF8.self))
        try? handle.seek(toOffset: 0)
    }

    deinit { try? handle.close() }

    /// Calls `body` with every record, in order.
    func records(_ body: (CSVTokenizer.Record) throws -> Void) throws {
        var tokenizer = CSVTokenizer(separator: separator, path: path)
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                throw WorkspaceError.fileCutShort(path: path)
            }
            if chunk.isEmpty { break }
            bytesRead += chunk.count
            try chunk.withUnsafeBytes { raw in
                try tokenizer.feed(raw.bindMemory(to: UInt8.self), body)
            }
        }
        try tokenizer.finish(body)
    }
}
