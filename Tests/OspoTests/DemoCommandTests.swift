import Foundation
import Testing

/// `ospo demo` through the built binary, run from an empty folder with no
/// Chromium on the PATH (the PDFs are checked by CI's render script and by
/// the page-count test): the workspace it builds, the reports it writes, a
/// second run, and the sample reports committed under `samples/reports/`.
struct DemoCommandTests {
    /// One demo run shared by the tests that only read what it made.
    struct Run {
        let folder: URL
        let result: CommandLineTests.Result
        var demo: URL { folder.appendingPathComponent("ospo-demo") }
        var reports: URL { demo.appendingPathComponent("reports") }
        var db: String { demo.appendingPathComponent("ospo.sqlite").path }
    }

    static let shared: Result<Run, Error> = Result { try runDemo() }

    /// Runs `ospo demo` with no `--output` in a new empty folder, with a PATH
    /// that holds no Chromium.
    static func runDemo(arguments: [String] = []) throws -> Run {
        let folder = try CommandLineTests.temporaryFolder()
        let noTools = folder.appendingPathComponent("no-tools")
        try FileManager.default.createDirectory(at: noTools, withIntermediateDirectories: true)
        let result = try run(["demo"] + arguments, in: folder, path: noTools.path)
        return Run(folder: folder, result: result)
    }

    static func run(_ arguments: [String], in folder: URL, path: String) throws -> CommandLineTests.Result {
        let process = Process()
        process.executableURL = try CommandLineTests.binary
        process.arguments = arguments
        process.environment = ["PATH": path]
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
    }

    static let reportNames = [
        "northwind-agency-executive", "northwind-agency-assessment", "northwind-agency-roadmap", "northwind-agency-progress",
        "kestrel-logistics-executive", "kestrel-logistics-assessment", "kestrel-logistics-roadmap",
        "quillfeather-software-executive", "quillfeather-software-assessment", "quillfeather-software-roadmap",
        "portfolio", "portfolio-anonymised",
    ]

    @Test func writesEveryReportKindAsHTMLAndMarkdownWithAnIndex() throws {
        let run = try Self.shared.get()
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let made = Set(try FileManager.default.contentsOfDirectory(atPath: run.reports.path))
        var expected: Set<String> = ["index.html", "index.md"]
        for name in Self.reportNames { expected.formUnion(["\(name).html", "\(name).md"]) }
        #expect(made == expected)
        #expect(run.result.stdout.hasPrefix("Made the ospo demo in ospo-demo:"))
        #expect(run.result.stdout.contains("12 reports in 24 files (HTML and Markdown), and index.html listing them:"))
        #expect(run.result.stdout.contains("No PDFs: headless Chromium is not installed (Debian package 'chromium')"))
        #expect(run.result.stdout.contains("Open ospo-demo/reports/index.html in a web browser"))
        let index = try String(contentsOf: run.reports.appendingPathComponent("index.html"), encoding: .utf8)
        for name in Self.reportNames {
            #expect(index.contains("href=\"\(name).html\""), "the index does not link \(name).html")
        }
        let executive = try String(contentsOf: run.reports.appendingPathComponent("kestrel-logistics-executive.md"), encoding: .utf8)
        #expect(executive.hasPrefix("# Executive summary: Kestrel Logistics Group"))
        let anonymous = try String(contentsOf: run.reports.appendingPathComponent("portfolio-anonymised.html"), encoding: .utf8)
        for name in ["Northwind", "Kestrel", "Quillfeather"] { #expect(!anonymous.contains(name)) }
    }

    @Test func theWorkspaceHoldsTheThreeClientsWithSectorsAssessmentsAndPlans() throws {
        let run = try Self.shared.get()
        let organisations = try CommandLineTests.run(["org", "list", "--db", run.db, "--format", "json"])
        #expect(organisations.status == 0, "\(organisations.stderr)")
        for (name, sector) in [("Northwind Agency", "Public sector"), ("Kestrel Logistics Group", "Private sector"), ("Quillfeather Software", "Private sector")] {
            #expect(organisations.stdout.contains(name) && organisations.stdout.contains(sector), "\(name) (\(sector)) is missing")
        }
        let assessments = try CommandLineTests.run(["assessment", "list", "--db", run.db])
        let lines = assessments.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines.contains { $0.contains("northwind-agency  2025-11-10") && $0.contains("closed  baseline") })
        #expect(lines.contains { $0.contains("northwind-agency  2026-11-09") && $0.contains("open  reassessment") })
        for slug in ["northwind-agency", "kestrel-logistics", "quillfeather-software"] {
            let objectives = try CommandLineTests.run(["objective", "list", "--org", slug, "--db", run.db])
            #expect(objectives.status == 0, "\(slug) has no accepted plan: \(objectives.stderr)")
            #expect(!objectives.stdout.isEmpty)
        }
    }

    /// Northwind's year as of 15 November 2027, objective by objective. The
    /// statuses follow from the readings by the rules of docs/reports.md; the
    /// arithmetic is worked out for the ones that are not plainly done.
    @Test func northwindsYearGivesEveryStatus() throws {
        let run = try Self.shared.get()
        let result = try CommandLineTests.run(["report", "progress", "--org", "northwind-agency", "--as-of", "2027-11-15",
                                               "--format", "json", "--db", run.db])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let objectives = try #require(json["objectives"] as? [[String: Any]])
        var statuses: [String: String] = [:]
        for objective in objectives {
            if let id = objective["id"] as? String, let status = objective["status"] as? String { statuses[id] = status }
        }
        let expected: [String: String] = [
            // Marked done by the OSPO lead, their last readings at or past the target.
            "supply-chain.dependency-alerts": "done", "business-value.usage-inventory": "done",
            "oss-evaluation.past-choices-review": "done", "business-value.needs-interviews": "done",
            "skills.effort-baseline": "done", "ospo-design.charter": "done", "supply-chain.exposure-drill": "done",
            "oss-evaluation.pilot-criteria": "done", "sovereignty.source-code-clauses": "done",
            "license-compliance.obligations-matrix": "done", "supply-chain.security-contact": "done",
            "metrics.activity-baseline": "done",
            "collaboration.internal-visibility": "dropped",
            // Due 3 January 2028. Readings 35, 48, 61, 62, 63 on days 0, 35, 70, 161 and 224 from
            // 26 March: mean day 98, mean value 53.8; Σ(x − x̄)(y − ȳ) = 3,682, Σ(x − x̄)² = 34,202,
            // slope 0.1077 a day; on day 283 the line reads 53.8 + 0.1077 × 185 = 73.7;
            // (73.7 − 35) / (80 − 35) = 0.86 of the way: at risk.
            "skills.skills-inventory": "at-risk",
            // Due 3 July, still open on 15 November: overdue (latest 86 of 90).
            "sovereignty.open-first-procurement": "overdue",
            // Due 3 January 2028 now (phase 4, was 3 October): the trend of its readings
            // reaches both targets in time.
            "supply-chain.vulnerability-procedure": "on-track",
            // Due 3 October, still open: overdue (latest 70 of 80).
            "oss-evaluation.selection-checklist": "overdue",
            // Due 3 April, still open: overdue (latest 46 of 85).
            "policy.contribution-policy": "overdue",
            // Due 3 October, no reading, still planned: overdue.
            "training.role-curricula": "overdue",
            // Due 3 January 2028. Days to decide: 8 and 6.5, two readings, too few for a forecast.
            "oss-evaluation.intake-route": "no-data",
            // Due 3 January 2028. Staffed 33, 40, 45 on days 0, 14 and 26 from 15 October: mean
            // day 13.33, mean value 39.33; Σ(x − x̄)(y − ȳ) = 156.67, Σ(x − x̄)² = 338.67, slope
            // 0.4626 a day; on day 80 the line reads 39.33 + 0.4626 × 66.67 = 70.2;
            // (70.2 − 33) / (100 − 33) = 0.56 of the way: off track.
            "ospo-design.operating-model": "off-track",
            // Due 3 October, one reading of 4 of 15: overdue.
            "community.critical-projects": "overdue",
        ]
        #expect(statuses == expected)
    }

    /// A folder name with a space and a quote: the commands the demo suggests
    /// quote it, so they can be pasted into a shell.
    @Test func aSecondRunRefusesAndLeavesTheWorkspaceAlone() throws {
        let name = "Sam's demo"
        let run = try Self.runDemo(arguments: ["--output", name])
        defer { try? FileManager.default.removeItem(at: run.folder) }
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.result.stdout.contains("  ospo progress northwind-agency --db 'Sam'\\''s demo/ospo.sqlite' --as-of 2027-11-15\n"))
        let db = run.folder.appendingPathComponent("\(name)/ospo.sqlite")
        let before = try Data(contentsOf: db)
        let again = try Self.run(["demo", "--output", name], in: run.folder, path: "/nonexistent")
        #expect(again.status == 1)
        #expect(again.stderr.contains("error: Sam's demo already holds a demo workspace (Sam's demo/ospo.sqlite), which the demo never overwrites; remove the folder (rm -r 'Sam'\\''s demo') or choose another with --output DIR"))
        #expect(try Data(contentsOf: db) == before)
    }

    /// The same binary writes the same reports on every run: all dates are fixed.
    @Test func twoRunsWriteTheSameReports() throws {
        let first = try Self.shared.get()
        let second = try Self.runDemo()
        defer { try? FileManager.default.removeItem(at: second.folder) }
        #expect(second.result.status == 0, "\(second.result.stderr)")
        for name in try FileManager.default.contentsOfDirectory(atPath: first.reports.path).sorted() {
            let a = try Data(contentsOf: first.reports.appendingPathComponent(name))
            let b = try Data(contentsOf: second.reports.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between two runs")
        }
    }

    /// samples/reports/ holds reports of the demo, linked from the README;
    /// they must be what the demo writes today. `OSPO_RECORD_GOLDEN=1`
    /// writes them anew (the screenshot is made by scripts/render-reports.sh).
    @Test(arguments: ["northwind-agency-executive.html", "northwind-agency-progress.html"])
    func sampleReportsAreCurrent(name: String) throws {
        let run = try Self.shared.get()
        let made = try Data(contentsOf: run.reports.appendingPathComponent(name))
        let committed = CommandLineTests.root.appendingPathComponent("samples/reports").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["OSPO_RECORD_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: committed.deletingLastPathComponent(), withIntermediateDirectories: true)
            try made.write(to: committed)
            return
        }
        let expected = try #require(FileManager.default.contents(atPath: committed.path),
                                    "samples/reports/\(name) is missing; run the tests with OSPO_RECORD_GOLDEN=1")
        #expect(made == expected, "samples/reports/\(name) is not what 'ospo demo' writes; run the tests with OSPO_RECORD_GOLDEN=1 and review the diff")
    }
}
