/// A survey tool's export read as it comes (see `SurveyLayout`): one header
/// text per column, chosen among the texts of the header rows, the answer
/// rows with their row numbers in the file, and the columns of response
/// metadata to leave out. `WideCSVReader` then reads it with the rules of
/// any wide CSV; the rows and columns of every diagnostic are the file's.
public struct SurveyExport: Sendable {
    public struct Row: Sendable, Hashable {
        public var fields: [String]
        /// The row number in the file (its first row is 1).
        public var line: Int
    }

    public var layout: SurveyLayout?
    /// One text per column, as `WideCSVReader` reads a header row.
    public var header: [String]
    public var rows: [Row]
    /// Header texts of the response metadata columns, never read as answers.
    public var metadata: [String]
    /// The metadata column that identifies a response, if the file has it.
    public var respondentColumn: String?
    /// The name column (Microsoft Forms' `Name`), if the file has it.
    public var nameColumn: String?
    /// Warnings: responses left out as incomplete.
    public var warnings: [Diagnostic]

    /// Reads the export.
    /// - Parameters:
    ///   - layout: the layout, or nil to detect it (a file no layout fits is
    ///     read as one header row).
    ///   - questionnaire, mapping: which of the header rows' texts name a
    ///     question; for a matrix row or a multiple-choice option, the text
    ///     the questionnaire or mapping knows is taken (`Question [Row]`, or
    ///     the row alone).
    ///   - includeIncomplete: import responses the tool marks unfinished
    ///     (Qualtrics `Finished` false); by default they are left out, with a warning.
    public static func read(_ text: String, path: String, layout: SurveyLayout?, questionnaire: Questionnaire,
                            mapping: AnswerMapping?, includeIncomplete: Bool = false) throws -> SurveyExport {
        var records: [CSVTokenizer.Record] = []
        var tokenizer = CSVTokenizer(separator: CSVDialect.detectDelimiter(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text), path: path)
        var bytes = text
        try bytes.withUTF8 { buffer in
            try tokenizer.feed(buffer) { records.append($0) }
            try tokenizer.finish { records.append($0) }
        }
        guard !records.isEmpty else {
            throw ContentError([.error(SourceLocation(file: path, line: 1, column: 1), "the file is empty; export the survey's responses as CSV")])
        }
        let chosen = layout ?? SurveyLayout.detect(records.prefix(3).map(\.fields)) ?? .limesurvey
        var reader = HeaderChooser(questionnaire: questionnaire, mapping: mapping)
        switch chosen {
        case .surveymonkey: return try surveyMonkey(records, path: path, chooser: &reader)
        case .qualtrics: return try qualtrics(records, path: path, chooser: &reader, includeIncomplete: includeIncomplete)
        case .googleForms, .msForms, .limesurvey: return oneHeaderRow(records, layout: chosen, chooser: &reader)
        }
    }

    /// Picks, among a column's candidate header texts, the one the
    /// questionnaire or the mapping knows; else the first.
    struct HeaderChooser {
        var known = Set<String>()
        /// The texts a multiple-choice option may be (loose key → the header
        /// that names its question): question texts and ids, mapped headers.
        var options: [String: String] = [:]

        init(questionnaire: Questionnaire, mapping: AnswerMapping?) {
            for question in questionnaire.questions {
                known.insert(LooseText.key(question.id))
                known.insert(LooseText.key(question.text))
                options[LooseText.key(question.id)] = question.id
                options[LooseText.key(question.text)] = question.text
            }
            for entry in mapping?.questions ?? [] {
                known.insert(LooseText.key(entry.text))
                options[LooseText.key(entry.text)] = entry.text
            }
            for entry in mapping?.notes ?? [] { known.insert(LooseText.key(entry.text)) }
            for text in mapping?.ignore ?? [] { known.insert(LooseText.key(text)) }
        }

        func choose(_ candidates: [String]) -> String {
            let nonEmpty = candidates.filter { !$0.trimmedWhitespace.isEmpty }
            return nonEmpty.first { known.contains(LooseText.key($0)) } ?? nonEmpty.first ?? ""
        }
    }

    // MARK: - Layouts

    static let genericSubHeaders = Set(["Response", "Open-Ended Response", ""].map(LooseText.key))

    private static func surveyMonkey(_ records: [CSVTokenizer.Record], path: String, chooser: inout HeaderChooser) throws -> SurveyExport {
        let layout = SurveyLayout.surveymonkey
        // An extra first row of question numbers sits above the question texts.
        var top = 0
        if records.count > 1, !records[0].fields.contains(where: { layout.metadata.contains(LooseText.key($0)) }),
           records[1].fields.contains(where: { layout.metadata.contains(LooseText.key($0)) }) {
            top = 1
        }
        let questionsRow = records[top].fields
        guard records.count > top + 1 else {
            throw ContentError([.error(SourceLocation(file: path, line: top + 2, column: 1), "a SurveyMonkey export has a second header row under the question texts ('Response', 'Open-Ended Response' or the options), and this file ends before it; export the responses again as expanded CSV")])
        }
        let subRow = records[top + 1].fields
        let width = max(questionsRow.count, subRow.count)
        func text(_ row: [String], _ column: Int) -> String { column < row.count ? row[column].trimmedWhitespace : "" }
        let metadataColumns = (0..<width).filter { layout.metadata.contains(LooseText.key(text(questionsRow, $0))) }
        // Under the metadata columns the second header row is blank; an
        // answer there means the row is a response, not a header.
        if let column = metadataColumns.first(where: { !text(subRow, $0).isEmpty }) {
            throw ContentError([.error(SourceLocation(file: path, line: records[top + 1].row, column: column + 1), "a SurveyMonkey export has a second header row under the question texts ('Response', 'Open-Ended Response' or the options), but row \(records[top + 1].row) holds a response ('\(text(subRow, column))' under '\(text(questionsRow, column))'); export the responses again as expanded CSV, or name the layout the file has with --layout")])
        }
        // Question texts are written over the first of a question's columns only.
        var groups: [(question: String, columns: [Int])] = []
        for column in 0..<width where !metadataColumns.contains(column) {
            let question = text(questionsRow, column)
            if !question.isEmpty || groups.isEmpty {
                groups.append((question, [column]))
            } else {
                groups[groups.count - 1].columns.append(column)
            }
        }
        var header = (0..<width).map { text(questionsRow, $0) }
        var rows = records.dropFirst(top + 2).map { Row(fields: $0.fields, line: $0.row) }
        for group in groups {
            if group.columns.count == 1, let column = group.columns.first, genericSubHeaders.contains(LooseText.key(text(subRow, column))) {
                header[column] = group.question
                continue
            }
            for column in group.columns {
                let sub = text(subRow, column)
                header[column] = chooser.choose(["\(group.question) [\(sub)]", sub, group.question])
            }
            // A multiple-choice question: each column holds its option's text when ticked.
            let optionColumns = group.columns.filter { !genericSubHeaders.contains(LooseText.key(text(subRow, $0))) }
            let isMultiSelect = group.columns.count > 1 && optionColumns.count > 1 && optionColumns.allSatisfy { column in
                rows.allSatisfy { row in
                    let cell = text(row.fields, column)
                    return cell.isEmpty || LooseText.key(cell) == LooseText.key(text(subRow, column))
                }
            }
            guard isMultiSelect else { continue }
            for index in rows.indices {
                let ticked = optionColumns.map { !text(rows[index].fields, $0).isEmpty }
                guard ticked.contains(true) else { continue }
                for (column, isTicked) in zip(optionColumns, ticked) {
                    while rows[index].fields.count <= column { rows[index].fields.append("") }
                    rows[index].fields[column] = isTicked ? "yes" : "no"
                }
            }
        }
        let metadata = metadataColumns.map { text(questionsRow, $0) }
        return SurveyExport(layout: layout, header: header, rows: rows, metadata: metadata,
                            respondentColumn: metadata.first { LooseText.key($0) == LooseText.key("Respondent ID") },
                            nameColumn: nil, warnings: [])
    }

    private static func qualtrics(_ records: [CSVTokenizer.Record], path: String, chooser: inout HeaderChooser,
                                  includeIncomplete: Bool) throws -> SurveyExport {
        let layout = SurveyLayout.qualtrics
        guard records.count > 2, records[2].fields.contains(where: { $0.trimmedWhitespace.hasPrefix("{\"ImportId\"") }) else {
            let line = min(records.count + 1, 3)
            throw ContentError([.error(SourceLocation(file: path, line: line, column: 1), "a Qualtrics export has three header rows (export tags, question texts, then {\"ImportId\":…} cells), and row \(line) is not the third; export the responses again as CSV with the default options, or name the layout the file has with --layout")])
        }
        let tags = records[0].fields, texts = records[1].fields
        func text(_ row: [String], _ column: Int) -> String { column < row.count ? row[column].trimmedWhitespace : "" }
        let width = max(tags.count, texts.count)
        var header: [String] = []
        var metadata: [String] = []
        for column in 0..<width {
            let tag = text(tags, column)
            if layout.metadata.contains(LooseText.key(tag)) {
                header.append(tag)
                metadata.append(tag)
            } else {
                // The export tag when the questionnaire uses it as an id, else the question text.
                // A matrix row is written `Question - Row`: the row alone is tried too.
                let full = text(texts, column)
                let row = full.range(of: " - ", options: .backwards).map { String(full[$0.upperBound...]) } ?? full
                header.append(chooser.known.contains(LooseText.key(tag)) ? tag : chooser.choose([full, row, tag]))
            }
        }
        var rows: [Row] = []
        var warnings: [Diagnostic] = []
        let finished = tags.firstIndex { LooseText.key($0) == LooseText.key("Finished") }
        for record in records.dropFirst(3) {
            if let finished, !includeIncomplete, ["false", "0"].contains(text(record.fields, finished).lowercased()) {
                warnings.append(.warning(SourceLocation(file: path, line: record.row, column: finished + 1), "an unfinished response (Finished is \(text(record.fields, finished))) is left out; --include-incomplete imports it"))
                continue
            }
            rows.append(Row(fields: record.fields, line: record.row))
        }
        return SurveyExport(layout: layout, header: header, rows: rows, metadata: metadata,
                            respondentColumn: metadata.first { LooseText.key($0) == LooseText.key("ResponseId") },
                            nameColumn: nil, warnings: warnings).splittingChoiceLists(chooser)
    }

    private static func oneHeaderRow(_ records: [CSVTokenizer.Record], layout: SurveyLayout, chooser: inout HeaderChooser) -> SurveyExport {
        let first = records[0].fields
        var header: [String] = []
        var metadata: [String] = []
        var respondent: String?, name: String?
        for raw in first {
            let text = raw.trimmedWhitespace
            if layout.metadata.contains(LooseText.key(text)) {
                header.append(text)
                if LooseText.key(text) == LooseText.key(layout.respondentColumn ?? "\u{0}") {
                    respondent = text
                } else if layout == .msForms && LooseText.key(text) == LooseText.key("Name") {
                    name = text
                } else {
                    metadata.append(text)
                }
                continue
            }
            // A grid row, `Question [Row]`: the whole text, or the row alone.
            if text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
                let row = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
                header.append(chooser.choose([text, row]))
            } else {
                header.append(text)
            }
        }
        return SurveyExport(layout: layout == .limesurvey ? nil : layout, header: header,
                            rows: records.dropFirst().map { Row(fields: $0.fields, line: $0.row) },
                            metadata: metadata, respondentColumn: respondent, nameColumn: name, warnings: [])
            .splittingChoiceLists(chooser)
    }

    /// The export with its joined multiple-choice columns split (see
    /// `SurveyChoiceList`); the joined columns are left out as metadata is.
    private func splittingChoiceLists(_ chooser: HeaderChooser) -> SurveyExport {
        guard let layout, let separator = SurveyChoiceList.separator(layout) else { return self }
        let claimed = chooser.known.union((metadata + [respondentColumn, nameColumn].compactMap { $0 }).map(LooseText.key))
        let split = SurveyChoiceList.split(header: header, rows: rows, separator: separator, options: chooser.options, claimed: claimed)
        var export = self
        export.header = split.header
        export.rows = split.rows
        export.metadata += split.joined
        return export
    }
}
