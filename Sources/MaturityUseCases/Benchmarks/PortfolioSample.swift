import MaturityKit
import MaturityStore

/// Generated organisations answering the shipped interview, for the
/// portfolio benchmark (`ospo benchmark-portfolio`,
/// Benchmarks/portfolio-benchmark.sh): the same organisations on every run.
public struct PortfolioSample: Sendable {
    public var organisations: Int
    public var assessments: Int
    public var respondents: Int

    public init(organisations: Int, assessments: Int, respondents: Int) {
        self.organisations = organisations
        self.assessments = assessments
        self.respondents = respondents
    }

    static let sectors = ["Public sector", "Financial services", "Manufacturing", "Software", "Health"]

    /// The sector of the organisation at `index`.
    public static func sector(_ index: Int) -> String { sectors[index % sectors.count] }

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

    /// Every organisation's answer sets, oldest first: each organisation has a
    /// maturity that grows a little at every yearly assessment, and each answer
    /// lies near it on the question's scale, with some "don't know".
    public func generate(_ questionnaire: Questionnaire) -> [(name: String, answers: [AnswerSet])] {
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

    /// The same organisations and assessments written into `workspace`.
    public func write(_ sets: [(name: String, answers: [AnswerSet])], to workspace: any WorkspaceStore) throws {
        let content = try ContentSources.contentFiles(questionnaire: "ospo-interview", libraryFolders: [])
        for (index, organisation) in sets.enumerated() {
            let record = try workspace.addOrganisation(name: organisation.name, slug: nil, sector: Self.sector(index))
            for answers in organisation.answers {
                let assessment = try workspace.newAssessment(organisation: record.slug, content: content,
                                                             questionnaire: answers.questionnaire, date: answers.date)
                try workspace.importAnswers(answers, into: assessment.id ?? 0, source: "benchmark")
            }
        }
    }
}
