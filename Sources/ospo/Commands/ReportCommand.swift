import ArgumentParser
import Foundation
import MaturityKit
import MaturityReports

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an assessment, executive, roadmap or portfolio report.",
        discussion: """
        Kinds: assessment (scores, level descriptors, coverage, dissent, every answer; \
        --profile adds targets), executive (one or two printed pages; needs --profile), \
        roadmap (phases, objectives, measures, staffing, backlog; needs --profile), \
        portfolio (organisations side by side; give --answers once per assessment), \
        progress (objectives and readings over time; needs the workspace). \
        Formats: html (one self-contained file), md, json, csv, and pdf (printed \
        from the HTML by headless Chromium; needs --output). See docs/reports.md.
        """
    )

    @Argument(help: ArgumentHelp("The report: \(ReportKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var kind: ReportKind

    @Option(name: .customLong("answers"), help: ArgumentHelp("Answers: YAML (format: ospo/answers@1) or long CSV; repeat for a portfolio.", valueName: "file"))
    var answers: [String] = []

    @Option(name: .customLong("profile"), help: ArgumentHelp("Targets and planning capacity (format: ospo/profile@1).", valueName: "file"))
    var profile: String?

    @Option(help: "Output format.")
    var format: ReportFormatOption = .html

    @Option(name: .customLong("output"), help: ArgumentHelp("Write to this file instead of standard output (required for pdf).", valueName: "file"))
    var output: String?

    @Option(name: .customLong("brand"), help: ArgumentHelp("A brand file (format: ospo/brand@1): name, logo, colours, confidentiality line, templates.", valueName: "file"))
    var brand: String?

    @Flag(name: [.customLong("anonymise"), .customLong("anonymize")], help: "Name no client: organisations become \"Organisation A\", \"B\", …; respondents' names are left out.")
    var anonymise = false

    @OptionGroup var library: LibraryOptions
    @OptionGroup var csv: CSVAnswerOptions

    /// Where the report's data comes from. The workspace (`--org`,
    /// `--assessment`) adds its own case here.
    var input: ReportInput { .files(answers: answers, profile: profile) }

    func validate() throws {
        if answers.isEmpty {
            throw ValidationError("give the answers to report on with --answers FILE")
        }
        if answers.count > 1 && kind != .portfolio {
            throw ValidationError("the \(kind.rawValue) report takes one --answers file; only the portfolio takes several")
        }
        if (kind == .executive || kind == .roadmap) && profile == nil {
            throw ValidationError("the \(kind.rawValue) report needs targets and a plan: add --profile FILE")
        }
        if format == .pdf && output == nil {
            throw ValidationError("--format pdf writes a file: add --output FILE")
        }
    }

    func run() async throws {
        try await runReportingFailures {
            let (brandValue, templates) = try brand.map(BrandFiles.load) ?? (Brand(), try ReportTemplates())
            let subject = try ReportSubjects.make(kind, from: input, library: library, csv: csv)
            let renderer = ReportRenderer(brand: brandValue, templates: templates, anonymise: anonymise)
            let text: String
            do {
                text = try renderer.render(subject, as: format.textFormat)
            } catch let error as ReportError {
                throw CommandFailure(error.description)
            }
            if format == .pdf, let output {
                try Chromium.printPDF(html: text, to: output)
                Console.err("wrote \(output)")
            } else if let output {
                try FileAccess.write(text, to: output)
                Console.err("wrote \(output)")
            } else {
                Console.out(text)
            }
        }
    }
}

/// Where a report's data comes from.
enum ReportInput {
    /// Answers files, and optionally a profile (targets and plan).
    case files(answers: [String], profile: String?)
}

/// Builds a report's subject from its input.
enum ReportSubjects {
    static func make(_ kind: ReportKind, from input: ReportInput, library: LibraryOptions,
                     csv: CSVAnswerOptions) throws -> ReportSubject {
        switch input {
        case let .files(answerPaths, profilePath):
            let profile = try profilePath.map { try ContentLoader.loadProfile(try FileAccess.readText($0), path: $0) }
            var scored: [(Scorecard, [Rubric])] = []
            for path in answerPaths {
                let answers = try ContentSources.answers(path: path, csv: csv)
                let (engine, diagnostics) = try ContentSources.resolve(answers, libraryFolders: library.folders)
                let card = engine.score(answers)
                Console.print(diagnostics + card.warnings)
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

enum ReportFormatOption: String, ExpressibleByArgument, CaseIterable {
    case html, md, json, csv, pdf

    /// The text format rendered: pdf is printed from html.
    var textFormat: ReportFormat {
        switch self {
        case .html, .pdf: return .html
        case .md: return .md
        case .json: return .json
        case .csv: return .csv
        }
    }
}

extension ReportKind: ExpressibleByArgument {}
