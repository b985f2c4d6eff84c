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
