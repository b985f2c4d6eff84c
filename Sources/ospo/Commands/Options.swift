import ArgumentParser
import MaturityKit
import MaturityUseCases

/// `--library DIR`, repeatable: content folders searched before the shipped content.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("library"), help: ArgumentHelp("A folder of rubrics, roles and questionnaires, searched before the shipped content (repeatable).", valueName: "dir"))
    var folders: [String] = []
}

/// What a long-CSV answers file does not carry itself.
struct CSVAnswerOptions: ParsableArguments {
    @Option(help: ArgumentHelp("For CSV answers: the questionnaire id they answer.", valueName: "id"))
    var questionnaire: String?

    @Option(help: ArgumentHelp("For CSV answers: the organisation's name.", valueName: "name"))
    var organisation: String?

    @Option(help: ArgumentHelp("For CSV answers: the assessment date (YYYY-MM-DD; default today).", valueName: "date"),
            transform: { text in
                guard let date = CalendarDate(iso: text) else { throw ValidationError("--date takes YYYY-MM-DD, found '\(text)'") }
                return date
            })
    var date: CalendarDate?
}

/// `--wide` and `--mapping`: answers in the wide CSV form survey tools export.
struct WideCSVOptions: ParsableArguments {
    @Flag(help: "Read the CSV answers in the wide form: one row per respondent, one column per question, as survey tools export them (needs --questionnaire, or a mapping that names it).")
    var wide = false

    @Option(name: .customLong("mapping"), help: ArgumentHelp("With --wide: a mapping file (format: ospo/mapping@1) for headers, answers and roles the questionnaire does not spell, and the columns to ignore.", valueName: "file"))
    var mappingPath: String?

    @Option(help: ArgumentHelp("With --wide: the survey tool's export layout, read as the tool writes it: \(SurveyLayout.allCases.map(\.rawValue).joined(separator: ", ")) (see docs/surveys.md).", valueName: "layout"))
    var layout: SurveyLayout?

    @Flag(help: "With --layout: import the responses the survey tool marks unfinished (left out by default).")
    var includeIncomplete = false

    func validate() throws {
        if mappingPath != nil && !wide {
            throw ValidationError("--mapping reads a wide CSV: add --wide")
        }
        if (layout != nil || includeIncomplete) && !wide {
            throw ValidationError("--layout and --include-incomplete read a wide CSV: add --wide")
        }
    }
}

extension CSVAnswerOptions {
    /// The options as the use cases take them, with `--wide`/`--mapping`.
    func reading(_ wide: WideCSVOptions? = nil) -> AnswerFileOptions {
        AnswerFileOptions(questionnaire: questionnaire, organisation: organisation, date: date ?? Today.date,
                          wide: wide?.wide ?? false, mappingPath: wide?.mappingPath,
                          layout: wide?.layout, includeIncomplete: wide?.includeIncomplete ?? false)
    }
}

/// The answers a scoring command names: a file, or an assessment of the
/// workspace (opened read-only), never both.
func scoringSource(file: String?, selection: AssessmentSelection, workspace: WorkspaceOptions,
                   csv: CSVAnswerOptions, wide: WideCSVOptions) throws -> ScoringInput.Source {
    switch (file, selection.isGiven) {
    case (let file?, false):
        return .file(file, csv.reading(wide))
    case (nil, true):
        let opened = try workspace.open(.read)
        return .assessment(try selection.resolve(in: opened), in: opened)
    case (_?, true):
        throw ValidationError("give either an answers file or --assessment/--org, not both")
    case (nil, false):
        throw ValidationError("name the answers: a file, or --assessment ID / --org ORG for an assessment of the workspace")
    }
}
