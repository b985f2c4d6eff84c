import Foundation

/// Loads answers in the wide CSV form that survey tools export: one row per
/// respondent, one column per question.
///
/// A header cell names a question by its id or its text (exactly, then
/// ignoring letter case and white space), or ends with the id in brackets
/// (`Is there a strategy? [STR-01]`, as LimeSurvey writes it), or is mapped
/// to a question by an `AnswerMapping`. The columns `respondent`, `name` and
/// `role` hold who answered, unless the mapping names other columns. A cell
/// holds an option id or label in any letter case, "don't know", "not
/// applicable" (`na: why` carries the justification), or a text the mapping
/// maps; a blank cell is no answer. Rows whose first cell starts with `#`
/// (such as the `#allowed` row of `ospo form --format csv`) and blank rows
/// are skipped.
///
/// Every cell that cannot be read is reported, all at once, as
/// `path:row:column` (the header is row 1, columns count from 1), and then
/// nothing is returned.
public enum WideCSVLoader {
    /// The header texts read without a mapping as the respondent's id, name and role.
    public static let standardColumns = ["respondent", "name", "role"]

    /// - Parameters:
    ///   - text: the CSV, UTF-8, with or without a byte order mark; comma,
    ///     semicolon or tab separated (detected from the header row).
    ///   - path: the file's display path, for diagnostics.
    ///   - questionnaire: the questionnaire the survey asked.
    ///   - mapping: how to read headers and cells that are not ids or texts of
    ///     the questionnaire; checked against the questionnaire here.
    ///   - organisation, date: what the CSV itself does not carry.
    public static func load(_ text: String, path: String, questionnaire: Questionnaire, mapping: AnswerMapping? = nil,
                            organisation: String, date: CalendarDate) throws -> ImportedAnswers {
        var reader: WideCSVReader?
        var respondents: [Respondent] = []
        func take(_ record: CSVTokenizer.Record) throws {
            guard reader != nil else {
                reader = try WideCSVReader(header: record.fields, path: path, questionnaire: questionnaire, mapping: mapping)
                return
            }
            guard let read = reader?.read(record.fields, line: record.row), let questions = reader?.questions else { return }
            respondents.append(respondent(read, questions: questions, path: path))
        }
        // The tokenizer rather than CSV.swift: the same reading, limits and
        // diagnostics as the workspace's streaming import, at a fraction of the cost.
        var tokenizer = CSVTokenizer(separator: CSVDialect.detectDelimiter(text), path: path)
        var bytes = text
        try bytes.withUTF8 { buffer in
            try tokenizer.feed(buffer, take)
            try tokenizer.finish(take)
        }
        guard let reader else {
            throw ContentError((mapping.map { MappingValidator.validate($0, questionnaire: questionnaire) } ?? [])
                + [.error(SourceLocation(file: path, line: 1, column: 1), "the file has no header row; the first row must name the columns")])
        }
        let diagnostics = reader.problems.diagnostics
        if reader.hasErrors { throw ContentError(diagnostics) }
        let answerSet = AnswerSet(questionnaire: questionnaire.id, organisation: organisation, date: date,
                                  context: reader.context, respondents: respondents,
                                  source: SourceMap(SourceLocation(file: path)))
        return ImportedAnswers(answers: answerSet, warnings: diagnostics)
    }

    /// What `score` hands back: the scorecard and every warning, in the
    /// order `load` and then `LibraryValidator.validate(_:questionnaire:)`
    /// give them.
    public struct Scored: Sendable {
        public var scorecard: Scorecard
        public var warnings: [Diagnostic]
        /// The answers read, ignored ones included.
        public var answerCount: Int
    }

    /// Reads a wide CSV chunk by chunk and scores it respondent by respondent,
    /// with the rules and diagnostics of `load` followed by the checks of
    /// `LibraryValidator.validate(_:questionnaire:)` and `engine.score(_:)`,
    /// but holding one row at a time: no `AnswerSet`, and no location per
    /// answer (a row and a column make one when a diagnostic needs it).
    ///
    /// - Parameters:
    ///   - read: the next bytes of the file, or nil at its end. The
    ///     separator is detected from the header row, as `load` does.
    ///   - engine: scores against its questionnaire, which the file answers.
    ///   - keepResponses: whether the scorecard keeps the response behind
    ///     each answer (see `ScoringEngine.Accumulator`).
    /// - Throws: `ContentError` with the reading problems, or else the
    ///   checks' errors, as `load` and the checks after it throw them.
    public static func score(path: String, engine: ScoringEngine, mapping: AnswerMapping? = nil,
                             keepResponses: Bool = false, organisation: String, date: CalendarDate,
                             read: () throws -> [UInt8]?) throws -> Scored {
        let questionnaire = engine.questionnaire
        var reader: WideCSVReader?
        // Made at the first respondent's row, which gives the context.
        var accumulator: ScoringEngine.Accumulator?
        let check = AnswerCheck(questionnaire)
        var seen = Set<String>()
        var checked: [Diagnostic] = []
        var answerCount = 0
        // One respondent's answers by question position, reused row to row.
        var byQuestion: [Answer?] = Array(repeating: nil, count: questionnaire.questions.count)
        var columns = [Int](repeating: 0, count: byQuestion.count)
        var given: [(question: Int, answer: Answer)] = []
        func take(_ record: CSVTokenizer.Record) throws {
            guard reader != nil else {
                reader = try WideCSVReader(header: record.fields, path: path, questionnaire: questionnaire, mapping: mapping)
                return
            }
            // Once a row is refused nothing is scored: the rest is read for its problems only.
            guard let row = reader?.read(record.fields, line: record.row), reader?.hasErrors == false else { return }
            func at(_ column: Int?) -> SourceLocation { SourceLocation(file: path, line: row.line, column: (column ?? 0) + 1) }
            given.removeAll(keepingCapacity: true)
            for cell in row.cells {
                given.append((cell.question, cell.answer))
            }
            check.check(respondent: row.respondent, role: row.role, at: at(row.respondentColumn), roleAt: at(row.roleColumn),
                        answers: given, location: { at(row.cells[$0].column) }, seen: &seen, into: &checked)
            for cell in row.cells {
                byQuestion[cell.question] = cell.answer
                columns[cell.question] = cell.column
            }
            answerCount += row.cells.count
            if accumulator == nil {
                accumulator = ScoringEngine.Accumulator(engine, context: reader?.context ?? OrganisationContext(), keepResponses: keepResponses)
            }
            accumulator?.add(id: row.respondent, name: row.name, role: row.role, answers: byQuestion,
                            location: { at(columns[$0]) })
            for cell in row.cells { byQuestion[cell.question] = nil }
        }
        // The separator is read from the header row, so bytes are held until
        // it ends (or a megabyte, past which the header cells are refused anyway).
        var pending: [UInt8] = []
        var tokenizer: CSVTokenizer?
        func feed(_ bytes: [UInt8]) throws {
            try bytes.withUnsafeBufferPointer { buffer in
                try tokenizer?.feed(buffer, take)
            }
        }
        while let chunk = try read() {
            guard tokenizer == nil else {
                try feed(chunk)
                continue
            }
            pending += chunk
            if pending.count >= 1 << 20 || endsALine(pending) {
                tokenizer = CSVTokenizer(separator: CSVDialect.detectDelimiter(String(decoding: pending, as: UTF8.self)), path: path)
                try feed(pending)
                pending = []
            }
        }
        if tokenizer == nil {
            tokenizer = CSVTokenizer(separator: CSVDialect.detectDelimiter(String(decoding: pending, as: UTF8.self)), path: path)
            try feed(pending)
        }
        try tokenizer?.finish(take)
        guard let reader else {
            throw ContentError((mapping.map { MappingValidator.validate($0, questionnaire: questionnaire) } ?? [])
                + [.error(SourceLocation(file: path, line: 1, column: 1), "the file has no header row; the first row must name the columns")])
        }
        if reader.hasErrors { throw ContentError(reader.problems.diagnostics) }
        if checked.hasErrors { throw ContentError(checked) }
        let scored = accumulator ?? ScoringEngine.Accumulator(engine, context: reader.context, keepResponses: keepResponses)
        return Scored(scorecard: scored.finish(organisation: organisation, date: date),
                      warnings: reader.problems.diagnostics + checked, answerCount: answerCount)
    }

    /// Whether the bytes hold a line break outside quotes: the end of the
    /// header row, as `CSVDialect.detectDelimiter` reads it.
    private static func endsALine(_ bytes: [UInt8]) -> Bool {
        var quoted = false
        for byte in bytes {
            if byte == 0x22 { quoted.toggle() } else if !quoted && (byte == 0x0A || byte == 0x0D) { return true }
        }
        return false
    }

    /// A row read as a respondent whose answers are located at their cells.
    private static func respondent(_ row: WideCSVReader.Row, questions: [Question], path: String) -> Respondent {
        func at(_ column: Int?) -> SourceLocation { SourceLocation(file: path, line: row.line, column: (column ?? 0) + 1) }
        var source = SourceMap(at(row.respondentColumn))
        source["id"] = at(row.respondentColumn)
        source["role"] = at(row.roleColumn)
        var answers: [(String, Answer)] = []
        answers.reserveCapacity(row.cells.count)
        var locations: [String: AnswerLocation] = [:]
        locations.reserveCapacity(row.cells.count)
        for cell in row.cells {
            let id = questions[cell.question].id
            locations[id] = AnswerLocation(key: at(cell.column), value: at(cell.column))
            answers.append((id, cell.answer))
        }
        var respondent = Respondent(id: row.respondent, name: row.name, role: row.role, answers: answers, source: source)
        respondent.answerLocations = locations
        return respondent
    }

    // MARK: - Header

    /// Decides what every column holds, reporting headers that match nothing.
    static func classify(_ header: [String], path: String, questionnaire: Questionnaire, mapping: AnswerMapping?,
                         into diagnostics: inout [Diagnostic]) -> [WideColumn] {
        let questions = questionnaire.questions
        let questionIndex = Dictionary(questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var exactText: [String: [Int]] = [:]
        var loose: [String: Set<Int>] = [:]
        for (index, question) in questions.enumerated() {
            exactText[question.text, default: []].append(index)
            loose[LooseText.key(question.id), default: []].insert(index)
            loose[LooseText.key(question.text), default: []].insert(index)
        }
        // Header texts the mapping claims, by loose key.
        var mapped: [String: WideColumn] = [:]
        if let mapping {
            func claim(_ text: String?, _ column: WideColumn) {
                if let text { mapped[LooseText.key(text)] = column }
            }
            claim(mapping.respondentColumn, .respondent)
            claim(mapping.nameColumn, .name)
            claim(mapping.roleColumn, .role)
            for text in mapping.ignore { claim(text, .ignored) }
            for entry in mapping.questions { claim(entry.text, questionIndex[entry.target].map(WideColumn.question) ?? .broken) }
            for entry in mapping.notes { claim(entry.text, questionIndex[entry.target].map(WideColumn.note) ?? .broken) }
        }
        // The standard headers, except where the mapping names another column.
        var standard: [String: WideColumn] = [:]
        if mapping?.respondentColumn == nil { standard["respondent"] = .respondent }
        if mapping?.nameColumn == nil { standard["name"] = .name }
        if mapping?.roleColumn == nil { standard["role"] = .role }

        var columns: [WideColumn] = []
        var firstColumn: [WideColumn: Int] = [:]
        for (index, raw) in header.enumerated() {
            let at = SourceLocation(file: path, line: 1, column: index + 1)
            let text = raw.trimmedWhitespace
            let key = LooseText.key(text)
            var column: WideColumn
            if text.isEmpty {
                column = .blank
            } else if let claimed = mapped[key] {
                column = claimed
            } else if let builtin = standard[key] {
                column = builtin
            } else if let q = questionIndex[text] {
                column = .question(q)
            } else if let matches = exactText[text], matches.count == 1 {
                column = .question(matches[0])
            } else if let matches = loose[key], matches.count == 1, let q = matches.first {
                column = .question(q)
            } else if let q = bracketedQuestion(text, questionIndex: questionIndex) {
                column = .question(q)
            } else if let fact = contextFact(text, in: questionnaire) {
                column = .context(fact)
            } else if (exactText[text]?.count ?? loose[key]?.count ?? 0) > 1 {
                let ids = (exactText[text] ?? Array(loose[key] ?? [])).sorted().map { questions[$0].id }
                diagnostics.append(.error(at, "column '\(text)' has the text of several questions (\(ids.joined(separator: ", "))); map it to one under 'questions' in a mapping file (--mapping)"))
                column = .broken
            } else {
                let hint = Suggestion.didYouMean(text, Set(questionIndex.keys))
                diagnostics.append(.error(at, "column '\(oneLine(text))' matches no question of '\(questionnaire.id)' by id or text\(hint); map it under 'questions' in a mapping file (--mapping), or list it under 'ignore'"))
                column = .broken
            }
            switch column {
            case .question, .note, .respondent, .name, .role, .context:
                if let first = firstColumn[column] {
                    diagnostics.append(.error(at, "column '\(oneLine(text))' holds \(describe(column, questions)), like column \(first + 1); keep one of them, or list the other under 'ignore' in the mapping"))
                    column = .broken
                } else {
                    firstColumn[column] = index
                }
            case .ignored, .blank, .broken:
                break
            }
            columns.append(column)
        }
        if let mapping {
            let present = Set(header.map(LooseText.key))
            for (key, text) in [("respondent", mapping.respondentColumn), ("name", mapping.nameColumn), ("role", mapping.roleColumn)] {
                if let text, !present.contains(LooseText.key(text)) {
                    diagnostics.append(.error(mapping.source["columns.\(key)"], "column '\(text)' is not in the header row of \(path); copy the header text exactly as the file writes it"))
                }
            }
        }
        return columns
    }

    /// The context fact a header names: `context: ID`, the fact's id, or its
    /// text (ignoring letter case and white space).
    static func contextFact(_ text: String, in questionnaire: Questionnaire) -> Int? {
        var key = LooseText.key(text)
        // "context: sector" and "context:sector" alike.
        if key.hasPrefix("context:") { key = LooseText.key(String(key.dropFirst("context:".count))) }
        return questionnaire.context.firstIndex { LooseText.key($0.id) == key || LooseText.key($0.text) == key }
    }

    /// `Text of the question [STR-01]`: the question whose id is in the brackets.
    static func bracketedQuestion(_ text: String, questionIndex: [String: Int]) -> Int? {
        guard text.hasSuffix("]"), let open = text.lastIndex(of: "[") else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
        if let q = questionIndex[inner] { return q }
        let key = LooseText.key(inner)
        let matches = questionIndex.filter { LooseText.key($0.key) == key }
        return matches.count == 1 ? matches.first?.value : nil
    }

    private static func describe(_ column: WideColumn, _ questions: [Question]) -> String {
        switch column {
        case .question(let q): return "the answers to \(questions[q].id)"
        case .note(let q): return "the notes on \(questions[q].id)"
        case .context(let f): return "the context fact number \(f + 1)"
        case .respondent: return "the respondent ids"
        case .name: return "the respondents' names"
        case .role: return "the respondents' roles"
        case .ignored, .blank, .broken: return "nothing"
        }
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
