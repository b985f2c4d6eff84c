import MaturityKit
import MaturityReports
import MaturityStore

/// Builds a report's subject from its input.
enum ReportSubjects {
    static func make(_ kind: ReportKind, from input: ReportInput, library: LibraryOptions,
                     csv: CSVAnswerOptions) throws -> ReportSubject {
        switch input {
        case let .workspace(workspace, organisation, assessment, profilePath, asOf):
            return try fromWorkspace(kind, workspace: workspace, organisation: organisation, assessment: assessment,
                                     profilePath: profilePath, asOf: asOf)
        case let .files(answerPaths, profilePath):
            let profile = try profilePath.map { try ContentLoader.loadProfile(try FileAccess.readText($0), path: $0) }
            var scored: [(Scorecard, [Rubric])] = []
            for path in answerPaths {
                let (answers, readWarnings) = try ContentSources.answers(path: path, csv: csv, libraryFolders: library.folders)
                let (engine, diagnostics) = try ContentSources.resolve(answers, libraryFolders: library.folders)
                let card = engine.score(answers)
                Console.print(readWarnings + diagnostics + card.warnings)
                scored.append((card, engine.rubrics))
            }
            guard let (card, rubrics) = scored.first else { throw CommandFailure("give the answers to report on with --answers FILE") }
            switch kind {
            case .assessment:
                if let profile { try checkProfile(profile, rubrics: rubrics) }
                return .assessment(card, rubrics: rubrics, profile: profile)
            case .executive, .roadmap:
                guard let profile else { throw CommandFailure("the \(kind.rawValue) report needs targets and a plan: add --profile FILE") }
                let roadmap = try plan(card, rubrics: rubrics, profile: profile, library: library)
                return kind == .executive ? .executive(card, roadmap, rubrics: rubrics) : .roadmap(roadmap, rubrics: rubrics)
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
                return .portfolio(Portfolio(entries: entries))
            case .progress:
                throw CommandFailure("the progress report needs objectives and measure readings over time, which only the workspace keeps; from files, use the assessment report (scores) or the portfolio report with several --answers files of the organisation")
            }
        }
    }

    static func plan(_ card: Scorecard, rubrics: [Rubric], profile: Profile, library: LibraryOptions) throws -> Roadmap {
        let roles = library.folders.isEmpty
            ? ContentSources.shippedLibrary.roles
            : try ContentSources.library(folders: library.folders).completed(with: ContentSources.shippedLibrary).roles
        do {
            return try Planner(rubrics: rubrics, roles: roles).plan(card, profile: profile)
        } catch {
            throw ContentError(error.diagnostics)
        }
    }

    /// The profile's own checks (unknown dimensions, targets above the scale).
    static func checkProfile(_ profile: Profile, rubrics: [Rubric]) throws {
        let problems = LibraryValidator.validate(profile, rubrics: rubrics)
        if problems.hasErrors { throw ContentError(problems.errors) }
    }
}
