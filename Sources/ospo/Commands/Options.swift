import ArgumentParser
import MaturityKit

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

enum ScoreFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, md
}
