import Foundation
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

    /// Prints how long reading, scoring and rendering took, for the benchmarks.
    @Flag(name: .customLong("timing"), help: .hidden)
    var timing = false

    @OptionGroup var library: LibraryOptions
    @OptionGroup var csv: CSVAnswerOptions
    @OptionGroup var wide: WideCSVOptions

    func run() async throws {
        try await runReportingFailures {
            let clock = ContinuousClock()
            let loadStart = clock.now
            let (answers, readWarnings) = try ContentSources.answers(path: answersPath, csv: csv, wide: wide,
                                                                     libraryFolders: library.folders)
            let resolveStart = clock.now
            let (engine, diagnostics) = try ContentSources.resolve(answers, libraryFolders: library.folders)
            let scoreStart = clock.now
            let scorecard = engine.score(answers)
            let renderStart = clock.now
            Console.print(readWarnings + diagnostics + scorecard.warnings)
            let output: String
            switch format {
            case .text: output = ScorecardText.render(scorecard, explain: explain)
            case .md: output = ScorecardMarkdown.render(scorecard, explain: explain)
            case .json: output = try ScorecardJSON.render(scorecard, explain: explain)
            }
            let end = clock.now
            Console.out(output)
            if timing {
                func ms(_ duration: Duration) -> String {
                    let parts = duration.components
                    return String(format: "%.2f ms", Double(parts.seconds) * 1e3 + Double(parts.attoseconds) / 1e15)
                }
                let count = answers.respondents.reduce(0) { $0 + $1.answers.count }
                Console.err("timing: read \(ms(resolveStart - loadStart)), validate \(ms(scoreStart - resolveStart)), score \(ms(renderStart - scoreStart)), render \(ms(end - renderStart)); \(answers.respondents.count) respondents, \(count) answers")
            }
        }
    }
}
