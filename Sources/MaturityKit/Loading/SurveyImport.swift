/// Reads the answers of a `SurveyExport` with `WideCSVReader`: the answers of
/// one organisation's respondents, or a population of organisations, one
/// (or more) rows each, named by an organisation column.
public enum SurveyImport {
    /// The answers of one organisation. `defaultRole` is every respondent's
    /// role when neither the file nor the mapping has a role column.
    public static func answers(_ export: SurveyExport, path: String, questionnaire: Questionnaire, mapping: AnswerMapping?,
                               organisation: String, date: CalendarDate, defaultRole: String? = nil) throws -> ImportedAnswers {
        let (rows, warnings) = try read(export, path: path, questionnaire: questionnaire, mapping: mapping,
                                        extraIgnored: [], defaultRole: defaultRole)
        let set = AnswerSet(questionnaire: questionnaire.id, organisation: organisation, date: date,
                            respondents: rows.map { respondent($0.row, questions: questionnaire.questions) },
                            source: SourceMap(SourceLocation(file: path)))
        return ImportedAnswers(answers: set, warnings: warnings)
    }

    /// A population: one answer set per organisation, in the order of their
    /// first rows. The organisation column is never read as an answer.
    public static func population(_ export: SurveyExport, path: String, questionnaire: Questionnaire, mapping: AnswerMapping?,
                                  organisationColumn: String, date: CalendarDate,
                                  defaultRole: String? = nil) throws -> (answers: [AnswerSet], warnings: [Diagnostic]) {
        guard let column = export.header.firstIndex(where: { LooseText.key($0) == LooseText.key(organisationColumn) }) else {
            throw ContentError([.error(SourceLocation(file: path, line: 1, column: 1), "no column '\(organisationColumn)' in the header; give the header of the column that names each organisation with --organisation-column, as the export writes it")])
        }
        var missing: [Diagnostic] = []
        for row in export.rows where !row.fields.allSatisfy({ $0.trimmedWhitespace.isEmpty }) {
            if column >= row.fields.count || row.fields[column].trimmedWhitespace.isEmpty {
                missing.append(.error(SourceLocation(file: path, line: row.line, column: column + 1), "row \(row.line) names no organisation under '\(organisationColumn)'; fill it in, or delete the row"))
            }
        }
        if !missing.isEmpty { throw ContentError(missing) }
        let (rows, warnings) = try read(export, path: path, questionnaire: questionnaire, mapping: mapping,
                                        extraIgnored: [export.header[column]], defaultRole: defaultRole)
        var order: [String] = []
        var byOrganisation: [String: [Respondent]] = [:]
        for (row, fields) in rows {
            let name = fields[column].trimmedWhitespace
            if byOrganisation[name] == nil { order.append(name) }
            byOrganisation[name, default: []].append(respondent(row, questions: questionnaire.questions))
        }
        let sets = order.map { name in
            AnswerSet(questionnaire: questionnaire.id, organisation: name, date: date, respondents: byOrganisation[name] ?? [],
                      source: SourceMap(SourceLocation(file: path)))
        }
        return (sets, warnings)
    }

    /// Every row read, or every problem thrown at once.
    private static func read(_ export: SurveyExport, path: String, questionnaire: Questionnaire, mapping: AnswerMapping?,
                             extraIgnored: [String], defaultRole: String?) throws -> ([(row: WideCSVReader.Row, fields: [String])], [Diagnostic]) {
        var effective = mapping ?? AnswerMapping()
        if effective.respondentColumn == nil, let column = export.respondentColumn { effective.respondentColumn = column }
        if effective.nameColumn == nil, let column = export.nameColumn { effective.nameColumn = column }
        // Metadata the mapping already claims stays as the mapping says: a
        // text claimed twice would be an error of the user's making.
        var claimed = Set((effective.ignore + [effective.respondentColumn, effective.nameColumn, effective.roleColumn].compactMap { $0 }
                           + effective.questions.map(\.text) + effective.notes.map(\.text)).map(LooseText.key))
        for text in export.metadata + extraIgnored where claimed.insert(LooseText.key(text)).inserted {
            effective.ignore.append(text)
        }
        var header = export.header
        var rows = export.rows
        // No role column: one is added after the last, so that no column moves.
        let hasRole = effective.roleColumn != nil || header.contains { LooseText.key($0) == "role" }
        if !hasRole, let defaultRole {
            header.append("role")
            for index in rows.indices where !rows[index].fields.allSatisfy({ $0.trimmedWhitespace.isEmpty }) {
                while rows[index].fields.count < export.header.count { rows[index].fields.append("") }
                rows[index].fields.append(defaultRole)
            }
        }
        var reader = try WideCSVReader(header: header, path: path, questionnaire: questionnaire, mapping: effective)
        // A header that cannot be read makes every row's problems follow from
        // it: its own errors alone say what to fix.
        if reader.hasErrors { throw ContentError(reader.problems.diagnostics) }
        var read: [(row: WideCSVReader.Row, fields: [String])] = []
        for row in rows {
            if let result = reader.read(row.fields, line: row.line) { read.append((result, row.fields)) }
        }
        let diagnostics = export.warnings + reader.problems.diagnostics
        if reader.hasErrors { throw ContentError(diagnostics) }
        return (read, diagnostics)
    }

    private static func respondent(_ row: WideCSVReader.Row, questions: [Question]) -> Respondent {
        Respondent(id: row.respondent, name: row.name, role: row.role,
                   answers: row.cells.map { (questions[$0.question].id, $0.answer) })
    }
}
