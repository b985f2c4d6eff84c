import Foundation
import Testing

/// `ospo form` and `ospo score --wide` end to end through the built binary.
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
