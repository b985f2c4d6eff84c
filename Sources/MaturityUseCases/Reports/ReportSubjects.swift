import MaturityKit
import MaturityReports
import MaturityStore

/// A report's subject, with the warnings found while building it (answers
/// read with problems that lost nothing, a plan that drifted).
public struct ReportBuild {
    public var subject: ReportSubject
    public var warnings: [String]
}

/// Builds a report's subject from its input.
public enum ReportSubjects {
    public static func make(_ kind: ReportKind, from input: ReportInput, libraryFolders: [String],
                            reading: AnswerFileOptions) throws -> ReportBuild {
        switch input {
        case let .workspace(workspace, organisation, assessment, profilePath, asOf):
            return try fromWorkspace(kind, workspace: workspace, organisation: organisation, assessment: assessment,
                                     profilePath: profilePath, asOf: asOf)
        case let .files(answerPaths, profilePath):
            let profile = try profilePath.map { try ContentLoader.loadProfile(try FileAccess.readText($0), path: $0) }
            var scored: [(Scorecard, [Rubric])] = []
            var warnings: [Diagnostic] = []
            for path in answerPaths {
                let (answers, readWarnings) = try ContentSources.answers(path: path, reading: reading, libraryFolders: libraryFolders)
                let (engine, diagnostics) = try ContentSources.resolve(answers, libraryFolders: libraryFolders)
                let card = engine.score(answers)
                warnings += readWarnings + diagnostics + card.warnings
                scored.append((card, engine.rubrics))
            }
            let shown = warnings.sortedForDisplay().map(\.description)
            guard let (card, rubrics) = scored.first else { throw UseCaseError.noAnswers }
            switch kind {
            case .assessment:
                if let profile { try checkProfile(profile, rubrics: rubrics) }
                return ReportBuild(subject: .assessment(card, rubrics: rubrics, profile: profile), warnings: shown)
            case .executive, .roadmap:
                guard let profile else { throw UseCaseError.profileNeeded(report: kind.rawValue) }
                let planner = try self.planner(rubrics: rubrics, libraryFolders: libraryFolders)
                let roadmap = try plan(card, planner: planner, profile: profile)
                return ReportBuild(subject: kind == .executive
                                       ? .executive(card, withScenarios(roadmap, planner: planner, card: card, profile: profile), rubrics: rubrics)
                                       : .roadmap(roadmap, rubrics: rubrics),
                                   warnings: shown)
            case .portfolio:
                // Answers of the same organisation are its assessments over time.
                var entries: [PortfolioEntry] = []
                for (card, _) in scored {
                    if let index = entries.firstIndex(where: { $0.organisation == card.organisation }) {
                        entries[index] = PortfolioEntry(organisation: card.organisation, group: entries[index].group,
                                                        scorecards: entries[index].scorecards + [card])
                    } else {
                        entries.append(PortfolioEntry(organisation: card.organisation, scorecards: [card]))
                    }
                }
                return ReportBuild(subject: .portfolio(Portfolio(entries: entries)), warnings: shown)
            case .progress:
                throw UseCaseError.progressNeedsWorkspace
            }
        }
    }

    /// A planner over the rubrics, with the roles of the library folders and the shipped content.
    static func planner(rubrics: [Rubric], libraryFolders: [String]) throws -> Planner {
        let roles = libraryFolders.isEmpty
            ? ContentSources.shippedLibrary.roles
            : try ContentSources.library(folders: libraryFolders).completed(with: ContentSources.shippedLibrary).roles
        return Planner(rubrics: rubrics, roles: roles)
    }

    static func plan(_ card: Scorecard, planner: Planner, profile: Profile) throws -> Roadmap {
        do {
            return try planner.plan(card, profile: profile)
        } catch {
            throw ContentError(error.diagnostics)
        }
    }

    /// The roadmap with its scenarios (capacity −25 % to +50 %, one and two
    /// more phases), which the executive summary shows as what more or less
    /// budget buys. The roadmap itself is unchanged.
    static func withScenarios(_ roadmap: Roadmap, planner: Planner, card: Scorecard, profile: Profile) -> Roadmap {
        var roadmap = roadmap
        roadmap.scenarios = ScenarioAnalysis.scenarios(planner: planner, scorecard: card, profile: profile)
        return roadmap
    }

    /// The profile's own checks (unknown dimensions, targets above the scale).
    static func checkProfile(_ profile: Profile, rubrics: [Rubric]) throws {
        let problems = LibraryValidator.validate(profile, rubrics: rubrics)
        if problems.hasErrors { throw ContentError(problems.errors) }
    }
}
