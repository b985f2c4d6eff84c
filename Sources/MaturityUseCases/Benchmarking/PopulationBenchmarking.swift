import Foundation
import MaturityKit

/// `ospo benchmark`: a client's answers placed against a survey export in
/// which each row (or group of rows) is another organisation.
public enum PopulationBenchmarking {
    public struct Options: Sendable {
        public var populationPath: String
        public var layout: SurveyLayout?
        public var mappingPath: String?
        public var questionnaire: String?
        public var organisationColumn: String
        public var includeIncomplete: Bool
        /// Every respondent's role when the export has no role column.
        public var defaultRole: String
        public var date: CalendarDate

        public init(populationPath: String, layout: SurveyLayout? = nil, mappingPath: String? = nil, questionnaire: String? = nil,
                    organisationColumn: String, includeIncomplete: Bool = false, defaultRole: String = "respondent",
                    date: CalendarDate) {
            self.populationPath = populationPath
            self.layout = layout
            self.mappingPath = mappingPath
            self.questionnaire = questionnaire
            self.organisationColumn = organisationColumn
            self.includeIncomplete = includeIncomplete
            self.defaultRole = defaultRole
            self.date = date
        }
    }

    public struct Result: Sendable {
        public var benchmark: PopulationBenchmark
        public var warnings: [Diagnostic]
    }

    /// The population's scorecards, one per organisation, and the reading warnings.
    public static func population(_ options: Options, libraryFolders: [String]) throws -> (cards: [Scorecard], engine: ScoringEngine, warnings: [Diagnostic]) {
        let mapping = try options.mappingPath.map { try ContentLoader.loadMapping(try FileAccess.readText($0), path: $0) }
        guard let id = options.questionnaire ?? mapping?.questionnaire else { throw UseCaseError.questionnaireNotNamed(wide: true) }
        let (library, questionnaire) = try ContentSources.resolveQuestionnaire(id, libraryFolders: libraryFolders) { known in
            UseCaseError.unknownQuestionnaire(id, known: known)
        }
        let path = options.populationPath
        let export = try SurveyExport.read(try FileAccess.readText(path), path: path, layout: options.layout,
                                           questionnaire: questionnaire, mapping: mapping, includeIncomplete: options.includeIncomplete)
        let role = questionnaire.roles.isEmpty ? options.defaultRole : (questionnaire.role(options.defaultRole)?.id ?? questionnaire.roles[0].id)
        let (sets, warnings) = try SurveyImport.population(export, path: path, questionnaire: questionnaire, mapping: mapping,
                                                           organisationColumn: options.organisationColumn, date: options.date,
                                                           defaultRole: role)
        let engine = ScoringEngine(questionnaire: questionnaire, rubrics: questionnaire.rubrics.compactMap { library.rubric($0) })
        return (sets.map { engine.score($0, keepResponses: false) }, engine, warnings)
    }

    /// Scores the client's answers file and places it against the population.
    public static func run(client clientPath: String, options: Options, libraryFolders: [String]) throws -> Result {
        let (cards, engine, warnings) = try population(options, libraryFolders: libraryFolders)
        let (answers, clientWarnings) = try ContentSources.answers(path: clientPath, reading: AnswerFileOptions(date: options.date), libraryFolders: libraryFolders)
        guard answers.questionnaire == engine.questionnaire.id else {
            throw FileAccess.Failure(description: "\(clientPath): error: the client answered '\(answers.questionnaire)', the population '\(engine.questionnaire.id)'; benchmark answers to one questionnaire")
        }
        let client = engine.score(answers, keepResponses: false)
        do {
            return Result(benchmark: try PopulationBenchmark(client: client, population: cards), warnings: warnings + clientWarnings)
        } catch {
            throw FileAccess.Failure(description: "\(options.populationPath): error: \(error.description)")
        }
    }
}
