import Foundation
import Testing

/// `ospo form`, `ospo score --wide` and `ospo assessment import --wide` end to end through the built binary.
struct CollectingCommandTests {
    static let fixtures = CommandLineTests.root.appendingPathComponent("Tests/Fixtures/wide")

    typealias CLI = CommandLineTests

    @Test func aFilledCSVFormScoresLikeTheSameAnswersInYAML() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let form = folder.appendingPathComponent("pulse.csv")
        let written = try CLI.run(["form", "ospo-pulse", "--format", "csv", "--output", form.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)

        // Two respondents: a manager who agrees with everything put to
        // managers, and an engineer who answers "no" to the yes/no questions
        // (so P-18, asked only after a "yes" to P-17, stays blank) and
        // "don't know" to the rest.
        let header = try #require(try String(contentsOf: form, encoding: .utf8).split(separator: "\r\n").first)
            .split(separator: ",").map(String.init)
        let yesno: Set = ["P-07", "P-10", "P-17", "P-22"]
        let managerOnly: Set = ["P-24"]
        let followUps: Set = ["P-08", "P-18"]
        var manager = ["boss", "", "manager"], engineer = ["dev", "", "Engineer, developer or technical specialist"]
        var yaml = """
        format: ospo/answers@1
        questionnaire: ospo-pulse
        organisation: Pulse Check
        date: 2026-04-01
        respondents:
          - id: boss
            role: manager
            answers:

        """
        var engineerYAML = "  - id: dev\n    role: engineer\n    answers:\n"
        for question in header.dropFirst(3) {
            // The organisation's context columns come first; left blank, no context is stated.
            if question.hasPrefix("context: ") {
                manager.append("")
                engineer.append("")
                continue
            }
            let managerAnswer = yesno.contains(question) ? "yes" : "agree"
            manager.append(managerAnswer)
            yaml += "      \(question): \"\(managerAnswer)\"\n"
            if managerOnly.contains(question) || followUps.contains(question) {
                engineer.append("")
            } else if yesno.contains(question) {
                engineer.append("No")
                engineerYAML += "      \(question): \"no\"\n"
            } else {
                engineer.append("Don't know")
                engineerYAML += "      \(question): unknown\n"
            }
        }
        let rows = [manager, engineer].map { row in
            row.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",")
        }
        let handle = try FileHandle(forWritingTo: form)
        handle.seekToEndOfFile()
        handle.write(Data((rows.joined(separator: "\r\n") + "\r\n").utf8))
        try handle.close()
        let answers = folder.appendingPathComponent("answers.yaml")
        try (yaml + engineerYAML).write(to: answers, atomically: true, encoding: .utf8)

        let wide = try CLI.run(["score", form.path, "--wide", "--questionnaire", "ospo-pulse", "--organisation", "Pulse Check",
                                "--date", "2026-04-01", "--format", "json"])
        #expect(wide.status == 0, "\(wide.stderr)")
        let long = try CLI.run(["score", answers.path, "--format", "json"])
        #expect(long.status == 0, "\(long.stderr)")
        #expect(!wide.stdout.isEmpty && wide.stdout == long.stdout)
    }

    @Test func aFilledYAMLSkeletonScores() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["form", "ospo-pulse", "--format", "yaml", "--role", "engineer", "--organisation", "Skeleton Ltd"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("P-24:"), "P-24 is put to managers only")
        let filled = result.stdout
            .replacingOccurrences(of: "      P-01:\n", with: "      P-01: agree\n")
            .replacingOccurrences(of: "      P-17:\n", with: "      P-17: \"no\"\n")
        let file = folder.appendingPathComponent("skeleton.yaml")
        try filled.write(to: file, atomically: true, encoding: .utf8)
        let score = try CLI.run(["score", file.path, "--format", "json"])
        #expect(score.status == 0, "\(score.stderr)")
        #expect(score.stdout.contains("\"organisation\" : \"Skeleton Ltd\"") || score.stdout.contains("\"organisation\": \"Skeleton Ltd\""))
    }

    @Test func htmlAndMarkdownFormsAreWritten() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("form.html")
        let result = try CLI.run(["form", "ospo-interview", "--format", "html", "--role", "legal", "--output", html.path])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.contains("@media print"))
        let markdown = try CLI.run(["form", "ospo-interview"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# OSPO maturity interview\n"))
    }

    @Test func aMicrosoftFormsExportScoresWithItsMappingAlone() throws {
        // The mapping names the questionnaire, so --questionnaire is not needed.
        let result = try CLI.run(["score", Self.fixtures.appendingPathComponent("microsoft-forms.csv").path, "--wide",
                                  "--mapping", Self.fixtures.appendingPathComponent("microsoft-forms-mapping.yaml").path,
                                  "--organisation", "Forms Org", "--date", "2026-03-02"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Forms Org"))
    }

    @Test func aBrokenExportFailsWithEveryProblemLocatedAndPrintsNothing() throws {
        let path = Self.fixtures.appendingPathComponent("broken.csv").path
        let result = try CLI.run(["score", path, "--wide", "--questionnaire", "ospo-pulse"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        for place in ["1:4", "3:2", "3:5", "4:3", "4:6"] {
            #expect(lines.contains { $0.hasPrefix("\(path):\(place): error: ") }, "no error at \(place)")
        }
        #expect(lines.last == "5 errors found; nothing was written.")
    }

    /// A workspace with organisation `wide-org` and assessment 1 of ospo-pulse.
    static func pulseWorkspace() throws -> (folder: URL, db: String) {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("ws.sqlite").path
        #expect(try CLI.run(["org", "add", "Wide Org", "--slug", "wide-org", "--db", db]).status == 0)
        let new = try CLI.run(["assessment", "new", "wide-org", "--questionnaire", "ospo-pulse", "--date", "2026-03-02", "--db", db])
        #expect(new.status == 0, "\(new.stderr)")
        return (folder, db)
    }

    /// The scores' JSON without the organisation's name and the date, which
    /// `ospo score --wide` takes from options and the workspace from its records.
    static func scores(_ json: String) throws -> [String: String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var kept: [String: String] = [:]
        for key in ["overall", "modules", "respondents"] {
            let value = try #require(object[key], "no '\(key)' in the scores")
            kept[key] = String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
        }
        return kept
    }

    @Test(arguments: [("limesurvey.csv", "limesurvey-mapping.yaml"), ("microsoft-forms.csv", "microsoft-forms-mapping.yaml"),
                      ("semicolon-bom-crlf.csv", "semicolon-mapping.yaml")])
    func aSurveyExportImportedIntoAWorkspaceScoresLikeScoreWide(file: String, mapping: String) throws {
        let (folder, db) = try Self.pulseWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = Self.fixtures.appendingPathComponent(file).path
        let map = Self.fixtures.appendingPathComponent(mapping).path
        let imported = try CLI.run(["assessment", "import", csv, "--wide", "--mapping", map, "--assessment", "1", "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("assessment 1: "))
        let stored = try CLI.run(["score", "--assessment", "1", "--db", db, "--format", "json"])
        #expect(stored.status == 0, "\(stored.stderr)")
        let direct = try CLI.run(["score", csv, "--wide", "--mapping", map, "--format", "json"])
        #expect(direct.status == 0, "\(direct.stderr)")
        #expect(try Self.scores(stored.stdout) == Self.scores(direct.stdout))
    }

    @Test func aBrokenExportImportedIntoAWorkspaceWritesNothing() throws {
        let (folder, db) = try Self.pulseWorkspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try CLI.run(["assessment", "import", Self.fixtures.appendingPathComponent("microsoft-forms.csv").path, "--wide",
                                "--mapping", Self.fixtures.appendingPathComponent("microsoft-forms-mapping.yaml").path,
                                "--assessment", "1", "--db", db])
        #expect(good.status == 0, "\(good.stderr)")
        func bundle() throws -> String {
            let export = try CLI.run(["export", "--db", db])
            #expect(export.status == 0, "\(export.stderr)")
            return export.stdout.split(separator: "\n").filter { !$0.contains("\"exported_at\"") }.joined(separator: "\n")
        }
        let before = try bundle()
        let path = Self.fixtures.appendingPathComponent("broken.csv").path
        let result = try CLI.run(["assessment", "import", path, "--wide", "--assessment", "1", "--db", db])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        for place in ["1:4", "3:2", "3:5", "4:3", "4:6"] {
            #expect(lines.contains { $0.hasPrefix("\(path):\(place): error: ") }, "no error at \(place)")
        }
        #expect(lines.last == "5 errors found; nothing was written.")
        #expect(try bundle() == before, "no batch, respondent or answer was written")
    }

    @Test func aWideImportNeedsAnExistingAssessmentAndCreatesNoWorkspace() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("ws.sqlite").path
        let result = try CLI.run(["assessment", "import", Self.fixtures.appendingPathComponent("limesurvey.csv").path, "--wide", "--db", db])
        #expect(result.status == 64)
        #expect(result.stderr.contains("give --assessment ID"))
        #expect(!FileManager.default.fileExists(atPath: db))
        // An assessment of a workspace that does not exist: an error, and still no file.
        let missing = try CLI.run(["assessment", "import", Self.fixtures.appendingPathComponent("limesurvey.csv").path, "--wide",
                                   "--assessment", "1", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no workspace at \(db)"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func unknownQuestionnaireOrRoleIsAClearError() throws {
        let unknown = try CLI.run(["form", "no-such-survey"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("error: unknown questionnaire 'no-such-survey'; known: "))
        let role = try CLI.run(["form", "ospo-pulse", "--role", "ceo"])
        #expect(role.status == 1)
        #expect(role.stderr == "error: unknown role 'ceo'; questionnaire 'ospo-pulse' has manager, engineer, other\n")
        let wide = try CLI.run(["score", Self.fixtures.appendingPathComponent("broken.csv").path, "--wide"])
        #expect(wide.status == 1)
        #expect(wide.stderr.contains("add --questionnaire ID"))
    }

    @Test(arguments: [["form"], ["form", "ospo-pulse", "--format", "pdf"], ["score", "a.csv", "--mapping", "m.yaml"]])
    func badArgumentsExitSixtyFour(arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
    }
}
