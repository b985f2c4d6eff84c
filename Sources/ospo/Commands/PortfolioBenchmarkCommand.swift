import ArgumentParser
import MaturityUseCases

/// `ospo benchmark-portfolio`, hidden: times the portfolio report on many
/// generated organisations (Benchmarks/portfolio-benchmark.sh runs it on a
/// release build). Scores generated answers to the shipped interview for
/// every organisation and assessment, then renders the portfolio in each
/// format several times; with `--db`, also writes the same assessments into
/// a new workspace, for timing `ospo report portfolio --db` end to end.
struct PortfolioBenchmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark-portfolio",
        abstract: "Time the portfolio report on generated organisations (for Benchmarks/portfolio-benchmark.sh).",
        shouldDisplay: false
    )

    @Option(help: "Organisations to generate.") var organisations = 1000
    @Option(help: "Assessments per organisation.") var assessments = 4
    @Option(help: "Respondents per assessment.") var respondents = 3
    @Option(help: "Renders per format; the fastest and the median are printed.") var runs = 5
    @Option(help: ArgumentHelp("Also write the assessments into a new workspace here.", valueName: "path")) var db: String?

    func validate() throws {
        guard organisations > 0, assessments > 0, respondents > 0, runs > 0 else {
            throw ValidationError("--organisations, --assessments, --respondents and --runs take positive numbers")
        }
    }

    func run() async throws {
        try await runReportingFailures {
            let benchmark = PortfolioBenchmark(organisations: organisations, assessments: assessments, respondents: respondents,
                                               runs: runs, workspacePath: db)
            try benchmark.run { Console.out($0 + "\n") }
        }
    }
}
