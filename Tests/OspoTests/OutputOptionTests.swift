import Foundation
import Testing

/// Every command that writes a document takes `--output FILE`: the file
/// holds exactly what standard output would have, and standard output stays
/// empty.
struct OutputOptionTests {
    static let answers = CommandLineTests.root.appendingPathComponent("samples/northwind-agency/answers.yaml").path
    static let profile = CommandLineTests.root.appendingPathComponent("samples/northwind-agency/profile.yaml").path

    @Test(arguments: [
        ["score", answers, "--format", "md"],
        ["plan", answers, "--profile", profile, "--format", "csv"],
        ["form", "ospo-pulse", "--format", "html", "--for", "interviewer"],
        ["report", "roadmap", "--answers", answers, "--profile", profile, "--format", "md"],
    ])
    func outputWritesWhatStandardOutputWouldHave(arguments: [String]) throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let printed = try CommandLineTests.run(arguments, in: folder)
        #expect(printed.status == 0, "\(printed.stderr)")
        let written = try CommandLineTests.run(arguments + ["--output", "out.txt"], in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        #expect(written.stderr.contains("wrote out.txt"))
        let file = try String(contentsOf: folder.appendingPathComponent("out.txt"), encoding: .utf8)
        #expect(file == printed.stdout)
    }

    @Test func compareAndProgressWriteToAFileFromTheWorkspace() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("w.sqlite").path
        let answers2025 = CommandLineTests.root.appendingPathComponent("samples/northwind-agency/answers-2025.yaml").path
        for step in [["init", "--db", db], ["assessment", "import", answers2025, "--db", db],
                     ["assessment", "import", Self.answers, "--org", "northwind-agency", "--db", db]] {
            let result = try CommandLineTests.run(step, in: folder)
            #expect(result.status == 0, "\(result.stderr)")
        }
        for command in [["compare", "1", "2", "--db", db, "-o", "compare.txt"],
                        ["progress", "northwind-agency", "--db", db, "--format", "md", "-o", "progress.md"]] {
            let result = try CommandLineTests.run(command, in: folder)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            let name = command[command.count - 1]
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path))
        }
    }
}
