import Foundation
import MaturityKit
import MaturityReports
import MaturityStore

/// `ospo benchmark-portfolio`: times the portfolio report on generated
/// organisations (`PortfolioSample`). Scores generated answers to the
/// shipped interview for every organisation and assessment, then renders
/// the portfolio in each format several times; with a workspace path, also
/// writes the same assessments into a new workspace there, for timing
/// `ospo report portfolio --db` end to end. Each figure is handed to
/// `report` as a line as soon as it is measured.
public struct PortfolioBenchmark: Sendable {
    public var organisations: Int
    public var assessments: Int
    public var respondents: Int
    /// Renders per format; the fastest and the median are reported.
    public var runs: Int
    /// A new workspace to write the assessments into.
    public var workspacePath: String?

    public init(organisations: Int, assessments: Int, respondents: Int, runs: Int, workspacePath: String?) {
        self.organisations = organisations
        self.assessments = assessments
        self.respondents = respondents
        self.runs = runs
        self.workspacePath = workspacePath
    }

    /// Runs the benchmark, handing each line of figures to `report`.
    public func run(report: (String) -> Void) throws {
        if let workspacePath, FileManager.default.fileExists(atPath: workspacePath) {
            // Refused before the minutes of work, not after.
            throw UseCaseError.benchmarkWorkspaceExists(workspacePath)
        }
        let clock = ContinuousClock()
        let (library, questionnaire) = try ContentSources.resolveQuestionnaire("ospo-interview", libraryFolders: []) { known in
            UseCaseError.unknownQuestionnaire("ospo-interview", known: known)
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
        report("\(organisations) organisations × \(assessments) assessments × \(respondents) respondents of \(questionnaire.id) (\(questionnaire.questions.count) questions, \(portfolio.dimensions.count) dimensions)")
        report("generate \(Self.ms(scoreStart - generateStart)), score \(Self.ms(scoreEnd - scoreStart))")
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
            report("render \(format.rawValue): fastest \(Self.ms(times[0])), median \(Self.ms(times[times.count / 2])) over \(runs) runs, \(bytes / 1024) KiB")
        }
        if let workspacePath {
            let start = clock.now
            try sample.write(sets, to: try Workspace.open(at: workspacePath, access: .create))
            report("workspace \(workspacePath): written in \(Self.ms(clock.now - start))")
        }
    }

    /// `12.3 ms`.
    static func ms(_ duration: Duration) -> String {
        let parts = duration.components
        return String(format: "%.1f ms", Double(parts.seconds) * 1e3 + Double(parts.attoseconds) / 1e15)
    }
}
