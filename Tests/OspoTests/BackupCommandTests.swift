import Foundation
import Testing

/// `ospo backup` through the built binary: the copy, its two lines, the
/// refusal of an existing file, and `--force`.
struct BackupCommandTests {
    @Test func copiesTheWorkspaceAndRefusesToOverwriteUnlessForced() throws {
        let (folder, db) = try UserCommandTests.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("copy.sqlite").path
        let made = try CommandLineTests.run(["backup", copy, "--db", db])
        #expect(made.status == 0, "\(made.stderr)")
        let lines = made.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("backed up \(db) to \(copy) (") == true)
        #expect(lines.first?.hasSuffix("); integrity check ok") == true)
        #expect(lines.last == "schema v8-profile-drafts (8 migrations); this version of ospo opens it as it is")
        #expect(try CommandLineTests.run(["org", "list", "--db", copy]).stdout.hasPrefix("acme-works  Acme Works"))

        let again = try CommandLineTests.run(["backup", copy, "--db", db])
        #expect(again.status == 1)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr == "error: \(copy) exists already; give a new file name, or add --force to replace it\n")
        #expect(try CommandLineTests.run(["backup", copy, "--force", "--db", db]).status == 0)

        let missing = folder.appendingPathComponent("none.sqlite").path
        let none = try CommandLineTests.run(["backup", copy + "2", "--db", missing])
        #expect(none.status == 1)
        #expect(none.stderr == "error: no workspace at \(missing); create one with 'ospo init' (or pass --db PATH or set OSPO_DB)\n")
        #expect(!FileManager.default.fileExists(atPath: copy + "2"))
    }
}
