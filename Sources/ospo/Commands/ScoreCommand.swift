import ArgumentParser
import MaturityKit
import MaturityReports

struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score an answers file against its questionnaire's rubrics.",
        discussion: """
        Finds the questionnaire the answers name, and the rubrics it names, in the \
        --library folders first, then in the shipped content. Unassessed dimensions \
        (no answered question) have no score, never 0.
        """
    )

    @Argument(help: ArgumentHelp("Answers: YAML (format: ospo/answers@1), long CSV, or wide CSV with --wide.", valueName: "answers"))
    var answersPath: String

    @Option(help: "Output format.")
    var format: ScoreFormat = .text

    @Flag(help: "Show, for every dimension, the answers behind its score (in JSON: each question's responses).")
    var explain = false

    @OptionGroup var library: LibraryOptions
    @OptionGroup var csv: CSVAnswerOptions
    @OptionGroup var wide: WideCSVOptions

    func run() async throws {
        try await runReportingFailures {
            let (answers, readWarnings) = try ContentSources.answers(path: answersPath, csv: csv, wide: wide,
                                                                     libraryFolders: library.folders)
            let (engine, diagnostics) = try ContentSources.resolve(answers, libraryFolders: library.folders)
            let scorecard = engine.score(answers)
            Console.print(readWarnings + diagnostics + scorecard.warnings)
            switch format {
            case .text: Console.out(ScorecardText.render(scorecard, explain: explain))
            case .md: Console.out(ScorecardMarkdown.render(scorecard, explain: explain))
            case .json: Console.out(try ScorecardJSON.render(scorecard, explain: explain))
            }
        }
    }
}
