import ArgumentParser
import MaturityKit
import MaturityUseCases
import MaturityReports
import MaturityStore

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an assessment, executive, roadmap, progress or portfolio report.",
        discussion: """
        From files (--answers, --profile) or from the workspace (--org, --assessment, --db). \
        Kinds: assessment (scores, level descriptors, coverage, dissent, every answer; \
        --profile, or in the workspace the current plan's profile, adds targets), \
        executive (one or two printed pages) and roadmap (phases, objectives, measures, \
        staffing, backlog): from files they need --profile; in the workspace they show \
        the organisation's accepted plan, or plan afresh with --profile. \
        progress (objectives and readings over time, as of --as-of; workspace only). \
        portfolio (organisations side by side: give --answers once per assessment, or \
        nothing to compare every organisation of the workspace). \
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
    var format: FormatOption<ReportCommandFormats> = .init(.html)

    @Option(name: .customLong("output"), help: ArgumentHelp("Write to this file instead of standard output (required for pdf).", valueName: "file"))
    var output: String?

    @Option(name: .customLong("brand"), help: ArgumentHelp("A brand file (format: ospo/brand@1): name, logo, colours, confidentiality line, templates.", valueName: "file"))
    var brand: String?

    @Flag(name: [.customLong("anonymise"), .customLong("anonymize")], help: "Name no client: organisations become \"Organisation A\", \"B\", …; respondents' names are left out.")
    var anonymise = false

    @Option(name: .customLong("anonymise-key"), help: ArgumentHelp("With --anonymise: the passphrase that orders and letters a portfolio's organisations (default $OSPO_ANONYMISE_KEY, else a random one per run).", valueName: "key"))
    var anonymiseKey: String?

    @OptionGroup var selection: AssessmentSelection
    @OptionGroup var workspace: WorkspaceOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("For the progress report: the day to report as of (YYYY-MM-DD; default today).", valueName: "date"),
            transform: { text in
                guard let date = CalendarDate(iso: text) else { throw ValidationError("--as-of takes YYYY-MM-DD, found '\(text)'") }
                return date
            })
    var asOf: CalendarDate?

    @OptionGroup var presentation: ReportPresentationOptions
    @OptionGroup var library: LibraryOptions
    @OptionGroup var csv: CSVAnswerOptions

    /// Whether the report is made from the workspace rather than from files:
    /// `--org` or `--assessment`, or a portfolio without `--answers`.
    var readsWorkspace: Bool { selection.isGiven || (kind == .portfolio && answers.isEmpty) }

    /// Where the report's data comes from.
    func input() throws -> ReportInput {
        guard readsWorkspace else { return .files(answers: answers, profile: profile) }
        return .workspace(try workspace.open(.read), organisation: selection.organisation, assessment: selection.assessmentId,
                          profile: profile, asOf: asOf ?? Today.date)
    }

    func run() async throws {
        try await runReportingFailures {
            let (brandValue, templates) = try brand.map(BrandFiles.load) ?? (Brand(), try ReportTemplates())
            let build = try ReportSubjects.make(kind, from: try input(), libraryFolders: library.folders, reading: csv.reading())
            build.warnings.forEach { Console.err($0) }
            let subject = build.subject
            let renderer = ReportRenderer(brand: brandValue, templates: templates, anonymise: anonymise, anonymisationKey: anonymisationKey, options: presentation.options)
            let text: String
            do {
                // pdf is printed from the html.
                text = try renderer.render(subject, as: format.format == .pdf ? .html : format.format)
            } catch let error as ReportError {
                throw CommandFailure(error.description)
            }
            if format.format == .pdf, let output {
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

extension ReportKind: ExpressibleByArgument {}
