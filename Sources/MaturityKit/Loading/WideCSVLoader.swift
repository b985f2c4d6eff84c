import CSV
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
        var diagnostics: [Diagnostic] = mapping.map { MappingValidator.validate($0, questionnaire: questionnaire) } ?? []
        func at(_ row: Int, _ column: Int) -> SourceLocation { SourceLocation(file: path, line: row, column: column) }

        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let reader: CSVReader
        do {
            reader = try CSVReader(string: body, hasHeaderRow: false, trimFields: false,
                                   delimiter: CSVDialect.detectDelimiter(body))
        } catch {
            throw ContentError([.error(at(1, 1), "cannot read the CSV header row; check that the file is a CSV export")])
        }
        guard let header = reader.next(), header.contains(where: { !isBlank($0) }) else {
            throw ContentError(diagnostics + [.error(at(1, 1), "the file has no header row; the first row must name the columns")])
        }

        let questions = questionnaire.questions
        let columns = classify(header, path: path, questionnaire: questionnaire, mapping: mapping, into: &diagnostics)
        let roleColumn = columns.firstIndex(of: .role)
        if roleColumn == nil && mapping?.roleColumn == nil {
            diagnostics.append(.error(at(1, 1), "no column holds the respondents' roles: add a 'role' column, or name the column that holds them under 'columns: { role: ... }' in a mapping file (--mapping)"))
        }
        let respondentColumn = columns.firstIndex(of: .respondent)
        let nameColumn = columns.firstIndex(of: .name)
        // Question columns with their readers (mutated in place: each keeps a
        // cache of the texts it has read), note columns, blank-header columns.
        var questionColumns: [(column: Int, question: Int)] = []
        var resolvers: [AnswerResolver] = []
        var noteColumns: [(column: Int, question: Int)] = []
        var blankColumns: [Int] = []
        for (index, column) in columns.enumerated() {
            switch column {
            case .question(let q):
                questionColumns.append((index, q))
                resolvers.append(AnswerResolver(question: questions[q], scale: questionnaire.scale(questions[q].scale), mapping: mapping))
            case .note(let q):
                noteColumns.append((index, q))
            case .blank:
                blankColumns.append(index)
            case .respondent, .name, .role, .ignored, .broken:
                break
            }
        }
        let roleResolver = RoleResolver(questionnaire: questionnaire, mapping: mapping)

        var warnings: [Diagnostic] = []
        var respondents: [Respondent] = []
        var firstRow: [String: Int] = [:]
        var row = 1
        while let fields = reader.next() {
            row += 1
            if let first = fields.first, first.trimmingCharacters(in: .whitespaces).hasPrefix("#") { continue }
            if fields.allSatisfy(isBlank) { continue }
            var rowOK = true
            func fail(_ column: Int, _ message: String) {
                diagnostics.append(.error(at(row, column + 1), message))
                rowOK = false
            }
            func cell(_ column: Int?) -> String? {
                guard let column, column < fields.count else { return nil }
                let value = fields[column].trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }

            // Who answered.
            var id = "row-\(row)"
            if let respondentColumn, let value = cell(respondentColumn) {
                if Identifier.isValid(value) {
                    id = value
                } else {
                    fail(respondentColumn, "'\(value)' is not a valid respondent id (letters, digits, '.', '_' and '-', starting with a letter or digit); fix the cell or name another column under 'columns: { respondent: ... }' in the mapping")
                }
            }
            if let first = firstRow[id] {
                fail(respondentColumn ?? 0, "respondent '\(id)' already answered on row \(first); give each respondent one row")
            } else {
                firstRow[id] = row
            }
            var role: String?
            if let roleColumn {
                if let value = cell(roleColumn) {
                    role = roleResolver.resolve(value)
                    if role == nil { fail(roleColumn, roleResolver.unknownMessage(value)) }
                } else {
                    fail(roleColumn, "row \(row) has no role; fill in one of \(roleResolver.offered)")
                }
            }

            // What they answered.
            var answers: [(column: Int, question: Int, answer: Answer)] = []
            for (k, item) in questionColumns.enumerated() {
                guard let value = cell(item.column) else { continue }
                switch resolvers[k].resolve(value) {
                case let .answer(choice, justification):
                    answers.append((item.column, item.question, Answer(choice, justification: justification)))
                case .noAnswer:
                    continue
                case .notApplicableRefused:
                    fail(item.column, "\(questions[item.question].id) does not allow 'not applicable'; answer 'unknown' (don't know) if nobody knows")
                case .unrecognised:
                    // A quote left open swallows the rest of the file into one cell.
                    let hint = value.contains(where: \.isNewline) ? " (the cell runs over several lines: is a quote left open?)" : ""
                    fail(item.column, "'\(value)' is not an answer to \(questions[item.question].id); it offers \(resolvers[k].offered)\(hint). Map other texts under 'options' or 'question_options' in a mapping file (--mapping)")
                }
            }
            // One note column per question at most (classify refuses a second).
            var notes: [Int: (column: Int, text: String)] = [:]
            for item in noteColumns {
                if let value = cell(item.column) { notes[item.question] = (item.column, value) }
            }
            for index in blankColumns {
                if let value = cell(index) {
                    fail(index, "'\(value)' is in a column with no header; give the column a header, or clear it")
                }
            }
            if fields.count > columns.count, let extra = (columns.count..<fields.count).first(where: { cell($0) != nil }) {
                fail(extra, "this cell lies beyond the last column of the header row (\(columns.count) columns); add a header or clear it")
            }

            // Notes go with their answers; a "not applicable" takes its
            // justification from the cell, else the note, else the mapping.
            if !notes.isEmpty {
                let answered = Set(answers.map(\.question))
                for (q, note) in notes.sorted(by: { $0.key < $1.key }) where !answered.contains(q) {
                    warnings.append(.warning(at(row, note.column + 1), "a note on \(questions[q].id), which row \(row) leaves unanswered; the note is left out"))
                }
            }
            var respondentAnswers: [(String, Answer)] = []
            var locations: [String: AnswerLocation] = [:]
            var source = SourceMap(at(row, (respondentColumn ?? 0) + 1))
            source["id"] = at(row, (respondentColumn ?? 0) + 1)
            source["role"] = at(row, (roleColumn ?? 0) + 1)
            for item in answers {
                var answer = item.answer
                let note = notes[item.question]?.text
                if answer.choice == .notApplicable {
                    if answer.justification == nil {
                        answer.justification = note ?? mapping?.naJustification
                    } else {
                        answer.note = note
                    }
                    if answer.justification == nil {
                        fail(item.column, "'not applicable' on \(questions[item.question].id) needs a justification: write 'na: why' in the cell, add a note column for \(questions[item.question].id) under 'notes' in the mapping, or set 'na_justification' in the mapping")
                    }
                } else {
                    answer.note = note
                }
                let questionId = questions[item.question].id
                locations[questionId] = AnswerLocation(key: at(row, item.column + 1), value: at(row, item.column + 1))
                respondentAnswers.append((questionId, answer))
            }
            guard rowOK, let role else { continue }
            var respondent = Respondent(id: id, name: cell(nameColumn), role: role, answers: respondentAnswers, source: source)
            respondent.answerLocations = locations
            respondents.append(respondent)
        }
        if let error = reader.error {
            diagnostics.append(.error(at(row + 1, 1), "cannot read the CSV past this row (\(error)); check for a quote that is never closed"))
        }
        if diagnostics.hasErrors { throw ContentError(diagnostics + warnings) }
        let answerSet = AnswerSet(questionnaire: questionnaire.id, organisation: organisation, date: date,
                                  respondents: respondents, source: SourceMap(SourceLocation(file: path)))
        return ImportedAnswers(answers: answerSet, warnings: diagnostics + warnings)
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
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
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
            } else if (exactText[text]?.count ?? loose[key]?.count ?? 0) > 1 {
                let ids = (exactText[text] ?? Array(loose[key] ?? [])).sorted().map { questions[$0].id }
                diagnostics.append(.error(at, "column '\(text)' has the text of several questions (\(ids.joined(separator: ", "))); map it to one under 'questions' in a mapping file (--mapping)"))
                column = .broken
            } else {
                let hint = LibraryValidator.suggestion(text, Set(questionIndex.keys))
                diagnostics.append(.error(at, "column '\(oneLine(text))' matches no question of '\(questionnaire.id)' by id or text\(hint); map it under 'questions' in a mapping file (--mapping), or list it under 'ignore'"))
                column = .broken
            }
            switch column {
            case .question, .note, .respondent, .name, .role:
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
        case .respondent: return "the respondent ids"
        case .name: return "the respondents' names"
        case .role: return "the respondents' roles"
        case .ignored, .blank, .broken: return "nothing"
        }
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func isBlank(_ text: String) -> Bool {
        text.allSatisfy { $0.isWhitespace }
    }
}
