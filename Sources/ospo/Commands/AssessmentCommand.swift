import ArgumentParser
import MaturityReports
import MaturityUseCases

struct AssessmentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assessment",
        abstract: "Start, import into, list, show and close assessments.",
        subcommands: [New.self, Import.self, List.self, Show.self, Close.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List assessments.")

        @Option(name: .customLong("org"), help: "Only this organisation's.") var organisation: String?
        @Option(help: "Output format.") var format: FormatOption<AssessmentRenderer> = .init(.text)
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let assessments = try AssessmentQueries.list(try workspace.open(.read), organisation: organisation)
                if assessments.isEmpty && format.format == .text { Console.err(AssessmentRenderer.emptyListHint) }
                Console.out(try AssessmentRenderer.render(assessments, as: format.format))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show an assessment: respondents and scores.")

        @Argument(help: "The assessment number.") var id: Int64
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                Console.out(AssessmentRenderer.render(try AssessmentQueries.overview(try workspace.open(.read), assessment: id)))
            }
        }
    }

    struct Close: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close an assessment: no more answers can be recorded.")

        @Argument(help: "The assessment number.") var id: Int64
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                Console.out(try AssessmentClosing.close(id, in: try workspace.open()) + "\n")
            }
        }
    }
}
