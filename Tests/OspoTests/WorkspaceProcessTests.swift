import Foundation
import Testing

/// The workspace under real processes: killed imports leave it whole, two
/// writers at once lose nothing, and bad input changes nothing.
@Suite(.serialized)
struct WorkspaceProcessTests {
    typealias CLI = CommandLineTests

    /// A folder with a content library (one 10-question questionnaire), a
    /// workspace holding one open assessment of it, and long CSVs.
    struct Setup {
        let folder: URL
        var db: String { folder.appendingPathComponent("ws.sqlite").path }
        var library: String { folder.appendingPathComponent("library").path }

        init() throws {
            folder = try CLI.temporaryFolder()
            let library = folder.appendingPathComponent("library")
            try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
            try """
            format: ospo/rubric@1
            id: proc
            title: Process test
            version: 1.0.0
            scale: [{ level: 0, name: L0 }, { level: 1, name: L1 }]
            dimensions:
              - id: proc-dim
                title: Dimension
                levels: { 0: none, 1: some }
                actions:
                  - { id: proc-dim.step, title: Step, level: 1, effort: 2, impact: 3, roles: [ospo-lead],
                      measures: [{ id: proc-dim.step.m, name: M, unit: count, direction: up, target: 10 }] }
            """.write(to: library.appendingPathComponent("proc.yaml"), atomically: true, encoding: .utf8)
            let questions = (0..<10).map { "      - { id: P\($0), text: Question \($0), dimension: proc-dim, scale: yesno }" }.joined(separator: "\n")
            try """
            format: ospo/questionnaire@1
            id: proc-q
            title: Process test
            version: 1.0.0
            rubrics: [proc]
            scales:
              yesno: [{ id: "no", label: "No", value: 0 }, { id: "yes", label: "Yes", value: 1 }]
            roles: { staff: { title: Staff } }
            sections:
              - id: all
                title: All
                questions:
            \(questions)
            """.write(to: library.appendingPathComponent("proc-q.yaml"), atomically: true, encoding: .utf8)
            let result = try CLI.run(["assessment", "new", "Proc Org", "--questionnaire", "proc-q", "--library", self.library,
                                      "--date", "2026-01-01", "--db", db])
            if result.status != 0 {
                _ = try CLI.run(["org", "add", "Proc Org", "--db", db])
                let again = try CLI.run(["assessment", "new", "proc-org", "--questionnaire", "proc-q", "--library", self.library,
                                         "--date", "2026-01-01", "--db", db])
                #expect(again.status == 0, "\(again.stderr)")
            }
        }

        /// A long CSV of `respondents` × 10 answers, respondents named with `prefix`.
        func csv(_ name: String, respondents: Int, prefix: String) throws -> String {
            var text = "respondent,role,question,answer,note\n"
            text.reserveCapacity(respondents * 300)
            for r in 0..<respondents {
                for q in 0..<10 { text += "\(prefix)\(r),staff,P\(q),\((r + q) % 3 == 0 ? "no" : "yes"),\n" }
            }
            let url = folder.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }

        func count(_ sql: String, db: String? = nil) throws -> Int {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [db ?? self.db, sql]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }

        func query(_ sql: String, db: String? = nil) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            process.arguments = [db ?? self.db, sql]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// Kills an import with SIGKILL at random points, many times: every time
    /// the workspace is sound and holds all of the import or none of it.
    @Test func killedImportsLeaveAllOrNothing() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let respondents = 6_000
        let csv = try setup.csv("big.csv", respondents: respondents, prefix: "k")
        let pristine = setup.folder.appendingPathComponent("pristine.sqlite").path
        try FileManager.default.copyItem(atPath: setup.db, toPath: pristine)
        // How long an uninterrupted import takes here.
        let start = Date()
        let full = try CLI.run(["assessment", "import", csv, "--assessment", "1", "--db", setup.db])
        #expect(full.status == 0, "\(full.stderr)")
        let duration = Date().timeIntervalSince(start)
        #expect(try setup.count("SELECT count(*) FROM answer") == respondents * 10)
        var generator = SystemRandomNumberGenerator()
        var interrupted = 0
        for round in 0..<12 {
            let db = setup.folder.appendingPathComponent("kill-\(round).sqlite").path
            try FileManager.default.copyItem(atPath: pristine, toPath: db)
            let process = Process()
            process.executableURL = try CLI.binary
            process.arguments = ["assessment", "import", csv, "--assessment", "1", "--db", db]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.02...max(0.05, duration * 1.1), using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { interrupted += 1 }
            #expect(try setup.query("PRAGMA integrity_check", db: db) == "ok")
            let answers = try setup.count("SELECT count(*) FROM answer", db: db)
            #expect(answers == 0 || answers == respondents * 10, "round \(round): \(answers) answers")
            let respondentsLeft = try setup.count("SELECT count(*) FROM respondent", db: db)
            #expect(respondentsLeft == 0 || respondentsLeft == respondents)
        }
        #expect(interrupted > 0, "no import was interrupted; the kills came too late")
    }

    /// Two processes write at once (an import and a run of organisation
    /// additions); both finish and every write is there.
    @Test func twoWritersAtOnceLoseNothing() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let first = try setup.csv("a.csv", respondents: 3_000, prefix: "a")
        let second = try setup.csv("b.csv", respondents: 3_000, prefix: "b")
        let script = """
        "$0" assessment import "$1" --assessment 1 --db "$3" > /dev/null &
        a=$!
        "$0" assessment import "$2" --assessment 1 --db "$3" > /dev/null &
        b=$!
        for i in $(seq 1 15); do "$0" org add "Writer $i" --db "$3" > /dev/null || exit 3; done
        wait $a || exit 1
        wait $b || exit 2
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script, try CLI.binary.path, first, second, setup.db]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(errors)")
        #expect(try setup.count("SELECT count(*) FROM answer") == 60_000)
        #expect(try setup.count("SELECT count(*) FROM respondent") == 6_000)
        #expect(try setup.count("SELECT count(*) FROM organisation") == 16)
    }

    /// Bad input exits 1 with a sentence and leaves the workspace's content unchanged.
    @Test func badInputChangesNothing() throws {
        let setup = try Setup()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        let good = try setup.csv("good.csv", respondents: 3, prefix: "g")
        #expect(try CLI.run(["assessment", "import", good, "--assessment", "1", "--db", setup.db]).status == 0)
        let profile = setup.folder.appendingPathComponent("profile.yaml")
        try "format: ospo/profile@1\ndefault_target: 1\nplan: { start: 2026-02-02, phase_months: 3, phases: 2, capacity: 10 }\n"
            .write(to: profile, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["roadmap", "accept", "--org", "proc-org", "--profile", profile.path, "--db", setup.db]).status == 0)
        let before = try CLI.run(["export", "--db", setup.db]).stdout
        let badOption = setup.folder.appendingPathComponent("bad-option.csv")
        try "respondent,role,question,answer\nz1,staff,P1,maybe\nz1,staff,P2,yes\n".write(to: badOption, atomically: true, encoding: .utf8)
        let otherQuestionnaire = setup.folder.appendingPathComponent("other.yaml")
        try "format: ospo/answers@1\nquestionnaire: ospo-interview\norganisation: Proc Org\ndate: 2026-01-01\nrespondents:\n  - { id: r1, role: executive, answers: { STR-01: \"yes\" } }\n"
            .write(to: otherQuestionnaire, atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["org", "show", "nobody"], "unknown organisation 'nobody'"),
            (["assessment", "show", "99"], "unknown assessment 99"),
            (["assessment", "import", badOption.path, "--assessment", "1"], "'maybe' is not an answer to P1"),
            (["assessment", "import", otherQuestionnaire.path, "--assessment", "1"], "uses 'proc-q'"),
            (["measure", "record", "proc-dim.step", "nope", "3", "--org", "proc-org"], "has no measure 'nope'"),
            (["measure", "record", "proc-dim.step", "proc-dim.step.m", "three", "--org", "proc-org"], "is not a number"),
            (["objective", "done", "no.such.action", "--org", "proc-org"], "unknown objective"),
        ]
        for (arguments, message) in cases {
            let result = try CLI.run(arguments + ["--db", setup.db])
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        // The bad row is reported with its place: row 2, column 4 (answer).
        let located = try CLI.run(["assessment", "import", badOption.path, "--assessment", "1", "--db", setup.db])
        #expect(located.stderr.contains("bad-option.csv:2:4: error:"))
        #expect(try CLI.run(["export", "--db", setup.db]).stdout.replacingOccurrences(of: #""exported_at" : "[^"]*""#, with: "", options: .regularExpression)
                == before.replacingOccurrences(of: #""exported_at" : "[^"]*""#, with: "", options: .regularExpression))
    }

    /// Export, then import into a fresh workspace: score and progress print the same.
    @Test func exportImportRoundTripGivesIdenticalOutput() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = CLI.root.appendingPathComponent("samples/northwind-agency")
        let db = folder.appendingPathComponent("a.sqlite").path, copy = folder.appendingPathComponent("b.sqlite").path
        let bundle = folder.appendingPathComponent("bundle.json").path
        for step in [["assessment", "import", samples.appendingPathComponent("answers-2025.yaml").path],
                     ["assessment", "import", samples.appendingPathComponent("answers.yaml").path, "--org", "northwind-agency"],
                     ["roadmap", "accept", "--org", "northwind-agency", "--profile", samples.appendingPathComponent("profile.yaml").path],
                     ["objective", "start", "supply-chain.dependency-alerts", "--org", "northwind-agency"],
                     ["measure", "record", "supply-chain.dependency-alerts", "supply-chain.dependency-alerts.coverage", "40", "--org", "northwind-agency", "--date", "2027-01-20"],
                     ["measure", "record", "supply-chain.dependency-alerts", "supply-chain.dependency-alerts.coverage", "60", "--org", "northwind-agency", "--date", "2027-02-20"],
                     ["export", "--output", bundle]] {
            let result = try CLI.run(step + ["--db", db])
            #expect(result.status == 0, "\(step): \(result.stderr)")
        }
        #expect(try CLI.run(["import", bundle, "--db", copy]).status == 0)
        for command in [["score", "--org", "northwind-agency", "--format", "json"],
                        ["progress", "northwind-agency", "--as-of", "2027-03-01"],
                        ["progress", "northwind-agency", "--as-of", "2027-03-01", "--format", "json"],
                        ["compare", "1", "2"]] {
            let original = try CLI.run(command + ["--db", db]), restored = try CLI.run(command + ["--db", copy])
            #expect(original.status == 0 && restored.status == 0, "\(command)")
            #expect(original.stdout == restored.stdout, "\(command)")
        }
        let again = try CLI.run(["import", bundle, "--db", copy])
        #expect(again.stdout.hasPrefix("imported 0 organisations, 0 assessments, 0 answers"))
    }
}
