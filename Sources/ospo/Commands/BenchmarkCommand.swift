import ArgumentParser
import MaturityKit
import MaturityReports
import MaturityUseCases

extension SurveyLayout: ExpressibleByArgument {}

/// `ospo benchmark CLIENT --population EXPORT`: a client against a survey population.
struct BenchmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Place a client against a population of organisations from a survey export, dimension by dimension.",
        discussion: """
        Scores the client's answers and every organisation of the population (a \
        survey export with one row per organisation, named by --organisation-column), \
        then prints, per module and dimension, the client's score, its percentile \
        in the population and the population's quartiles and size. A population of \
        fewer than 5 organisations is refused, and no organisation of the \
        population is ever named. See docs/benchmarking.md.
        """
    )

    @Argument(help: ArgumentHelp("The client's answers (YAML, format: ospo/answers@1).", valueName: "answers"))
    var client: String

    @Option(help: ArgumentHelp("The survey export of the population (CSV).", valueName: "file"))
    var population: String

    @Option(help: ArgumentHelp("The header of the column naming each organisation, as the export writes it.", valueName: "header"))
    var organisationColumn: String

    @Option(help: ArgumentHelp("The export's layout: \(SurveyLayout.allCases.map(\.rawValue).joined(separator: ", ")) (default: detected).", valueName: "layout"))
    var layout: SurveyLayout?

    @Option(name: .customLong("mapping"), help: ArgumentHelp("A mapping file (format: ospo/mapping@1) for the export's headers and answers.", valueName: "file"))
    var mappingPath: String?

    @Option(help: ArgumentHelp("The questionnaire the survey asked (or name it in the mapping).", valueName: "id"))
    var questionnaire: String?

    @Flag(help: "Import responses the survey tool marks unfinished (left out by default).")
    var includeIncomplete = false

    @Option(help: "Output format.") var format: BenchmarkFormat = .text

    @OptionGroup var library: LibraryOptions

    enum BenchmarkFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() async throws {
        try await runReportingFailures {
            let options = PopulationBenchmarking.Options(populationPath: population, layout: layout, mappingPath: mappingPath,
                                                         questionnaire: questionnaire, organisationColumn: organisationColumn,
                                                         includeIncomplete: includeIncomplete, date: Today.date)
            let result = try PopulationBenchmarking.run(client: client, options: options, libraryFolders: library.folders)
            Console.print(result.warnings)
            print(format == .json ? try BenchmarkText.json(result.benchmark) : BenchmarkText.render(result.benchmark), terminator: "")
        }
    }
}
