import Foundation
import Testing
import MaturityKit
import MaturityStore
@testable import MaturityUseCases

/// `BundleExport` and `BundleImport`, as `ospo export` and `ospo import` call them.
struct BundleUseCaseTests {
    @Test func aBundleRoundTripsIntoAnEmptyWorkspaceOnce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A fixed clock: the bundle's exported_at is the same in both exports.
        let source = try Samples.acmeWorkspace(clock: { Date(timeIntervalSince1970: 1_794_000_000) })
        let path = folder.url.appendingPathComponent("acme.json").path
        try BundleExport.write(source, organisation: "acme-works", to: path)
        #expect(try FileAccess.readText(path) == (try BundleExport.text(of: source, organisation: "acme-works")))

        let target = try Workspace.inMemory()
        let job = try BundleImport.read(path)
        // One organisation, its assessment and its two answers.
        #expect(BundleImport.line(for: try job.run(in: target))
                == "imported 1 organisations, 1 assessments, 2 answers, 0 plans, 0 objectives, 0 status changes, 0 readings")
        // Everything is already there the second time: kept, not duplicated.
        #expect(BundleImport.line(for: try job.run(in: target))
                == "imported 0 organisations, 0 assessments, 0 answers, 0 plans, 0 objectives, 0 status changes, 0 readings")
    }

    @Test func aBundleThatIsNotOneIsRefusedOnReading() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("list.json", "[1, 2]\n")
        #expect(throws: BundleError.notABundle(path: path, line: 1, column: 1)) { try BundleImport.read(path) }
        #expect(BundleImport.refusalLine(for: .notABundle(path: path, line: 1, column: 1)) == "1 error found; nothing was imported.")
        let two = BundleError.several([.notABundle(path: path, line: 1, column: 1), .notABundle(path: path, line: 2, column: 1)])
        #expect(BundleImport.refusalLine(for: two) == "2 errors found; nothing was imported.")
        #expect(throws: FileAccess.Failure(description: "/nowhere/b.json: error: no such file; check the path")) {
            try BundleImport.read("/nowhere/b.json")
        }
    }

    @Test func exportingAnUnknownOrganisationIsRefused() throws {
        let workspace = try Samples.acmeWorkspace()
        #expect(throws: WorkspaceError.unknownOrganisation("ghost", known: ["acme-works"])) {
            try BundleExport.text(of: workspace, organisation: "ghost")
        }
    }
}
