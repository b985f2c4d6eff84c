import Foundation
import Testing

/// End-to-end tests through the built `ospo` binary: exit codes, output
/// streams, and running from a directory with no content files around it.
struct CommandLineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `ospo` binary beside the test bundle (same build folder).
    static var binary: URL {
        get throws {
            var folder = Bundle.main.bundleURL
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("ospo")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder.deleteLastPathComponent()
            }
            let fallback = root.appendingPathComponent(".build/debug/ospo")
            guard FileManager.default.isExecutableFile(atPath: fallback.path) else {
                throw CLIError.noBinary
            }
            return fallback
        }
    }

    enum CLIError: Error { case noBinary }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = try binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        // The tests' story runs through 2027: readings dated after today are
        // refused, so today is fixed after the last of them.
        var environment = ProcessInfo.processInfo.environment
        environment["OSPO_TODAY"] = environment["OSPO_TODAY"] ?? "2027-12-31"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ospo-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func lintOfShippedContentPassesFromAnEmptyDirectory() throws {
        let empty = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        let result = try Self.run(["lint"], in: empty)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("0 errors, 0 warnings"))
    }

    @Test func lintOfABrokenFolderPrintsLocatedErrorsAndExitsOne() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "format: ospo/roles@1\nroles:\n  - id: a\n    titel: A\n".write(to: folder.appendingPathComponent("roles.yaml"), atomically: true, encoding: .utf8)
        try "format: ospo/answers@1\nquestionnaire: ospo-interview\norganisation: X\ndate: 2026-01-01\nrespondents:\n  - { id: r1, role: ceo, answers: {} }\n"
            .write(to: folder.appendingPathComponent("answers.yaml"), atomically: true, encoding: .utf8)
        let result = try Self.run(["lint", folder.path])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasSuffix("roles.yaml:3:5: error: missing required key 'title'") })
        #expect(lines.contains { $0.hasSuffix("roles.yaml:4:5: error: unknown key 'titel'; did you mean 'title'?") })
        // "  - { id: r1, role: " is 20 characters, so 'ceo' starts at column 21.
        #expect(lines.contains { $0.contains("answers.yaml:6:21: error: unknown role 'ceo'") })
        #expect(result.stdout.isEmpty)
    }

    @Test func scoreJSONFromAnotherDirectoryHasTheDesignKeys() throws {
        let samples = Self.root.appendingPathComponent("samples")
        let answers = try FileManager.default.contentsOfDirectory(atPath: samples.path)
            .map { samples.appendingPathComponent($0).appendingPathComponent("answers.yaml") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        try #require(!answers.isEmpty, "no samples/*/answers.yaml yet")
        let empty = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: empty) }
        for file in answers {
            let result = try Self.run(["score", file.path, "--format", "json"], in: empty)
            #expect(result.status == 0, "\(file.path): \(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let overall = try #require(json["overall"] as? [String: Any])
            #expect(overall.keys.contains("score"))
            let modules = try #require(json["modules"] as? [[String: Any]])
            #expect(modules.count == 4)   // assessment, deployment, adoption and cra
            for module in modules {
                #expect(module["id"] is String)
                #expect(module.keys.contains("score"))
                for dimension in try #require(module["dimensions"] as? [[String: Any]]) {
                    #expect(dimension["id"] is String)
                    #expect(dimension.keys.contains("score") && dimension.keys.contains("level"))
                    #expect(dimension["coverage"] is Double || dimension["coverage"] is Int)
                }
            }
        }
    }

    @Test func explainShowsTheAnswersBehindEachDimension() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("answers.yaml")
        try """
        format: ospo/answers@1
        questionnaire: ospo-interview
        organisation: Explain Test
        date: 2026-01-01
        respondents:
          - id: boss
            role: executive
            answers:
              STR-01: { answer: "yes", note: Approved by the board }
        """.write(to: answers, atomically: true, encoding: .utf8)
        let result = try Self.run(["score", answers.path, "--explain"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("strategy — "))
        #expect(result.stdout.contains("STR-01"))
        #expect(result.stdout.contains("boss (executive, weight 2): yes = 1.00 — note: Approved by the board"))
    }

    @Test func scoreOfAnswersWithErrorsExitsOneAndPrintsNothingOnStdout() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = folder.appendingPathComponent("answers.yaml")
        try "format: ospo/answers@1\nquestionnaire: ospo-interview\norganisation: X\ndate: 2026-01-01\nrespondents:\n  - { id: r1, role: executive, answers: { STR-01: maybe } }\n"
            .write(to: answers, atomically: true, encoding: .utf8)
        let result = try Self.run(["score", answers.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        // "  - { id: r1, role: executive, answers: { STR-01: " is 50 characters: 'maybe' at column 51.
        #expect(result.stderr.contains("answers.yaml:6:51: error: 'maybe' is not an answer to STR-01"))
    }

    @Test(arguments: [["score"], ["score", "a.yaml", "--format", "pdf"], ["lint", "--bogus"], ["nonsense"]])
    func badArgumentsExitSixtyFour(arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("Usage") || result.stderr.contains("USAGE"))
    }

    /// One `--format` vocabulary: a name the command does not write is refused
    /// before anything runs (exit 64), naming the ones it takes.
    @Test(arguments: [
        (["compare", "1", "2", "--format", "md"], "Please provide one of 'text' and 'json'."),
        (["progress", "x", "--format", "pdf"], "Please provide one of 'text', 'json', 'md', 'csv' or 'html'."),
        (["org", "list", "--format", "yaml"], "Please provide one of 'text' and 'json'."),
        (["report", "assessment", "--format", "text"], "Please provide one of 'html', 'md', 'json', 'csv' or 'pdf'."),
    ])
    func aFormatTheCommandDoesNotWriteIsRefused(arguments: [String], message: String) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains("The value '\(arguments.last ?? "")' is invalid for '--format <format>'. \(message)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func missingFileIsAClearError() throws {
        let result = try Self.run(["score", "/nonexistent/answers.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr == "/nonexistent/answers.yaml: error: no such file; check the path\n")
    }
}
