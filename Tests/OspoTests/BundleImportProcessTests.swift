import Foundation
import Testing

/// `ospo import` through the binary: a bad bundle is reported at its place,
/// creates no workspace and leaves an existing one byte for byte as it was.
@Suite(.serialized)
struct BundleImportProcessTests {
    typealias CLI = CommandLineTests

    /// A bundle whose line 3 lacks its comma: the error is where line 4 starts
    /// its key, after 2 spaces, at column 3.
    static let unterminated = """
        {
          "format": "ospo/bundle@1",
          "exported_at": "2026-05-01T10:00:00Z"
          "organisations": [], "contents": [], "assessments": [], "profiles": [], "plans": []
        }

        """

    @Test func aBadBundleIsLocatedOnceAndCreatesNoWorkspace() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = folder.appendingPathComponent("bad.json").path, db = folder.appendingPathComponent("fresh.sqlite").path
        try Self.unterminated.write(toFile: bundle, atomically: true, encoding: .utf8)
        let result = try CLI.run(["import", bundle, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr == """
            \(bundle):4:3: error: this is not valid JSON: expected ',' or '}', found '"'
            1 error found; nothing was imported.

            """)
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func aFailedImportLeavesTheWorkspaceByteForByte() throws {
        let source = try WorkspaceProcessTests.Setup(), target = try WorkspaceProcessTests.Setup()
        defer {
            try? FileManager.default.removeItem(at: source.folder)
            try? FileManager.default.removeItem(at: target.folder)
        }
        let bundle = source.folder.appendingPathComponent("bundle.json").path
        #expect(try CLI.run(["export", "--output", bundle, "--db", source.db]).status == 0)
        // The target's copy of the rubric changed outside ospo: same kind, id
        // and digest, another text. Importing must refuse, not fail in SQLite.
        #expect(try CLI.run(["assessment", "list", "--db", target.db]).status == 0)
        let update = Process()
        update.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        update.arguments = [target.db, "UPDATE content SET text = text || '# changed' WHERE kind = 'rubric'"]
        try update.run()
        update.waitUntilExit()
        let before = try Data(contentsOf: URL(fileURLWithPath: target.db))

        let clash = try CLI.run(["import", bundle, "--db", target.db])
        #expect(clash.status == 1)
        let lines = clash.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(clash.stderr)")
        #expect(lines.first.map { $0.hasPrefix("\(bundle):") && $0.contains(": error: the workspace holds a different text as content rubric:proc:") } == true,
                "\(clash.stderr)")
        #expect(!clash.stderr.contains("SQLite") && clash.stderr.components(separatedBy: "error:").count == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target.db)) == before)

        // And a bundle that fails its checks.
        let bad = target.folder.appendingPathComponent("bad.json").path
        try Self.unterminated.write(toFile: bad, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["import", bad, "--db", target.db]).status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: target.db)) == before)
    }
}
