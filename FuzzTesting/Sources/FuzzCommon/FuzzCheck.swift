// Shared by the fuzz targets of FuzzTesting/ and by the replay test
// Tests/MaturityKitTests/FuzzFailCaseTests.swift, where this file is a
// symbolic link: both run exactly the same code on an input.

import MaturityKit

/// The promise the fuzz targets check: a reader returns a value, or returns or
/// throws diagnostics that are located inside the input.
public enum FuzzCheck {
    /// Feeds `bytes` to `reader` and returns every broken promise, as
    /// sentences; empty when the reader kept its promise. A crash or a hang in
    /// the reader is not caught here: it is what libFuzzer (or the test run)
    /// reports.
    public static func violations(_ reader: FuzzReader, _ bytes: some Collection<UInt8>) -> [String] {
        // Any bytes are some text: invalid UTF-8 becomes U+FFFD, as the CSV
        // import reads it; the loaders must cope with every String.
        let text = String(decoding: Array(bytes), as: UTF8.self)
        let path = reader.path
        do {
            switch reader {
            case .contentYAML:
                let (document, diagnostics) = ContentLoader.load(text, path: path)
                if document == nil && !diagnostics.hasErrors {
                    return ["ContentLoader.load returned no document and no error"]
                }
                return misplaced(diagnostics, path: path, text: text)
            case .answersYAML:
                _ = try ContentLoader.loadAnswers(text, path: path)
            case .mapping:
                _ = try ContentLoader.loadMapping(text, path: path)
            case .longCSV:
                _ = try AnswersCSVLoader.load(text, path: path, questionnaire: "fuzz", organisation: "Fuzz",
                                              date: CalendarDate(year: 2026, month: 1, day: 1))
            case .wideCSV:
                // Read twice: as a plain export, and through the mapping, whose
                // own problems (a column it names is missing) point into it.
                return wideViolations(text, path: path, mapping: nil)
                    + wideViolations(text, path: path, mapping: mapping)
            case .surveyCSV:
                return surveyViolations(text, path: path, mapping: nil)
                    + surveyViolations(text, path: path, mapping: mapping)
            }
            return []
        } catch let error as ContentError {
            if !error.diagnostics.hasErrors { return ["threw a ContentError without an error in it"] }
            return misplaced(error.diagnostics, path: path, text: text)
        } catch {
            return ["threw \(type(of: error)), not located diagnostics: \(error)"]
        }
    }

    /// The wide CSV target's check, with or without `FuzzCheck.mapping`.
    static func wideViolations(_ text: String, path: String, mapping: AnswerMapping?) -> [String] {
        guard let questionnaire, let fixture = self.mapping else { return ["the fuzz questionnaire or mapping does not load"] }
        var files = [path: text]
        if mapping != nil { files[mappingPath] = mappingText }
        var problems: [String] = []
        do {
            let imported = try WideCSVLoader.load(text, path: path, questionnaire: questionnaire, mapping: mapping == nil ? nil : fixture,
                                                  organisation: "Fuzz", date: CalendarDate(year: 2026, month: 1, day: 1))
            problems += misplaced(imported.warnings, in: files)
        } catch let error as ContentError {
            if !error.diagnostics.hasErrors { problems.append("threw a ContentError without an error in it") }
            problems += misplaced(error.diagnostics, in: files)
        } catch {
            problems.append("threw \(type(of: error)), not located diagnostics: \(error)")
        }
        // The streaming scorer (`ospo score --wide`) reads the same bytes in
        // two chunks split mid-file, so a record, a quote or a character
        // straddles the boundary.
        let bytes = Array(text.utf8)
        var chunks = [Array(bytes[..<(bytes.count / 2)]), Array(bytes[(bytes.count / 2)...])]
        do {
            let scored = try WideCSVLoader.score(path: path, engine: ScoringEngine(questionnaire: questionnaire, rubrics: []),
                                                 mapping: mapping == nil ? nil : fixture, organisation: "Fuzz",
                                                 date: CalendarDate(year: 2026, month: 1, day: 1)) {
                chunks.isEmpty ? nil : chunks.removeFirst()
            }
            problems += misplaced(scored.warnings, in: files)
        } catch let error as ContentError {
            if !error.diagnostics.hasErrors { problems.append("streaming: threw a ContentError without an error in it") }
            problems += misplaced(error.diagnostics, in: files)
        } catch {
            problems.append("streaming: threw \(type(of: error)), not located diagnostics: \(error)")
        }
        return problems
    }

    /// The survey target's check: the export read in every layout and with
    /// the layout detected, each read as one organisation's answers and as a
    /// population named by its first column's header.
    static func surveyViolations(_ text: String, path: String, mapping: AnswerMapping?) -> [String] {
        guard let questionnaire, let fixture = self.mapping else { return ["the fuzz questionnaire or mapping does not load"] }
        var files = [path: text]
        if mapping != nil { files[mappingPath] = mappingText }
        let used = mapping == nil ? nil : fixture
        let date = CalendarDate(year: 2026, month: 1, day: 1)
        var problems: [String] = []
        for layout in [nil] + SurveyLayout.allCases.map(Optional.some) {
            let name = layout?.rawValue ?? "detected"
            func check(_ step: String, _ body: () throws -> [Diagnostic]) {
                do {
                    problems += misplaced(try body(), in: files)
                } catch let error as ContentError {
                    if !error.diagnostics.hasErrors { problems.append("\(name), \(step): threw a ContentError without an error in it") }
                    problems += misplaced(error.diagnostics, in: files)
                } catch {
                    problems.append("\(name), \(step): threw \(type(of: error)), not located diagnostics: \(error)")
                }
            }
            var export: SurveyExport?
            check("read") {
                export = try SurveyExport.read(text, path: path, layout: layout, questionnaire: questionnaire, mapping: used)
                return export?.warnings ?? []
            }
            guard let export else { continue }
            check("answers") {
                try SurveyImport.answers(export, path: path, questionnaire: questionnaire, mapping: used, organisation: "Fuzz",
                                         date: date, defaultRole: "lead").warnings
            }
            check("population") {
                try SurveyImport.population(export, path: path, questionnaire: questionnaire, mapping: used,
                                            organisationColumn: export.header.first ?? "Company", date: date, defaultRole: "lead").warnings
            }
        }
        return problems
    }

    /// The diagnostics whose location is not in the input: another file, a line
    /// below 0 or past the end, or a line without a column.
    public static func misplaced(_ diagnostics: [Diagnostic], path: String, text: String) -> [String] {
        misplaced(diagnostics, in: [path: text])
    }

    /// The diagnostics whose location is in none of `files` (display path → text).
    public static func misplaced(_ diagnostics: [Diagnostic], in files: [String: String]) -> [String] {
        let lineCounts = files.mapValues(lineCount)
        return diagnostics.compactMap { diagnostic in
            let at = diagnostic.location
            guard let lines = lineCounts[at.file] else {
                return "'\(diagnostic)' names the file '\(at.file)', not \(files.keys.sorted().map { "'\($0)'" }.joined(separator: " or "))"
            }
            // One line past the last is where an error about a missing end points.
            if at.line < 0 || at.line > lines + 1 { return "'\(diagnostic)' is at line \(at.line), past the end of \(lines) lines" }
            if at.line > 0 && at.column < 1 { return "'\(diagnostic)' is at column \(at.column); columns count from 1" }
            return nil
        }
    }

    /// The number of lines as editors count them: one more than the line
    /// breaks, each `\n`, `\r\n` or lone `\r` counting once. Other Unicode
    /// line separators (U+2028, U+0085) do not break lines in a text editor.
    public static func lineCount(_ text: String) -> Int {
        var breaks = 0
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r": breaks += 1; afterCR = true
            case "\n": if !afterCR { breaks += 1 }; afterCR = false
            default: afterCR = false
            }
        }
        return breaks + 1
    }

    /// A small questionnaire the wide CSV target reads against: two scales, a
    /// question with N/A, respondent roles and a condition.
    public static let questionnaire: Questionnaire? = try? ContentLoader.loadQuestionnaire("""
        format: ospo/questionnaire@1
        id: fuzz-survey
        title: Fuzz survey
        version: 1.0.0
        rubrics: [fuzz]
        scales:
          yesno:
            - { id: "no", label: "No", value: 0 }
            - { id: "yes", label: "Yes", value: 1 }
          amount:
            - { id: none, label: "None at all", value: 0 }
            - { id: half, label: "About half", value: 0.5 }
            - { id: all, label: "All of it", value: 1 }
        roles:
          lead: { title: Team lead, weight: 2 }
          dev: { title: Developer }
        sections:
          - id: s
            title: Only section
            questions:
              - { id: Q-1, text: "Do you publish code?", dimension: share, scale: yesno }
              - { id: Q-2, text: "How much of it, roughly?", dimension: share, scale: amount, allow_na: true, when: { question: Q-1, in: ["yes"] } }
              - { id: Q-3, text: "Is there a policy, written down?", dimension: rules, scale: yesno, roles: [lead] }
        """, path: "fuzz-questionnaire.yaml")

    /// A mapping for `questionnaire` using every key of the format.
    public static let mapping: AnswerMapping? = try? ContentLoader.loadMapping(mappingText, path: mappingPath)

    static let mappingPath = "fuzz-mapping.yaml"

    static let mappingText = """
        format: ospo/mapping@1
        questionnaire: fuzz-survey
        columns:
          respondent: Response ID
          name: Your name
          role: Your job
        ignore: [Timestamp]
        questions:
          Do you share code?: Q-1
        notes:
          Anything to add?: Q-2
        options:
          Not sure: unknown
        question_options:
          Q-3:
            Sort of: "no"
        roles:
          Engineer: dev
        no_answer: [Skipped]
        na_justification: Marked not applicable in the survey.
        """
}
