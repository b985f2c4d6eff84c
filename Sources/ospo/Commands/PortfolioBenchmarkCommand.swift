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

    /// SplitMix64: the same organisations on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

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
            let sets = generate(questionnaire)
            let scoreStart = clock.now
            var entries: [PortfolioEntry] = []
            for (index, organisation) in sets.enumerated() {
                entries.append(PortfolioEntry(organisation: organisation.name, group: Self.sectors[index % Self.sectors.count],
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
                try write(sets, to: db)
                Console.out("workspace \(db): written in \(Self.ms(clock.now - start))\n")
            }
        }
    }

    static let sectors = ["Public sector", "Financial services", "Manufacturing", "Software", "Health"]

    /// Every organisation's answer sets, oldest first: each organisation has a
    /// maturity that grows a little at every yearly assessment, and each answer
    /// lies near it on the question's scale, with some "don't know".
    func generate(_ questionnaire: Questionnaire) -> [(name: String, answers: [AnswerSet])] {
        var random = Generator(state: 20_271_115)
        let scales = Dictionary(questionnaire.scales.map { ($0.id, $0.options) }, uniquingKeysWith: { first, _ in first })
        let roles = questionnaire.roles.map(\.id)
        return (0..<organisations).map { index in
            let name = "Organisation \(index + 1)"
            let maturity = Double.random(in: 0.05...0.8, using: &random)
            let answers = (0..<assessments).map { round -> AnswerSet in
                let level = min(1, maturity + 0.07 * Double(round))
                let date = CalendarDate(year: 2023 + round, month: 1 + index % 12, day: 1 + index % 28)
                let people = (0..<respondents).map { person -> Respondent in
                    let role = roles[person % max(1, roles.count)]
                    var answers: [(String, Answer)] = []
                    for question in questionnaire.questions where question.isAsked(of: role) {
                        guard let options = scales[question.scale], !options.isEmpty else { continue }
                        if Double.random(in: 0..<1, using: &random) < 0.04 {
                            answers.append((question.id, Answer(.unknown)))
                            continue
                        }
                        let spot = level * Double(options.count - 1) + Double.random(in: -0.9...0.9, using: &random)
                        let chosen = options[max(0, min(options.count - 1, Int(spot.rounded())))]
                        answers.append((question.id, Answer(.option(chosen.id))))
                    }
                    return Respondent(id: "r\(person + 1)", role: role, answers: answers)
                }
                return AnswerSet(questionnaire: questionnaire.id, version: questionnaire.version, organisation: name,
                                 date: date, respondents: people)
            }
            return (name, answers)
        }
    }

    /// The same organisations and assessments in a new workspace.
    func write(_ sets: [(name: String, answers: [AnswerSet])], to path: String) throws {
        if FileManager.default.fileExists(atPath: path) {
            throw CommandFailure("\(path) already exists; give --db a new path")
        }
        let workspace = try Workspace.open(at: path, create: true)
        let content = try ContentSources.contentFiles(questionnaire: "ospo-interview", libraryFolders: [])
        for (index, organisation) in sets.enumerated() {
            let record = try workspace.addOrganisation(name: organisation.name, sector: Self.sectors[index % Self.sectors.count])
            for answers in organisation.answers {
                let assessment = try workspace.newAssessment(organisation: record.slug, content: content,
                                                             questionnaire: answers.questionnaire, date: answers.date)
                try workspace.importAnswers(answers, into: assessment.id ?? 0, source: "benchmark")
            }
        }
    }

    static func ms(_ duration: Duration) -> String {
        let parts = duration.components
        return String(format: "%.1f ms", Double(parts.seconds) * 1e3 + Double(parts.attoseconds) / 1e15)
    }
}
