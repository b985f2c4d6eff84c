import Foundation
import ArgumentParser
import MaturityKit
import MaturityUseCases
import MaturityReports

struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score an answers file against its questionnaire's rubrics.",
        discussion: """
        Finds the questionnaire the answers name, and the rubrics it names, in the \
        --library folders first, then in the shipped content. With --assessment or \
        --org, scores an assessment of the workspace against the content it was \
        answered against. Unassessed dimensions (no answered question) have no \
        score, never 0.
        """
    )

    @Argument(help: ArgumentHelp("Answers: YAML (format: ospo/answers@1), long CSV, or wide CSV with --wide. Or use --assessment / --org.", valueName: "answers"))
    var answersPath: String?

    @Option(help: "Output format.")
    var format: FormatOption<ScorecardRenderer> = .init(.text)

    @Flag(help: "Show, for every dimension, the answers behind its score (in JSON: each question's responses).")
    var explain = false

    /// Prints how long reading, scoring and rendering took, for the benchmarks.
    @Flag(name: .customLong("timing"), help: .hidden)
    var timing = false

    @OptionGroup var library: LibraryOptions
    @OptionGroup var csv: CSVAnswerOptions
    @OptionGroup var wide: WideCSVOptions
    @OptionGroup var selection: AssessmentSelection
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var destination: OutputOption

    func run() async throws {
        try await runReportingFailures {
            let clock = ContinuousClock()
            let loadStart = clock.now
            let input = try ScoringInput.load(try scoringSource(file: answersPath, selection: selection, workspace: workspace, csv: csv, wide: wide),
                                              libraryFolders: library.folders, responses: explain)
            let scoreStart = clock.now
            let scorecard = input.scorecard()
            let renderStart = clock.now
            Console.print(input.diagnostics + scorecard.warnings)
            let output = try ScorecardRenderer.render(scorecard, as: format.format, explain: explain)
            let end = clock.now
            try destination.emit(output)
            if timing {
                let ms = Console.milliseconds
                let counts = input.counts
                Console.err("timing: read and validate \(ms(scoreStart - loadStart)), score \(ms(renderStart - scoreStart)), render \(ms(end - renderStart)); \(counts.respondents) respondents, \(counts.answers) answers")
            }
        }
    }
}
