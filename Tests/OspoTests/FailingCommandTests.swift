import Foundation
import Testing

/// Every command that can fail on bad input, run through the binary against
/// a workspace: it exits non-zero with a sentence, and the workspace file is
/// byte for byte what it was, with no file added beside it. Reading commands
/// and failing commands never create a workspace where there is none, nor
/// turn an empty file into one.
@Suite(.serialized) struct FailingCommandTests {
    typealias CLI = CommandLineTests

    /// A workspace with Northwind's two assessments, Kestrel's, an accepted
    /// plan, a started objective and one reading; and the bad files the cases use.
    final class Setup {
        let folder: URL
        let db: String
        let samples = CLI.root.appendingPathComponent("samples")

        init() throws {
            folder = try CLI.temporaryFolder()
            db = folder.appendingPathComponent("ws.sqlite").path
            let northwind = samples.appendingPathComponent("northwind-agency")
            try step(["assessment", "import", northwind.appendingPathComponent("answers-2025.yaml").path])
            try step(["assessment", "import", northwind.appendingPathComponent("answers.yaml").path])
            try step(["assessment", "import", samples.appendingPathComponent("kestrel-logistics/answers.yaml").path])
            try step(["roadmap", "accept", "--org", "northwind-agency", "--profile", northwind.appendingPathComponent("profile.yaml").path])
            try step(["objective", "start", "supply-chain.dependency-alerts", "--org", "northwind-agency"])
            try step(["measure", "record", "supply-chain.dependency-alerts", "supply-chain.dependency-alerts.coverage", "40",
                      "--org", "northwind-agency", "--date", "2027-01-20"])
        }

        func step(_ arguments: [String]) throws {
            let result = try CLI.run(arguments + ["--db", db])
            guard result.status == 0 else {
                Issue.record("ospo \(arguments.joined(separator: " ")) failed: \(result.stderr)")
                throw CLI.CLIError.noBinary
            }
        }

        func file(_ name: String, _ text: String) throws -> String {
            let path = folder.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }

        /// The workspace's bytes and the names in its folder.
        func state() throws -> (Data, [String]) {
            (try Data(contentsOf: URL(fileURLWithPath: db)), try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted())
        }

        deinit { try? FileManager.default.removeItem(at: folder) }
    }

    static func answers(_ body: String, organisation: String = "Northwind Agency", date: String = "2026-11-09",
                        questionnaire: String = "ospo-interview") -> String {
        """
        format: ospo/answers@1
        questionnaire: \(questionnaire)
        organisation: \(organisation)
        date: \(date)
        respondents:
        \(body)
        """
    }

    @Test func everyFailingCommandLeavesTheWorkspaceAsItWas() throws {
        let setup = try Setup()
        let northwind = setup.samples.appendingPathComponent("northwind-agency")
        let badOption = try setup.file("bad-option.yaml", Self.answers("  - { id: z1, role: executive, answers: { STR-01: maybe } }",
                                                                      organisation: "Nowhere Ltd"))
        let badRole = try setup.file("bad-role.yaml", Self.answers("  - { id: z1, role: wizard, answers: { STR-01: \"yes\" } }",
                                                                  organisation: "Nowhere Ltd"))
        let unknownQuestionnaire = try setup.file("noq.yaml", Self.answers("  - { id: z1, role: executive, answers: { STR-01: \"yes\" } }",
                                                                          organisation: "Nowhere Ltd", questionnaire: "nope"))
        let nulName = try setup.file("nul.yaml", Self.answers("  - { id: z1, role: executive, answers: { STR-01: \"yes\" } }",
                                                             organisation: "\"\\0\""))
        let badCSV = try setup.file("bad.csv", "respondent,role,question,answer\nz1,executive,STR-01,maybe\n")
        let badWide = try setup.file("wide.csv", "respondent,role,NOPE-1\nz1,executive,yes\n")
        let badProfile = try setup.file("profile.yaml", "format: ospo/profile@1\ndefault_target: eleven\n")
        let badBundle = try setup.file("bundle.json", "{ \"format\": \"ospo/bundle@1\", ")
        let (bytes, names) = try setup.state()

        // (arguments, exit status, words the message must hold)
        let cases: [([String], Int32, String)] = [
            (["init", "--db", setup.folder.path], 1, "it is a folder"),
            (["org", "add", "Northwind Agency"], 1, "organisation 'northwind-agency' already exists"),
            (["org", "show", "nobody"], 1, "unknown organisation 'nobody'"),
            (["assessment", "new", "nobody"], 1, "unknown organisation 'nobody'"),
            (["assessment", "new", "northwind-agency", "--questionnaire", "nope"], 1, "unknown questionnaire 'nope'"),
            (["assessment", "show", "99"], 1, "unknown assessment 99"),
            (["assessment", "close", "99"], 1, "unknown assessment 99"),
            (["assessment", "import", badOption], 1, "bad-option.yaml:6:51: error: 'maybe' is not an answer to STR-01"),
            (["assessment", "import", badRole], 1, "bad-role.yaml:6:21: error: unknown role 'wizard'"),
            (["assessment", "import", unknownQuestionnaire], 1, "noq.yaml:2:16: error: unknown questionnaire 'nope'"),
            (["assessment", "import", nulName], 1, "nul.yaml:3:15: error: the organisation's name"),
            (["assessment", "import", setup.samples.appendingPathComponent("kestrel-logistics/answers.yaml").path, "--org", "northwind-agency"],
             1, "these answers are for 'Kestrel Logistics Group', but --org northwind-agency is 'Northwind Agency'"),
            (["assessment", "import", northwind.appendingPathComponent("answers.yaml").path], 1,
             "northwind-agency already has assessment 2 of 'ospo-interview' dated 2026-11-09; to record these answers as revisions there, add --assessment 2"),
            (["assessment", "import", setup.samples.appendingPathComponent("kestrel-logistics/answers.yaml").path, "--assessment", "1"],
             1, "these answers are for 'Kestrel Logistics Group', but assessment 1 is of 'Northwind Agency'"),
            (["assessment", "import", northwind.appendingPathComponent("answers.yaml").path, "--assessment", "99"], 1, "unknown assessment 99"),
            (["assessment", "import", badCSV, "--assessment", "2"], 1, "bad.csv:2:4: error: 'maybe' is not an answer to STR-01"),
            (["assessment", "import", badWide, "--wide", "--assessment", "2"], 1, "wide.csv:1:3: error:"),
            (["assessment", "import", badCSV], 64, "give --assessment ID"),
            (["answers", "history", "STR-01", "--assessment", "99"], 1, "unknown assessment 99"),
            (["score", "--assessment", "99"], 1, "unknown assessment 99"),
            (["compare", "1", "99"], 1, "unknown assessment 99"),
            (["roadmap", "accept", "--org", "northwind-agency", "--profile", badProfile], 1, "profile.yaml:2:17: error:"),
            (["roadmap", "accept", "--org", "nobody", "--profile", northwind.appendingPathComponent("profile.yaml").path], 1, "unknown organisation 'nobody'"),
            (["objective", "start", "99"], 1, "unknown objective"),
            (["objective", "done", "no.such.action", "--org", "northwind-agency"], 1, "unknown objective"),
            (["objective", "show", "99"], 1, "unknown objective"),
            (["measure", "record", "supply-chain.dependency-alerts", "supply-chain.dependency-alerts.coverage", "140", "--org", "northwind-agency",
              "--date", "2027-02-01"], 1, "140 is not a percentage between 0 and 100"),
            (["measure", "record", "business-value.needs-interviews", "business-value.needs-interviews.held", "--org", "northwind-agency",
              "--date", "2027-02-01", "--", "-2"], 1, "-2 cannot be a number of items: it is negative"),
            (["measure", "record", "supply-chain.dependency-alerts", "supply-chain.dependency-alerts.coverage", "50", "--org", "northwind-agency",
              "--date", "2028-01-01"], 1, "the reading is dated 2028-01-01, after today (2027-12-31)"),
            (["measure", "record", "supply-chain.dependency-alerts", "nope", "3", "--org", "northwind-agency"], 1, "has no measure 'nope'"),
            (["measure", "record", "supply-chain.dependency-alerts", "supply-chain.dependency-alerts.coverage", "lots", "--org", "northwind-agency"],
             1, "is not a number"),
            (["progress", "nobody"], 1, "unknown organisation 'nobody'"),
            (["report", "executive", "--org", "nobody"], 1, "unknown organisation 'nobody'"),
            (["export", "--org", "nobody"], 1, "unknown organisation 'nobody'"),
            (["import", badBundle], 1, "bundle.json:1:"),
            (["interview", "2", "--respondent", "someone", "--role", "executive"], 1, "needs a terminal"),
        ]
        for (arguments, status, message) in cases {
            var full = arguments
            if !arguments.contains("--db") { full.insert(contentsOf: ["--db", setup.db], at: arguments.firstIndex(of: "--") ?? arguments.endIndex) }
            let result = try CLI.run(full)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): expected '\(message)' in: \(result.stderr)")
            #expect(!result.stderr.contains("SQLite reported"), "\(arguments): \(result.stderr)")
            let (after, namesAfter) = try setup.state()
            #expect(after == bytes, "\(arguments) changed the workspace")
            #expect(namesAfter == names, "\(arguments) left files behind: \(namesAfter)")
        }
    }

    @Test func readingAndFailingCommandsCreateNoWorkspace() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("none.sqlite").path
        let bad = folder.appendingPathComponent("bad.yaml").path
        try Self.answers("  - { id: z1, role: wizard, answers: { STR-01: \"yes\" } }", organisation: "Nowhere Ltd")
            .write(toFile: bad, atomically: true, encoding: .utf8)
        let bundle = folder.appendingPathComponent("bundle.json").path
        try "[]".write(toFile: bundle, atomically: true, encoding: .utf8)
        for arguments in [["org", "list"], ["assessment", "list"], ["objective", "list", "--org", "x"], ["progress", "x"],
                          ["score", "--assessment", "1"], ["export"], ["assessment", "import", bad], ["import", bundle],
                          ["org", "add", ""], ["measure", "record", "1", "m", "3"]] {
            let result = try CLI.run(arguments + ["--db", missing])
            #expect(result.status != 0, "\(arguments)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bad.yaml", "bundle.json"],
                    "\(arguments) left a file: \(result.stderr)")
        }
    }

    @Test func anEmptyFileStaysEmpty() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.sqlite").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        for arguments in [["org", "list"], ["objective", "list", "--org", "x"], ["progress", "x"], ["score", "--assessment", "1"],
                          ["measure", "record", "1", "m", "3"]] {
            let result = try CLI.run(arguments + ["--db", empty])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains("is empty, not a workspace yet; create one there with 'ospo init --db"), "\(arguments): \(result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty, "\(arguments) wrote to the empty file")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["empty.sqlite"])
        }
        // A failing command that may create a workspace puts the empty file back.
        let result = try CLI.run(["org", "add", "\u{7}", "--db", empty])
        #expect(result.status == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: empty)).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["empty.sqlite"])
    }

    @Test func aDanglingLinkIsNeverReplaced() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("link.sqlite").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.appendingPathComponent("gone/ws.sqlite").path)
        let result = try CLI.run(["init", "--db", link])
        #expect(result.status == 1)
        #expect(result.stderr.contains("it is a link to \(folder.appendingPathComponent("gone/ws.sqlite").path), which does not exist"), "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == folder.appendingPathComponent("gone/ws.sqlite").path)
    }

    @Test func aWorkspaceMissingATableIsReportedAsDamaged() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("ws.sqlite").path
        #expect(try CLI.run(["init", "--db", db]).status == 0)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [db, "DROP TABLE reading"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
        let answers = CLI.root.appendingPathComponent("samples/kestrel-logistics/answers.yaml").path
        for arguments in [["init"], ["org", "list"], ["assessment", "import", answers]] {
            let result = try CLI.run(arguments + ["--db", db])
            #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes, "\(arguments) changed the damaged file")
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == "error: the workspace \(db) is damaged: its table 'reading' is missing; restore it from a backup or an 'ospo export' bundle\n")
        }
    }

    @Test func aPipeReadsLikeAFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("answers.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let text = try String(contentsOf: CLI.root.appendingPathComponent("samples/kestrel-logistics/answers.yaml"), encoding: .utf8)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data(text.utf8))
                try? handle.close()
            }
        }
        writer.start()
        let result = try CLI.run(["score", fifo, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"overall\""))
    }

    @Test func aFileThatIsNotUTF8IsLocatedAtItsFirstBadByte() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("latin1.yaml").path
        // "format: x\r\nname: Caf" then 0xE9 (é in Latin-1): line 2, column 10.
        try Data("format: x\r\nname: Caf".utf8 + [0xE9, 0x0A]).write(to: URL(fileURLWithPath: path))
        let result = try CLI.run(["lint", path])
        #expect(result.status == 1)
        #expect(result.stderr == "\(path):2:10: error: the file is not UTF-8 text; save it as UTF-8 and try again\n")
    }
}
