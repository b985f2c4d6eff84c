import Foundation
import MaturityKit
import MaturityReports
import MaturityStore

/// The reports of the web: the executive summary and roadmap shown to read,
/// every report of an organisation to download, and the portfolio. Each is
/// built and rendered as `ospo report KIND --db … --org …` builds and renders
/// it (`ReportSubjects.fromWorkspace`, `ReportRenderer` with the built-in
/// templates and no brand), so a download is byte for byte the file the
/// command line writes with `--output` for the same options.
extension TeamDesk {
    /// The reports an organisation's pages offer, in the order the reports
    /// page lists them (the portfolio is the workspace's, on its own page).
    public static let organisationReports: [ReportKind] = [.assessment, .executive, .roadmap, .progress]

    /// The formats every report is written in; pdf is printed from the html
    /// when the server has headless Chromium (`pdfAvailable`).
    public static let reportFormats: [OutputFormat] = ReportRenderer.formats + [.pdf]

    /// Whether this server can print PDF (headless Chromium on its PATH).
    public var pdfAvailable: Bool { Chromium.find() != nil }

    /// The action whose yes shows `kind` on its own page: the viewer's
    /// executive summary, roadmap and progress report, and the portfolio.
    /// Any organisation report may also be taken under `downloadReports`.
    public static func viewingAction(of kind: ReportKind) -> WorkspaceAction? {
        switch kind {
        case .executive: .viewExecutiveSummary
        case .roadmap: .viewRoadmap
        case .progress: .viewProgress
        case .portfolio: .viewPortfolio
        case .assessment: nil
        }
    }

    /// Which of the organisation's reports can be made now, each with the
    /// command line's reason when it cannot (no assessment, no accepted roadmap).
    public func reportAvailability(under yes: Authorised) throws -> [ReportAvailability] {
        try yes.require(.downloadReports)
        let slug = try yes.organisationSlug()
        return Self.organisationReports.map { kind in
            do {
                _ = try build(kind, organisation: slug, asOf: nil)
                return ReportAvailability(kind: kind, problem: nil)
            } catch {
                return ReportAvailability(kind: kind, problem: "\(error)")
            }
        }
    }

    /// One report of the organisation of `yes` (or, for the portfolio, of
    /// the whole workspace) in `format`, as `ospo report` writes it.
    ///
    /// - Parameters:
    ///   - options: `--show-ids`, `--locale`, `--respondents`.
    ///   - asOf: the progress report's day (`--as-of`); nil for today.
    /// - Throws: `TeamError.notFound` when `yes` is neither `downloadReports`
    ///   nor the report's own viewing action (and for the portfolio, which
    ///   only `viewPortfolio` shows); the command line's errors otherwise.
    public func report(_ kind: ReportKind, as format: OutputFormat, options: ReportOptions = ReportOptions(),
                       asOf: CalendarDate? = nil, under yes: Authorised) throws -> WebReport {
        if kind == .portfolio {
            try yes.require(.viewPortfolio)
        } else if yes.action != .downloadReports {
            guard let viewing = Self.viewingAction(of: kind) else { throw TeamError.notFound }
            try yes.require(viewing)
        }
        guard Self.reportFormats.contains(format) else {
            throw ReportError.unsupportedFormat(kind: kind.rawValue, format: format.rawValue)
        }
        let slug = kind == .portfolio ? nil : try yes.organisationSlug()
        let built = try build(kind, organisation: slug, asOf: asOf)
        let renderer = ReportRenderer(templates: try ReportTemplates(), options: options)
        // pdf is printed from the html, as the command line prints it.
        let text = try renderer.render(built.subject, as: format == .pdf ? .html : format)
        let bytes = format == .pdf ? try Chromium.printPDF(html: text) : Data(text.utf8)
        let stem = slug.map { "\($0)-\(kind.rawValue)" } ?? kind.rawValue
        return WebReport(kind: kind, format: format, bytes: bytes, filename: "\(stem).\(format.rawValue)", warnings: built.warnings)
    }

    /// The report's subject, as the command line builds it for `--org`;
    /// the two gaps a reader of the web meets said in the web's words.
    private func build(_ kind: ReportKind, organisation slug: String?, asOf: CalendarDate?) throws -> ReportBuild {
        do {
            return try ReportSubjects.fromWorkspace(kind, workspace: workspace, organisation: slug, assessment: nil, profilePath: nil,
                                                    asOf: asOf ?? workspace.fixedToday ?? CalendarDate(Date()))
        } catch UseCaseError.noAcceptedRoadmap {
            throw ReportGap.noAcceptedRoadmap(organisation: try organisationName(slug), report: kind.title.lowercased())
        } catch WorkspaceError.noAssessmentYet {
            throw ReportGap.noAssessment(organisation: try organisationName(slug))
        }
    }

    private func organisationName(_ slug: String?) throws -> String {
        try workspace.organisations().first { $0.slug == slug }?.name ?? slug ?? ""
    }
}
