import ArgumentParser
import MaturityKit
import MaturityUseCases

struct MeasureCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure",
        abstract: "Record readings of an objective's measures.",
        subcommands: [Record.self]
    )

    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record a reading of a measure.")

        @Argument(help: "The objective: its number, or its action id within --org's current plan.") var objective: String
        @Argument(help: "The measure id.") var measure: String
        @Argument(help: "The value (a number).") var value: String
        @Option(name: .customLong("org"), help: "The organisation, when an action id is given.") var organisation: String?
        @Option(help: ArgumentHelp("The date of the reading (YYYY-MM-DD; default today).", valueName: "date"),
                transform: { text in
                    guard let date = CalendarDate(iso: text) else { throw ValidationError("--date takes YYYY-MM-DD, found '\(text)'") }
                    return date
                })
        var date: CalendarDate?
        @Option(help: "Where the value came from (a report, a dashboard).") var source: String?
        @Option(help: "A note.") var note: String?
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                // The value is read before the workspace is opened.
                let reading = try MeasureReading(objective: objective, organisation: organisation, measure: measure, value: value,
                                                 date: date ?? Today.date, source: source, note: note)
                Console.out(try reading.record(in: try workspace.open()) + "\n")
            }
        }
    }
}
