import Foundation

/// Loads answers in the long CSV form: one row per answer, with the columns
/// `respondent,role,question,answer` and optionally `note`, `name`,
/// `evidence`, `justification`. Locations are `path:row:column`, counting the
/// header as row 1, which is what a spreadsheet shows.
public enum AnswersCSVLoader {
    public static let requiredColumns = ["respondent", "role", "question", "answer"]
    public static let optionalColumns = ["note", "name", "evidence", "justification"]

    /// - Parameters:
    ///   - questionnaire, organisation, date: what the CSV itself does not carry.
    public static func load(_ text: String, path: String, questionnaire: String, organisation: String,
                            date: CalendarDate) throws -> AnswerSet {
        var diagnostics: [Diagnostic] = []
        var column: [String: Int]?
        var respondents: [Respondent] = []
        var index: [String: Int] = [:]
        var seen: [String: Int] = [:]
        func readHeader(_ fields: [String]) throws -> [String: Int] {
            let header = fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            var column: [String: Int] = [:]
            for (index, name) in header.enumerated() {
                let at = SourceLocation(file: path, line: 1, column: index + 1)
                if !(requiredColumns + optionalColumns).contains(name) {
                    diagnostics.append(.error(at, "unknown column '\(name)'; the long form has \((requiredColumns + optionalColumns).joined(separator: ", "))"))
                } else if column[name] != nil {
                    diagnostics.append(.error(at, "column '\(name)' appears twice"))
                } else {
                    column[name] = index
                }
            }
            for name in requiredColumns where column[name] == nil {
                diagnostics.append(.error(SourceLocation(file: path, line: 1, column: 1), "missing column '\(name)'"))
            }
            if diagnostics.hasErrors { throw ContentError(diagnostics) }
            return column
        }
        func readRow(_ fields: [String], row: Int, column: [String: Int]) {
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { return }
            func cell(_ name: String) -> String? {
                guard let i = column[name], i < fields.count else { return nil }
                let value = fields[i].trimmingCharacters(in: .whitespacesAndNewlines)
                return value.isEmpty ? nil : value
            }
            func at(_ name: String) -> SourceLocation {
                SourceLocation(file: path, line: row, column: (column[name] ?? 0) + 1)
            }
            var rowOK = true
            for name in requiredColumns {
                guard let value = cell(name) else {
                    diagnostics.append(.error(at(name), "'\(name)' is empty"))
                    rowOK = false
                    continue
                }
                if !Identifier.isValid(value) {
                    diagnostics.append(.error(at(name), "'\(value)' is not a valid \(name == "answer" ? "option id" : "identifier")"))
                    rowOK = false
                }
            }
            // The respondent is registered from the first row that names it with a
            // valid role, even when that row has other problems, so a later row
            // with another role is reported against it.
            guard let respondentId = cell("respondent"), Identifier.isValid(respondentId),
                  let role = cell("role"), Identifier.isValid(role) else { return }
            let slot: Int
            if let existing = index[respondentId] {
                slot = existing
                if respondents[slot].role != role {
                    diagnostics.append(.error(at("role"), "respondent '\(respondentId)' has role '\(respondents[slot].role)' on an earlier row, '\(role)' here"))
                    return
                }
            } else {
                var source = SourceMap(at("respondent"))
                source["id"] = at("respondent")
                source["role"] = at("role")
                respondents.append(Respondent(id: respondentId, name: cell("name"), role: role, source: source))
                slot = respondents.count - 1
                index[respondentId] = slot
            }
            guard rowOK, let question = cell("question"), let choice = cell("answer") else { return }
            let key = "\(respondentId)\u{1F}\(question)"
            if let first = seen[key] {
                diagnostics.append(.error(at("question"), "respondent '\(respondentId)' already answered '\(question)' on row \(first)"))
                return
            }
            seen[key] = row
            respondents[slot].answerLocations[question] = AnswerLocation(key: at("question"), value: at("answer"))
            respondents[slot].setAnswer(Answer(AnswerChoice(choice), note: cell("note"), evidence: cell("evidence"),
                                               justification: cell("justification")), for: question)
        }
        func take(_ record: CSVTokenizer.Record) throws {
            guard let column else {
                column = try readHeader(record.fields)
                return
            }
            readRow(record.fields, row: record.row, column: column)
        }
        // The tokenizer rather than CSV.swift: the same reading, limits and
        // diagnostics as `ospo assessment import` of the same file.
        var tokenizer = CSVTokenizer(separator: CSVDialect.detectDelimiter(text), path: path)
        var bytes = text
        try bytes.withUTF8 { buffer in
            try tokenizer.feed(buffer, take)
            try tokenizer.finish(take)
        }
        if column == nil { _ = try readHeader([]) }
        if diagnostics.hasErrors { throw ContentError(diagnostics) }
        return AnswerSet(questionnaire: questionnaire, organisation: organisation, date: date,
                         respondents: respondents, source: SourceMap(SourceLocation(file: path)))
    }
}
