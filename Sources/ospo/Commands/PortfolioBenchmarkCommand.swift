import ArgumentParser
import Foundation
import MaturityKit
import MaturityUseCases
import MaturityReports
import MaturityStore

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
            let clock = ContinuousClock()
            let (library, questionnaire) = try ContentSources.resolveQuestionnaire("ospo-interview", libraryFolders: []) { _ in
                CommandFailure("the shipped questionnaire ospo-interview is missing from this binary")
            }
            let engine = ScoringEngine(questionnaire: questionnaire, rubrics: questionnaire.rubrics.compactMap { library.rubric($0) })
            let generateStart = clock.now
            let sample = PortfolioSample(organisations: organisations, assessments: assessments, respondents: respondents)
            let sets = sample.generate(questionnaire)
            let scoreStart = clock.now
            var entries: [PortfolioEntry] = []
            for (index, organisation) in sets.enumerated() {
                entries.append(PortfolioEntry(organisation: organisation.name, group: PortfolioSample.sector(index),
                                              scorecards: organisation.answers.map(engine.score)))
            }
            let scoreEnd = clock.now
            let portfolio = Portfolio(entries: entries)
            Console.out("\(organisations) organisations × \(assessments) assessments × \(respondents) respondents of \(questionnaire.id) (\(questionnaire.questions.count) questions, \(portfolio.dimensions.count) dimensions)\n")
            Console.out("generate \(Self.ms(scoreStart - generateStart)), score \(Self.ms(scoreEnd - scoreStart))\n")
            let renderer = try ReportRenderer()
            for format in ReportRenderer.formats {
                var times: [Duration] = []
                var bytes = 0
                for _ in 0..<runs {
                    let start = clock.now
                    let text = try renderer.render(.portfolio(portfolio), as: format)
                    times.append(clock.now - start)
                    bytes = text.utf8.count
                }
                times.sort()
                Console.out("render \(format.rawValue): fastest \(Self.ms(times[0])), median \(Self.ms(times[times.count / 2])) over \(runs) runs, \(bytes / 1024) KiB\n")
            }
            if let db {
                let start = clock.now
                if FileManager.default.fileExists(atPath: db) {
                    throw CommandFailure("\(db) already exists; give --db a new path")
                }
                try sample.write(sets, to: try Workspace.open(at: db, access: .create))
                Console.out("workspace \(db): written in \(Self.ms(clock.now - start))\n")
            }
        }
    }

    static func ms(_ duration: Duration) -> String {
        let parts = duration.components
        return String(format: "%.1f ms", Double(parts.seconds) * 1e3 + Double(parts.attoseconds) / 1e15)
    }
}
