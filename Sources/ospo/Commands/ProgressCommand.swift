import ArgumentParser
import MaturityKit
import MaturityReports
import MaturityUseCases

struct ProgressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Where an organisation stands on its roadmap and its maturity, over time.",
        discussion: """
        What needs attention first (overdue, off track, at risk, no recent reading, \
        a stale plan); then every objective of the current plan with its status: \
        done (or done late), overdue (open past its due date), on-track (the \
        least-squares forecast of its measures' readings meets the target by the due \
        date), at-risk (the forecast gets at least 80% of the way), off-track, or \
        no-data (too few readings: a forecast needs three). And the maturity of every \
        dimension since the assessment the roadmap was planned from. The html, md, \
        json and csv formats are the progress report (see 'ospo report').
        """
    )

    @Argument(help: "The organisation.") var organisation: String
    @Option(help: "Output format.") var format: FormatOption<ProgressRenderer> = .init(.text)
    @Option(help: ArgumentHelp("The day to report as of (YYYY-MM-DD; default today).", valueName: "date"),
            transform: { text in
                guard let date = CalendarDate(iso: text) else { throw ValidationError("--as-of takes YYYY-MM-DD, found '\(text)'") }
                return date
            })
    var asOf: CalendarDate?
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        try await runReportingFailures {
            let report = try ProgressQueries.progress(try workspace.open(.read), organisation: organisation, asOf: asOf ?? Today.date)
            let text = try ProgressRenderer.render(report, as: format.format)
            if let output {
                try FileAccess.write(text, to: output)
                Console.err("wrote \(output)")
            } else {
                Console.out(text)
            }
        }
    }
}
