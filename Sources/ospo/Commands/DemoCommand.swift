import ArgumentParser
import Foundation
import MaturityKit
import MaturityUseCases

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a workspace of three fictional clients and write every report kind.",
        discussion: """
        Needs nothing but the binary: the sample clients are built in. Creates DIR \
        (default ./ospo-demo) with a workspace, ospo.sqlite, holding Northwind Agency \
        (two assessments, an accepted roadmap and a year of objective statuses and \
        measure readings), Kestrel Logistics Group and Quillfeather Software (an \
        assessment and an accepted roadmap each); then writes their reports to \
        DIR/reports as HTML and Markdown, and as PDF when headless Chromium is \
        installed, with an index.html to open. Every date is fixed, so the reports \
        are the same on every run. A folder that already holds a workspace is left \
        untouched: remove it or choose another with --output.
        """
    )

    @Option(name: .customLong("output"), help: ArgumentHelp("The folder to create the demo in.", valueName: "dir"))
    var output: String = "ospo-demo"

    func run() async throws {
        try await runReportingFailures {
            let printPDF = Chromium.find() != nil
            let outcome = try DemoBuild.run(in: output, printPDF: printPDF ? { try Chromium.printPDF(html: $0, to: $1) } : nil) {
                Console.err(printPDF ? "writing the reports, and printing them to PDF with headless Chromium…" : "writing the reports…")
            }
            Console.out(Self.message(output: output, outcome: outcome, printedPDF: printPDF))
        }
    }

    /// What the demo made and how to open it.
    static func message(output: String, outcome: DemoBuild.Outcome, printedPDF: Bool) -> String {
        let (database, reportsFolder, summary, reports) = (outcome.database, outcome.reportsFolder, outcome.summary, outcome.reports)
        let files = reports.reduce(0) { $0 + $1.formats.count }
        let index = (reportsFolder as NSString).appendingPathComponent("index.html")
        let db = shellQuoted(database)
        var lines = [
            "Made the ospo demo in \(output):",
            "",
            "  \(database)",
            "      a workspace with \(summary.organisations) fictional clients, \(summary.assessments) assessments and \(summary.plans) accepted roadmaps (\(summary.objectives) objectives);",
            "      Northwind Agency's first year on its roadmap: \(summary.statusChanges) status changes and \(summary.readings) measure readings, to \(DemoReports.longDate(NorthwindYear.asOf))",
            "  \(reportsFolder)/",
            "      \(reports.count) reports in \(files) files (\(printedPDF ? "HTML, Markdown and PDF" : "HTML and Markdown")), and index.html listing them:",
        ]
        for report in reports {
            lines.append("      \(report.name).{\(report.formats.joined(separator: ","))}")
        }
        if !printedPDF {
            lines += ["", "No PDFs: headless Chromium is not installed (Debian package 'chromium'). Print the HTML from a browser, or install it and run the demo again in a new folder."]
        }
        lines += [
            "",
            "Open \(shellQuoted(index)) in a web browser (xdg-open on Linux, open on macOS) to read the reports.",
            "Then try the workspace:",
            "  ospo progress northwind-agency --db \(db) --as-of \(NorthwindYear.asOf)",
            "  ospo objective list --org northwind-agency --db \(db)",
            "  ospo report executive --org kestrel-logistics --db \(db) --format md",
            "  ospo report portfolio --db \(db) --anonymise --output portfolio.html",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func shellQuoted(_ path: String) -> String { DemoBuild.shellQuoted(path) }
}
