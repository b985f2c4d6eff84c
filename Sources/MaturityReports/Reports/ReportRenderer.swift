import MaturityKit

/// Renders the five report kinds to HTML, Markdown, JSON or CSV.
///
/// HTML is one self-contained file: inline CSS, inline SVG charts, no
/// script, no external request, and a print style sheet for A4. HTML and
/// Markdown come from Mustache templates (`ReportTemplates`), which a brand
/// may replace; every piece of text that came from a user is escaped for the
/// output format. The same input always gives the same bytes.
public struct ReportRenderer: Sendable, RendersFormats {
    /// HTML first: the report to read; PDF is printed from it by the command line.
    public static let formats: [OutputFormat] = [.html, .md, .json, .csv]

    public var brand: Brand
    public var templates: ReportTemplates
    /// Replace organisation names with "Organisation A", "B", … and leave
    /// out respondents' names.
    public var anonymise: Bool
    /// The keyed hash that orders an anonymised portfolio's organisations.
    public var anonymisationHash: KeyedHash
    /// Ids, date style and respondents (`--show-ids`, `--locale`, `--respondents`).
    public var options: ReportOptions

    /// - Parameters:
    ///   - brand: its `logo` must already be a data URI (the command line
    ///     inlines a file); anything else is left out.
    ///   - anonymisationKey: the passphrase that keys the order of an
    ///     anonymised portfolio; nil draws a key at random, so two runs
    ///     letter the organisations differently.
    public init(brand: Brand = Brand(), templates: ReportTemplates, anonymise: Bool = false, anonymisationKey: String? = nil, options: ReportOptions = ReportOptions()) {
        self.brand = brand
        self.templates = templates
        self.anonymise = anonymise
        self.anonymisationHash = anonymisationKey.map(KeyedHash.init(passphrase:)) ?? .random()
        self.options = options
    }

    /// A renderer with the built-in templates.
    public init(brand: Brand = Brand(), anonymise: Bool = false, anonymisationKey: String? = nil, options: ReportOptions = ReportOptions()) throws(ReportError) {
        self.init(brand: brand, templates: try ReportTemplates(), anonymise: anonymise, anonymisationKey: anonymisationKey, options: options)
    }

    /// - Throws: `ReportError.unsupportedFormat` for a format not in `formats`.
    public func render(_ subject: ReportSubject, as format: OutputFormat) throws -> String {
        let text = try renderRaw(subject, as: format)
        return format == .md ? ReportRenderer.tidyMarkdown(ReportRenderer.plainDates(text)) : text
    }

    /// Markdown with the dates' no-break spaces and hyphens (`ReportDates`)
    /// as plain ones: a wiki wraps Markdown as it likes, and plain text is
    /// what a reader searches for.
    static func plainDates(_ text: String) -> String {
        text.replacingOccurrences(of: ReportDates.space, with: " ").replacingOccurrences(of: ReportDates.hyphen, with: "-")
    }

    /// Markdown with runs of blank lines (left where optional sections were
    /// empty) collapsed to one, and exactly one final newline.
    static func tidyMarkdown(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private func renderRaw(_ subject: ReportSubject, as format: OutputFormat) throws -> String {
        let unsupported = ReportError.unsupportedFormat(kind: subject.kind.rawValue, format: format.rawValue)
        let subject = anonymise ? ReportRenderer.anonymised(subject, hash: anonymisationHash) : subject
        switch subject {
        case let .assessment(card, rubrics, profile):
            // Anonymised, nobody is named: a respondent's id may be their name.
            var options = options
            if anonymise && options.respondents == .named { options.respondents = .roles }
            let view = AssessmentView(card: card, rubrics: rubrics, profile: profile, brand: brand, options: options)
            switch format {
            case .html, .md: return templates.render(view, template: "assessment.\(format.rawValue)")
            case .json: return try JSONOutput.encode(ReportJSON.assessment(card, view))
            case .csv:
                let gaps = profile.map { GapAnalysis.gaps(card, rubrics: rubrics, profile: $0) } ?? []
                return ReportCSV.assessment(card, gaps: gaps)
            case .text, .yaml, .pdf: throw unsupported
            }
        case let .executive(card, roadmap, rubrics):
            let view = ExecutiveView(card: card, roadmap: roadmap, rubrics: rubrics, brand: brand, options: options)
            switch format {
            case .html, .md: return templates.render(view, template: "executive.\(format.rawValue)")
            case .json: return try JSONOutput.encode(ReportJSON.executive(card, roadmap, view))
            case .csv: return ReportCSV.executive(card, roadmap)
            case .text, .yaml, .pdf: throw unsupported
            }
        case let .roadmap(roadmap, rubrics):
            switch format {
            case .html, .md:
                return templates.render(RoadmapView(roadmap: roadmap, rubrics: rubrics, brand: brand, options: options), template: "roadmap.\(format.rawValue)")
            case .json: return try JSONOutput.encode(ReportJSON.roadmap(roadmap, rubrics: rubrics))
            case .csv: return PlanCSV.render(roadmap)
            case .text, .yaml, .pdf: throw unsupported
            }
        case .progress(let report):
            switch format {
            case .html, .md: return templates.render(ProgressView(report: report, brand: brand, options: options), template: "progress.\(format.rawValue)")
            case .json: return try JSONOutput.encode(ReportJSON.progress(report))
            case .csv: return ReportCSV.progress(report)
            case .text, .yaml, .pdf: throw unsupported
            }
        case .portfolio(let portfolio):
            switch format {
            case .html, .md:
                return templates.render(PortfolioView(portfolio: portfolio, anonymised: anonymise, brand: brand, options: options),
                                        template: "portfolio.\(format.rawValue)")
            case .json: return try JSONOutput.encode(ReportJSON.portfolio(portfolio, anonymised: anonymise))
            case .csv: return ReportCSV.portfolio(portfolio, anonymised: anonymise)
            case .text, .yaml, .pdf: throw unsupported
            }
        }
    }

    /// The subject with no organisation or respondent named: a portfolio's
    /// organisations become "Organisation A", "B", … in the order of `hash`,
    /// dated to the quarter, small groups suppressed (`Portfolio.anonymised`);
    /// a single organisation
    /// becomes "Organisation A". Notes and evidence are the consultant's to
    /// check: they are kept.
    static func anonymised(_ subject: ReportSubject, hash: KeyedHash) -> ReportSubject {
        let name = "Organisation A"
        func card(_ card: Scorecard) -> Scorecard {
            var copy = card
            copy.organisation = name
            copy.respondents = copy.respondents.map { var r = $0; r.name = nil; return r }
            return copy
        }
        switch subject {
        case let .assessment(scorecard, rubrics, profile):
            var profile = profile
            profile?.organisation = name
            return .assessment(card(scorecard), rubrics: rubrics, profile: profile)
        case let .executive(scorecard, roadmap, rubrics):
            var roadmap = roadmap
            roadmap.organisation = name
            return .executive(card(scorecard), roadmap, rubrics: rubrics)
        case let .roadmap(roadmap, rubrics):
            var roadmap = roadmap
            roadmap.organisation = name
            return .roadmap(roadmap, rubrics: rubrics)
        case .progress(let report):
            var report = report
            report.organisation = name
            return .progress(report)
        case .portfolio(let portfolio):
            return .portfolio(portfolio.anonymised(hash: hash))
        }
    }
}
