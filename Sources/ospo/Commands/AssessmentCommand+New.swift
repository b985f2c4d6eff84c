import ArgumentParser
import MaturityKit
import MaturityUseCases

extension AssessmentCommand {
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start an assessment of an organisation.",
            discussion: "Keeps a snapshot of the questionnaire and rubrics, so the assessment stays scorable when the content changes."
        )

        @Argument(help: "The organisation.") var organisation: String
        @Option(help: "The questionnaire id.") var questionnaire: String = "ospo-interview"
        @Option(help: ArgumentHelp("The assessment date (YYYY-MM-DD; default today).", valueName: "date"),
                transform: { text in
                    guard let date = CalendarDate(iso: text) else { throw ValidationError("--date takes YYYY-MM-DD, found '\(text)'") }
                    return date
                })
        var date: CalendarDate?
        @Option(help: "A label, such as 'baseline'.") var label: String?
        @OptionGroup var library: LibraryOptions
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let start = try NewAssessment(organisation: organisation, questionnaire: questionnaire, date: date ?? Today.date,
                                              label: label, libraryFolders: library.folders)
                // A new assessment needs an organisation, so a missing workspace is an
                // error here, not a file to create: nothing is written when it fails.
                let record = try start.run(in: try workspace.open())
                Console.out(start.line(for: record) + "\n")
            }
        }
    }
}
