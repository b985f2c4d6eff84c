/// Reads a wide CSV one record at a time: the header row decides what every
/// column holds, then each respondent's row becomes a `Row` of answers, or
/// diagnostics located at `path:row:column`. `WideCSVLoader` reads a whole
/// text with it; the workspace streams a file of any size through it.
///
/// The rules (headers, cells, mappings) are those of `WideCSVLoader`. The
/// columns are resolved once, from the header; a row costs one look-up per
/// non-blank cell, in a cache of the texts already read in that column.
public struct WideCSVReader: Sendable {
    /// One respondent's row, read.
    public struct Row: Sendable, Hashable {
        /// The row number in the file (the header is row 1).
        public var line: Int
        /// The respondent's id: the respondent column's cell, else `row-N`.
        public var respondent: String
        /// The name column's cell, if any.
        public var name: String?
        /// The role id the role cell was read as.
        public var role: String
        /// The answers, in column order.
        public var cells: [Cell]
        /// The 0-based columns of the respondent's id and role, when the file has them.
        public var respondentColumn: Int?
        public var roleColumn: Int?
    }

    /// One answer of a row, with the question it answers and where it stood.
    public struct Cell: Sendable, Hashable {
        /// The question's position in `WideCSVReader.questions`.
        public var question: Int
        /// The 0-based column.
        public var column: Int
        /// The answer, with its note (from a note column) or justification.
        public var answer: Answer
    }

    /// The file's display path, for diagnostics.
    public let path: String
    /// The questionnaire the survey asked.
    public let questionnaire: Questionnaire
    /// The questionnaire's questions in file order; `Cell.question` indexes it.
    public let questions: [Question]
    /// Every problem found so far (errors and warnings), the first thousand.
    public private(set) var problems = DiagnosticCollector()
    /// The organisation's context, from the context columns of the first
    /// respondent's row; later rows may repeat it or leave it blank.
    public private(set) var context = OrganisationContext()
    /// The row the context was read from.
    private var contextRow: Int?
    private let contextColumns: [(column: Int, fact: Int)]

    private let mapping: AnswerMapping?
    private let columnCount: Int
    private let respondentColumn: Int?
    private let nameColumn: Int?
    private let roleColumn: Int?
    private let questionColumns: [(column: Int, question: Int)]
    private var resolvers: [AnswerResolver]
    private let noteColumns: [(column: Int, question: Int)]
    private let blankColumns: [Int]
    private let roleResolver: RoleResolver
    private var roleCache: [String: String] = [:]
    private var firstRow: [String: Int] = [:]

    /// Reads the header row. Problems with the header or the mapping are
    /// collected in `problems`; a header with no text at all throws, since
    /// nothing after it can be read.
    public init(header: [String], path: String, questionnaire: Questionnaire, mapping: AnswerMapping?) throws {
        self.path = path
        self.questionnaire = questionnaire
        self.mapping = mapping
        let questions = questionnaire.questions
        self.questions = questions
        var diagnostics: [Diagnostic] = mapping.map { MappingValidator.validate($0, questionnaire: questionnaire) } ?? []
        guard header.contains(where: { !Self.isBlank($0) }) else {
            throw ContentError(diagnostics + [.error(SourceLocation(file: path, line: 1, column: 1),
                                                     "the file has no header row; the first row must name the columns")])
        }
        let columns = WideCSVLoader.classify(header, path: path, questionnaire: questionnaire, mapping: mapping, into: &diagnostics)
        columnCount = columns.count
        roleColumn = columns.firstIndex(of: .role)
        if roleColumn == nil && mapping?.roleColumn == nil {
            diagnostics.append(.error(SourceLocation(file: path, line: 1, column: 1), "no column holds the respondents' roles: add a 'role' column, or name the column that holds them under 'columns: { role: ... }' in a mapping file (--mapping)"))
        }
        respondentColumn = columns.firstIndex(of: .respondent)
        nameColumn = columns.firstIndex(of: .name)
        var questionColumns: [(column: Int, question: Int)] = []
        var resolvers: [AnswerResolver] = []
        var noteColumns: [(column: Int, question: Int)] = []
        var blankColumns: [Int] = []
        var contextColumns: [(column: Int, fact: Int)] = []
        for (index, column) in columns.enumerated() {
            switch column {
            case .question(let q):
                questionColumns.append((index, q))
                resolvers.append(AnswerResolver(question: questions[q], scale: questionnaire.scale(questions[q].scale), mapping: mapping))
            case .note(let q):
                noteColumns.append((index, q))
            case .blank:
                blankColumns.append(index)
            case .context(let f):
                contextColumns.append((index, f))
            case .respondent, .name, .role, .ignored, .broken:
                break
            }
        }
        self.questionColumns = questionColumns
        self.resolvers = resolvers
        self.noteColumns = noteColumns
        self.blankColumns = blankColumns
        self.contextColumns = contextColumns
        roleResolver = RoleResolver(questionnaire: questionnaire, mapping: mapping)
        for diagnostic in diagnostics { problems.add(diagnostic) }
    }

    /// True once any error was found; then nothing may be imported.
    public var hasErrors: Bool { problems.hasErrors }

    /// Reads one record. Returns nil for rows that are skipped (blank, or a
    /// first cell starting with `#`) and for rows with a problem, which is
    /// added to `problems`.
    public mutating func read(_ fields: [String], line row: Int) -> Row? {
        if let first = fields.first, first.trimmedWhitespace.hasPrefix("#") { return nil }
        if fields.allSatisfy(Self.isBlank) { return nil }
        var rowOK = true
        func fail(_ column: Int, _ message: String) {
            problems.add(.error(SourceLocation(file: path, line: row, column: column + 1), message))
            rowOK = false
        }
        func cell(_ column: Int?) -> String? {
            guard let column, column < fields.count else { return nil }
            let value = fields[column].trimmedWhitespace
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
                if let known = roleCache[value] {
                    role = known
                } else if let resolved = roleResolver.resolve(value) {
                    roleCache[value] = resolved
                    role = resolved
                } else {
                    fail(roleColumn, roleResolver.unknownMessage(value))
                }
            } else {
                fail(roleColumn, "row \(row) has no role; fill in one of \(roleResolver.offered)")
            }
        }

        // The organisation's context, the same on every row that states it.
        let firstRespondentRow = contextRow == nil
        if firstRespondentRow { contextRow = row }
        for item in contextColumns {
            guard let value = cell(item.column) else { continue }
            let fact = questionnaire.context[item.fact]
            let key = LooseText.key(value)
            guard let option = fact.options.first(where: { LooseText.key($0.id) == key || LooseText.key($0.label) == key }) else {
                fail(item.column, "'\(value)' is not a value of context fact '\(fact.id)'; it offers \(fact.options.map(\.id).joined(separator: ", "))")
                continue
            }
            if firstRespondentRow {
                context[fact.id] = option.id
            } else if let stated = context[fact.id] {
                if stated != option.id {
                    fail(item.column, "context fact '\(fact.id)' is '\(stated)' on row \(contextRow ?? 2) and '\(option.id)' here; an assessment has one context, so make them agree or leave this cell blank")
                }
            } else {
                fail(item.column, "context fact '\(fact.id)' is stated here but not on row \(contextRow ?? 2); state the context on the first respondent's row")
            }
        }

        // What they answered.
        var cells: [Cell] = []
        cells.reserveCapacity(questionColumns.count)
        for k in questionColumns.indices {
            let item = questionColumns[k]
            guard let value = cell(item.column) else { continue }
            switch resolvers[k].resolve(value) {
            case let .answer(choice, justification):
                cells.append(Cell(question: item.question, column: item.column, answer: Answer(choice, justification: justification)))
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
        if fields.count > columnCount, let extra = (columnCount..<fields.count).first(where: { cell($0) != nil }) {
            fail(extra, "this cell lies beyond the last column of the header row (\(columnCount) columns); add a header or clear it")
        }

        // Notes go with their answers; a "not applicable" takes its
        // justification from the cell, else the note, else the mapping.
        if !notes.isEmpty {
            let answered = Set(cells.map(\.question))
            for (q, note) in notes.sorted(by: { $0.key < $1.key }) where !answered.contains(q) {
                problems.add(.warning(SourceLocation(file: path, line: row, column: note.column + 1),
                                      "a note on \(questions[q].id), which row \(row) leaves unanswered; the note is left out"))
            }
        }
        for k in cells.indices {
            let question = cells[k].question
            let note = notes.isEmpty ? nil : notes[question]?.text
            if cells[k].answer.choice == .notApplicable {
                if cells[k].answer.justification == nil {
                    cells[k].answer.justification = note ?? mapping?.naJustification
                } else {
                    cells[k].answer.note = note
                }
                if cells[k].answer.justification == nil {
                    let id = questions[question].id
                    fail(cells[k].column, "'not applicable' on \(id) needs a justification: write 'na: why' in the cell, add a note column for \(id) under 'notes' in the mapping, or set 'na_justification' in the mapping")
                }
            } else if let note {
                cells[k].answer.note = note
            }
        }
        guard rowOK, let role else { return nil }
        return Row(line: row, respondent: id, name: cell(nameColumn), role: role, cells: cells,
                   respondentColumn: respondentColumn, roleColumn: roleColumn)
    }

    static func isBlank(_ text: String) -> Bool {
        text.allSatisfy { $0.isWhitespace }
    }
}
