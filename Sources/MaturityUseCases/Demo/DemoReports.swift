import Foundation
import MaturityKit
import MaturityReports
import MaturityStore

/// Writes the demo's reports from its workspace: for each client the
/// executive summary, the assessment and the roadmap, Northwind's progress
/// report as of `NorthwindYear.asOf`, and the portfolio of the three clients,
/// named and anonymised; each as HTML and Markdown, and as PDF when asked.
/// Then an index of them all (`index.html`, `index.md`).
public enum DemoReports {
    /// One report written, in every format it was written in.
    public struct Report: Sendable {
        /// The section of the index it is listed in: the organisation, or "Portfolio".
        public var section: String
        public var kind: ReportKind
        public var title: String
        /// The file name without extension, such as `northwind-agency-executive`.
        public var name: String
        /// The extensions written: `html`, `md`, and `pdf` when printed.
        public var formats: [String]
    }

    /// Writes every report into `folder` (which must exist) and returns them
    /// in the order of the index.
    static func write(from workspace: any WorkspaceStore, to folder: String, printPDF: DemoBuild.PDFPrinter?) throws -> [Report] {
        var reports: [Report] = []
        let renderer = try ReportRenderer()
        func write(_ subject: ReportSubject, section: String, title: String, name: String,
                   with renderer: ReportRenderer) throws {
            let html = try renderer.render(subject, as: .html)
            try FileAccess.write(html, to: path(folder, "\(name).html"))
            try FileAccess.write(try renderer.render(subject, as: .md), to: path(folder, "\(name).md"))
            var formats = ["html", "md"]
            if let printPDF {
                try printPDF(html, path(folder, "\(name).pdf"))
                formats.append("pdf")
            }
            reports.append(Report(section: section, kind: subject.kind, title: title, name: name, formats: formats))
        }
        for client in DemoClient.all {
            let organisation = try workspace.organisation(client.slug)
            var kinds: [ReportKind] = [.executive, .assessment, .roadmap]
            if client.slug == "northwind-agency" { kinds.append(.progress) }
            for kind in kinds {
                let subject = try ReportSubjects.fromWorkspace(kind, workspace: workspace, organisation: client.slug, assessment: nil,
                                                               profilePath: nil, asOf: NorthwindYear.asOf).subject
                try write(subject, section: organisation.name, title: kind.title, name: "\(client.slug)-\(kind.rawValue)", with: renderer)
            }
        }
        let portfolio = ReportSubject.portfolio(try workspace.portfolio())
        try write(portfolio, section: "Portfolio", title: "Portfolio", name: "portfolio", with: renderer)
        try write(portfolio, section: "Portfolio", title: "Portfolio, anonymised", name: "portfolio-anonymised",
                  // A fixed key, so that the demo writes the same bytes on every run.
                  with: try ReportRenderer(anonymise: true, anonymisationKey: "ospo demo"))
        let index = self.index(reports)
        try FileAccess.write(index.html(), to: path(folder, "index.html"))
        try FileAccess.write(index.markdown(), to: path(folder, "index.md"))
        return reports
    }

    /// What each report shows, for the index.
    static func summary(of report: Report) -> String {
        switch (report.kind, report.name.hasSuffix("-anonymised")) {
        case (.executive, _):
            return "For leadership, on two printed pages: the decision asked for and its cost, where the organisation stands and where the plan takes it, the five largest gaps, what more or less budget buys, and the roadmap at a glance."
        case (.assessment, _):
            return "Every dimension's score, what its level means and what the next one requires, coverage and dissent, strengths and gaps, and every answer in an appendix."
        case (.roadmap, _):
            return "The phases with dates, objectives with measures and targets, roles, dependencies, staffing, and the backlog with reasons."
        case (.progress, _):
            return "A year on the roadmap as of \(longDate(NorthwindYear.asOf)): each objective's status from its readings, measure trends against targets and forecasts, maturity over both assessments."
        case (.portfolio, false):
            return "The three clients side by side per dimension, with the average of each sector."
        case (.portfolio, true):
            return "The same portfolio naming no client (--anonymise), to show one client how it compares with others."
        }
    }

    static func index(_ reports: [Report]) -> ReportIndex {
        var sections: [ReportIndex.Section] = []
        for report in reports {
            let entry = ReportIndex.Entry(title: report.title, summary: summary(of: report),
                                          files: report.formats.map { (label: label($0), path: "\(report.name).\($0)") })
            if let last = sections.indices.last, sections[last].title == report.section {
                sections[last].entries.append(entry)
            } else {
                sections.append(ReportIndex.Section(title: report.section, entries: [entry]))
            }
        }
        return ReportIndex(
            title: "ospo demo: reports of three fictional clients",
            introduction: """
            Northwind Agency (public sector, assessed in November 2025 and again in November 2026, \
            with a year on its roadmap), Kestrel Logistics Group and Quillfeather Software \
            (assessed in autumn 2026, roadmaps accepted). Every organisation, person and figure \
            is invented. The reports come from the workspace ../ospo.sqlite, which the ospo commands open with --db.
            """,
            sections: sections)
    }

    private static func label(_ format: String) -> String {
        switch format {
        case "html": return "HTML"
        case "md": return "Markdown"
        case "pdf": return "PDF"
        default: return format
        }
    }

    /// `15 November 2027`.
    public static func longDate(_ date: CalendarDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        return "\(date.day) \(months[max(0, min(11, date.month - 1))]) \(date.year)"
    }

    private static func path(_ folder: String, _ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }
}
