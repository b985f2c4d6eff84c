import CSV
import Foundation
import GRDB
import MaturityKit

extension Workspace {
    /// Imports a set of answers into an open assessment, in one transaction.
    /// A respondent already in the assessment gets new revisions of the
    /// answers that changed; nothing is overwritten.
    @discardableResult
    public func importAnswers(_ answers: AnswerSet, into assessmentId: Int64, source: String,
                              kind: String = "import") throws -> ImportSummary {
        let assessment = try assessment(assessmentId)
        try Self.checkOpen(assessment, for: answers.questionnaire)
        let content = try content(of: assessmentId)
        let diagnostics = LibraryValidator.validate(answers, questionnaire: content.questionnaire).errors
        if !diagnostics.isEmpty { throw ContentError(diagnostics) }
        return try write { db in
            let batch = try newBatch(assessmentId: assessmentId, kind: kind, source: source, in: db)
            var writer = try AnswerWriter(db: db, assessmentId: assessmentId, batchId: batch)
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

    /// Streams a long CSV (`respondent,role,question,answer[,note,name,evidence,justification]`)
    /// into an open assessment: rows are checked and written one by one with
    /// prepared statements inside a single transaction, so memory stays flat
    /// and a file with any bad row writes nothing. Every bad row is reported.
    @discardableResult
    public func importLongCSV(at path: String, into assessmentId: Int64,
                              progress: ((_ rows: Int, _ bytesRead: Int) -> Void)? = nil) throws -> ImportSummary {
        let assessment = try assessment(assessmentId)
        try Self.checkOpen(assessment, for: assessment.questionnaireId)
        let check = AnswerCheck(try content(of: assessmentId).questionnaire)
        let reader = try CSVStream(path: path)
        let columns = try LongCSVColumns(header: reader.header, path: path)
        return try write { db in
            let batch = try newBatch(assessmentId: assessmentId, kind: "import", source: path, in: db)
            var writer = try AnswerWriter(db: db, assessmentId: assessmentId, batchId: batch)
            var problems = DiagnosticCollector()
            var seen = Set<String>()
            var row = 1
            while let fields = reader.next() {
                row += 1
                if row % 10_000 == 0 { progress?(row - 1, reader.bytesRead) }
                guard let parsed = columns.parse(fields, row: row, path: path, into: &problems) else { continue }
                if let problem = check.problem(role: parsed.role) {
                    problems.add(.error(columns.location(path, row, "role"), problem))
                    continue
                }
                if let problem = check.problem(answer: parsed.answer, to: parsed.question) {
                    problems.add(.error(columns.location(path, row, check.hasQuestion(parsed.question) ? "answer" : "question"), problem))
                    continue
                }
                guard seen.insert("\(parsed.respondent)\u{1F}\(parsed.question)").inserted else {
                    problems.add(.error(columns.location(path, row, "question"), "respondent '\(parsed.respondent)' answers '\(parsed.question)' twice in this file"))
                    continue
                }
                switch try writer.respondent(parsed.respondent, role: parsed.role, name: parsed.name) {
                case .failure(let error):
                    problems.add(.error(columns.location(path, row, "role"), error.description))
                case .success(let id):
                    if problems.isEmpty { try writer.write(parsed.answer, to: parsed.question, respondent: id) }
                }
            }
            if let error = reader.error {
                problems.add(.error(SourceLocation(file: path, line: row + 1, column: 1), "cannot read the CSV past this row: \(error)"))
            }
            progress?(row - 1, reader.bytesRead)
            if !problems.isEmpty { throw ContentError(problems.diagnostics) }
            var summary = writer.summary
            summary.batchId = batch
            return summary
        }
    }

    func newBatch(assessmentId: Int64, kind: String, source: String, in db: Database) throws -> Int64 {
        var batch = BatchRecord(id: nil, uid: Self.newUID(), assessmentId: assessmentId, kind: kind, source: source,
                                recordedBy: user, recordedAt: now)
        try batch.insert(db)
        return batch.id ?? 0
    }

    static func checkOpen(_ assessment: AssessmentRecord, for questionnaire: String) throws {
        guard assessment.status == "open" else {
            throw WorkspaceError.invalid("assessment \(assessment.id ?? 0) is closed; start a new one with 'ospo assessment new'")
        }
        guard assessment.questionnaireId == questionnaire else {
            throw WorkspaceError.invalid("these answers are for questionnaire '\(questionnaire)', but assessment \(assessment.id ?? 0) uses '\(assessment.questionnaireId)'")
        }
    }
}

/// Collects diagnostics, keeping the first thousand so that a file that is
/// wrong on every row still reports quickly.
struct DiagnosticCollector {
    static let limit = 1_000
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var dropped = 0
    var isEmpty: Bool { diagnostics.isEmpty }

    mutating func add(_ diagnostic: Diagnostic) {
        if diagnostics.count < Self.limit {
            diagnostics.append(diagnostic)
        } else {
            dropped += 1
            if dropped == 1 || dropped % 1000 == 0 {
                diagnostics[Self.limit - 1] = .error(diagnostic.location, "… and \(dropped) more problems after this one")
            }
        }
    }
}

/// The columns of a long CSV, from its header row.
struct LongCSVColumns {
    private var index: [String: Int] = [:]

    init(header: [String], path: String) throws {
        var problems: [Diagnostic] = []
        let allowed = AnswersCSVLoader.requiredColumns + AnswersCSVLoader.optionalColumns
        for (position, raw) in header.enumerated() {
            let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
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
        if !problems.isEmpty { throw ContentError(problems) }
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

    func parse(_ fields: [String], row: Int, path: String, into problems: inout DiagnosticCollector) -> Parsed? {
        func cell(_ name: String) -> String? {
            guard let position = index[name], position < fields.count else { return nil }
            let value = fields[position].trimmingCharacters(in: .whitespacesAndNewlines)
            return value.isEmpty ? nil : value
        }
        if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { return nil }
        var ok = true
        for name in AnswersCSVLoader.requiredColumns {
            guard let value = cell(name) else {
                problems.add(.error(location(path, row, name), "'\(name)' is empty"))
                ok = false
                continue
            }
            if !Identifier.isValid(value) {
                problems.add(.error(location(path, row, name), "'\(value)' is not a valid \(name == "answer" ? "option id" : "identifier")"))
                ok = false
            }
        }
        guard ok, let respondent = cell("respondent"), let role = cell("role"), let question = cell("question"),
              let choice = cell("answer") else { return nil }
        return Parsed(respondent: respondent, role: role, question: question, name: cell("name"),
                      answer: Answer(AnswerChoice(choice), note: cell("note"), evidence: cell("evidence"), justification: cell("justification")))
    }
}

/// Reads a CSV file as a stream of records with CSV.swift, so that a large
/// file is never held in memory; handles a UTF-8 byte order mark and detects
/// a semicolon separator from the header line.
final class CSVStream {
    let header: [String]
    private let reader: CSVReader
    private let counter: CountingInputStream

    init(path: String) throws {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw WorkspaceError.notFound("\(path): no such file, or it cannot be read; check the path")
        }
        let sample = try Self.firstLine(of: path)
        counter = try CountingInputStream(path: path)
        do {
            reader = try CSVReader(stream: counter, codecType: UTF8.self, hasHeaderRow: true, trimFields: false,
                                   delimiter: CSVDialect.detectDelimiter(sample))
        } catch {
            throw WorkspaceError.invalid("\(path):1:1: error: cannot read the CSV header row; is this a CSV file?")
        }
        var header = reader.headerRow ?? []
        if let first = header.first, first.hasPrefix("\u{FEFF}") { header[0] = String(first.dropFirst()) }
        self.header = header
    }

    var error: Error? { reader.error }
    var bytesRead: Int { counter.bytesRead }

    func next() -> [String]? { reader.next() }

    private static func firstLine(of path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw WorkspaceError.notFound("\(path): cannot be read; check its permissions")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 64 * 1024)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

/// An input stream over a file that counts the bytes read, for progress.
final class CountingInputStream: InputStream {
    private let base: InputStream
    private(set) var bytesRead = 0

    init(path: String) throws {
        guard let base = InputStream(fileAtPath: path) else {
            throw WorkspaceError.notFound("\(path): cannot be opened; check the path and its permissions")
        }
        self.base = base
        super.init(data: Data())
    }

    override func open() { base.open() }
    override func close() { base.close() }
    override var hasBytesAvailable: Bool { base.hasBytesAvailable }
    override var streamStatus: Stream.Status { base.streamStatus }
    override var streamError: Error? { base.streamError }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength len: Int) -> Int {
        let count = base.read(buffer, maxLength: len)
        if count > 0 { bytesRead += count }
        return count
    }

    override func getBuffer(_ buffer: UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>, length len: UnsafeMutablePointer<Int>) -> Bool {
        false
    }
}
