import ArgumentParser
import MaturityReports
import MaturityUseCases

struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two assessments: the change per dimension and the answers behind it."
    )

    @Argument(help: "The earlier assessment.") var first: Int64
    @Argument(help: "The later assessment.") var second: Int64
    @Option(help: "Output format.") var format: FormatOption<ComparisonRenderer> = .init(.text)
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var destination: OutputOption

    func run() async throws {
        try await runReportingFailures {
            let comparison = try ProgressQueries.comparison(try workspace.open(.read), first: first, second: second)
            try destination.emit(try ComparisonRenderer.render(comparison, first: first, second: second, as: format.format))
        }
    }
}
