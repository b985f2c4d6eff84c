import Foundation
import Testing

/// `ospo assessment import --wide --layout`: a survey tool's export goes into
/// the workspace read as `ospo score --wide --layout` reads it, or not at all.
struct SurveyImportCommandTests {
    typealias CLI = CommandLineTests
    static let surveys = BenchmarkCommandTests.surveys

    /// A workspace with organisation `acme` and assessment 1 of survey-mini.
    static func workspace() throws -> (folder: URL, db: String) {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("ws.sqlite").path
        #expect(try CLI.run(["org", "add", "Acme", "--slug", "acme", "--db", db]).status == 0)
        let new = try CLI.run(["assessment", "new", "acme", "--questionnaire", "survey-mini", "--library", surveys.path,
                               "--date", "2026-01-12", "--db", db])
        #expect(new.status == 0, "\(new.stderr)")
        return (folder, db)
    }

    /// The workspace's records, without the moment of the export.
    static func bundle(_ db: String) throws -> String {
        let export = try CLI.run(["export", "--db", db])
        #expect(export.status == 0, "\(export.stderr)")
        return export.stdout.split(separator: "\n").filter { !$0.contains("\"exported_at\"") }.joined(separator: "\n")
    }

    @Test(arguments: [("surveymonkey.csv", "surveymonkey", ["--mapping", "surveymonkey.mapping.yaml"]),
                      ("qualtrics.csv", "qualtrics", []), ("google-forms-choices.csv", "google-forms", []),
                      ("ms-forms-choices.csv", "ms-forms", [])])
    func anExportImportedScoresLikeScoreWideLayout(file: String, layout: String, mapping: [String]) throws {
        let (folder, db) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try CLI.run(["assessment", "import", file, "--wide", "--layout", layout] + mapping + ["--assessment", "1", "--db", db],
                                   in: Self.surveys)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("assessment 1: "))
        let stored = try CLI.run(["score", "--assessment", "1", "--db", db, "--format", "json"])
        #expect(stored.status == 0, "\(stored.stderr)")
        let direct = try CLI.run(["score", file, "--wide", "--layout", layout] + mapping
                                 + ["--questionnaire", "survey-mini", "--library", ".", "--format", "json"], in: Self.surveys)
        #expect(direct.status == 0, "\(direct.stderr)")
        #expect(try CollectingCommandTests.scores(stored.stdout) == CollectingCommandTests.scores(direct.stdout))
    }

    @Test func anUnfinishedQualtricsResponseIsLeftOutWithAWarning() throws {
        let (folder, db) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try CLI.run(["assessment", "import", "qualtrics.csv", "--wide", "--layout", "qualtrics", "--assessment", "1", "--db", db],
                                   in: Self.surveys)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("qualtrics.csv:5:7: warning: an unfinished response (Finished is False) is left out; --include-incomplete imports it"))
        // One respondent, R_1aBcDeFgHiJkLmN, answered S-01, S-02 and S-03: 3 answers.
        #expect(imported.stdout.hasPrefix("assessment 1: 3 answers recorded, 0 unchanged; 1 new and 0 existing respondent"), "\(imported.stdout)")
    }

    @Test(arguments: [
        ("surveymonkey-one-header-row.csv", "surveymonkey", [String](),
         "surveymonkey-one-header-row.csv:2:1: error: a SurveyMonkey export has a second header row under the question texts ('Response', 'Open-Ended Response' or the options), but row 2 holds a response ('11800001' under 'Respondent ID'); export the responses again as expanded CSV, or name the layout the file has with --layout"),
        ("surveymonkey.csv", "surveymonkey", ["--mapping", "surveymonkey-twice.mapping.yaml"],
         "surveymonkey.csv:1:11: error: column 'Do you have a written open source policy?' holds the answers to S-01, like column 10; keep one of them, or list the other under 'ignore' in the mapping"),
    ])
    func aBrokenExportIsOneLocatedErrorAndWritesNothing(file: String, layout: String, mapping: [String], error: String) throws {
        let (folder, db) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.bundle(db)
        let result = try CLI.run(["assessment", "import", file, "--wide", "--layout", layout] + mapping + ["--assessment", "1", "--db", db],
                                 in: Self.surveys)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == error + "\n1 error found; nothing was written.\n")
        #expect(try Self.bundle(db) == before, "no batch, respondent or answer was written")
    }
}
