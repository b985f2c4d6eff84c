import ArgumentParser
import Foundation
import MaturityKit
import MaturityStore

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
            let manager = FileManager.default
            let database = (output as NSString).appendingPathComponent("ospo.sqlite")
            let reportsFolder = (output as NSString).appendingPathComponent("reports")
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: output, isDirectory: &isDirectory) && !isDirectory.boolValue {
                throw CommandFailure("\(output) is a file, not a folder; choose a folder for the demo with --output DIR")
            }
            if manager.fileExists(atPath: database) {
                throw CommandFailure("\(output) already holds a demo workspace (\(database)), which the demo never overwrites; remove the folder (rm -r \(Self.shellQuoted(output))) or choose another with --output DIR")
            }
            do {
                try manager.createDirectory(atPath: reportsFolder, withIntermediateDirectories: true)
            } catch {
                throw CommandFailure("cannot create \(reportsFolder); check that its parent folder exists and is writable")
            }
            let built: (Workspace, DemoWorkspace.Summary)
            do {
                built = try DemoWorkspace.build(at: database)
            } catch {
                // A half-built workspace would make the next run refuse: remove it.
                for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: database + suffix) }
                throw error
            }
            let (workspace, summary) = built
            let printPDF = Chromium.find() != nil
            Console.err(printPDF ? "writing the reports, and printing them to PDF with headless Chromium…" : "writing the reports…")
            let reports = try DemoReports.write(from: workspace, to: reportsFolder, printPDF: printPDF)
            Console.out(Self.message(output: output, database: database, reportsFolder: reportsFolder, summary: summary,
                                     reports: reports, printedPDF: printPDF))
        }
    }

    /// What the demo made and how to open it.
    static func message(output: String, database: String, reportsFolder: String, summary: DemoWorkspace.Summary,
                        reports: [DemoReports.Report], printedPDF: Bool) -> String {
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

    /// A path as a shell reads it back: as it is when it holds only safe
    /// characters, else in single quotes.
    static func shellQuoted(_ path: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./+=:,@%")
        if !path.isEmpty && path.allSatisfy({ safe.contains($0) }) { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
