import Foundation
import MaturityKit
import MaturityReports
import MaturityStore
@testable import MaturityUseCases
import Testing

/// `ospo demo` and `ospo benchmark-portfolio` as use cases, without the CLI.
@Suite struct DemoAndBenchmarkTests {
    @Test func theDemoBuildsTheWorkspaceAndWritesEveryReportAndTheIndex() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let demo = folder.url.appendingPathComponent("demo").path
        var announced = 0
        var printed: [String] = []
        let outcome = try DemoBuild.run(in: demo, printPDF: { _, path in printed.append((path as NSString).lastPathComponent) }) {
            announced += 1
        }
        #expect(announced == 1)
        #expect(outcome.database == demo + "/ospo.sqlite")
        // Three clients; Northwind twice (baseline, reassessment), the others once: 2 + 1 + 1 = 4 assessments.
        #expect(outcome.summary.organisations == 3)
        #expect(outcome.summary.assessments == 4)
        #expect(outcome.summary.plans == 3)
        // 3 clients × (executive, assessment, roadmap) + Northwind's progress + 2 portfolios = 12 reports.
        #expect(outcome.reports.count == 12)
        #expect(outcome.reports.allSatisfy { $0.formats == ["html", "md", "pdf"] })
        #expect(printed.count == 12)
        #expect(printed.first == "northwind-agency-executive.pdf")
        for name in ["index.html", "index.md", "portfolio-anonymised.md", "northwind-agency-progress.html"] {
            #expect(FileManager.default.fileExists(atPath: outcome.reportsFolder + "/" + name), "\(name)")
        }
    }

    @Test func theDemoRefusesAFolderHoldingAWorkspaceAndLeavesItAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let database = try folder.write("ospo.sqlite", "not a workspace")
        #expect(throws: UseCaseError.demoExists(folder: folder.url.path, database: database)) {
            _ = try DemoBuild.run(in: folder.url.path, printPDF: nil)
        }
        #expect(try String(contentsOfFile: database, encoding: .utf8) == "not a workspace")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("reports").path))
    }

    @Test func theDemoRefusesAFileForItsFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("demo", "a file")
        #expect(throws: UseCaseError.demoFolderIsFile(file)) { _ = try DemoBuild.run(in: file, printPDF: nil) }
        #expect(UseCaseError.demoFolderIsFile("x").description == "x is a file, not a folder; choose a folder for the demo with --output DIR")
    }

    @Test func aPathWithSpacesOrQuotesIsQuotedForTheShell() {
        #expect(DemoBuild.shellQuoted("ospo-demo/ospo.sqlite") == "ospo-demo/ospo.sqlite")
        #expect(DemoBuild.shellQuoted("my demo") == "'my demo'")
        #expect(DemoBuild.shellQuoted("it's") == #"'it'\''s'"#)
    }

    @Test func theBenchmarkReportsEachFigureAndWritesTheWorkspace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("bench.sqlite").path
        var lines: [String] = []
        try PortfolioBenchmark(organisations: 2, assessments: 2, respondents: 1, runs: 1, workspacePath: path).run { lines.append($0) }
        #expect(lines.first?.hasPrefix("2 organisations × 2 assessments × 1 respondents of ospo-interview (") == true)
        // The heading, generate/score, one line per report format, the workspace.
        #expect(lines.count == 2 + ReportRenderer.formats.count + 1)
        #expect(lines.last?.hasPrefix("workspace \(path): written in ") == true)
        let workspace = try Workspace.open(at: path, access: .read)
        // 2 organisations × 2 assessments.
        #expect(try workspace.assessments().count == 4)
    }

    @Test func theBenchmarkRefusesAnExistingWorkspacePathBeforeAnyWork() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("taken.sqlite", "")
        var lines: [String] = []
        #expect(throws: UseCaseError.benchmarkWorkspaceExists(path)) {
            try PortfolioBenchmark(organisations: 1, assessments: 1, respondents: 1, runs: 1, workspacePath: path).run { lines.append($0) }
        }
        #expect(lines.isEmpty)
    }
}
