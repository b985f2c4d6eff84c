import Foundation
import Testing

/// `ospo convert` end to end: what it writes, what it refuses, and that a
/// refusal writes nothing.
struct ConvertCommandTests {
    static let fixtures = CommandLineTests.root.appendingPathComponent("Tests/Fixtures/convert")

    @Test func convertsLintsAndScoresOpenChain() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Self.fixtures.appendingPathComponent("openchain/questionnaire-en.json").path
        let convert = try CommandLineTests.run(["convert", "openchain", input, "--output", "oc"], in: folder)
        #expect(convert.status == 0, "\(convert.stderr)")
        #expect(convert.stdout.contains("wrote oc/iso-5230.rubric.yaml\nwrote oc/iso-5230-self-certification.questionnaire.yaml\n"))
        let lint = try CommandLineTests.run(["lint", "--strict", "oc"], in: folder)
        #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
        let answers = Self.fixtures.appendingPathComponent("answers/openchain-one-no.yaml").path
        let score = try CommandLineTests.run(["score", answers, "--library", "oc"], in: folder)
        #expect(score.status == 0, "\(score.stderr)")
        #expect(score.stdout.hasSuffix("ISO/IEC 5230 (OpenChain) conformance: not conformant; failing: 1.a (clause 3.1.1) Is there a written policy for…\n"))
        let markdown = try CommandLineTests.run(["score", answers, "--library", "oc", "--format", "md"], in: folder)
        #expect(markdown.stdout.contains("\n**Not conformant.** Failing: 1.a \\(clause 3.1.1\\) Is there a written policy for….\n"))
        let json = try CommandLineTests.run(["score", answers, "--library", "oc", "--format", "json"], in: folder)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let module = (document?["modules"] as? [[String: Any]])?.first
        #expect(module?["conformant"] as? Bool == false)
        #expect(module?["failing"] as? [String] == ["oc-1.a"])
        #expect((document?["source"] as? [String: Any])?["licence"] as? String == "CC-BY-4.0")
        #expect(score.stdout.contains("\nContent from OpenChain ISO/IEC 5230 conformance questionnaire specification 2.1, en (CC-BY-4.0): Questions from the OpenChain Project's conformance questionnaire, licensed CC BY 4.0.\n"))
    }

    @Test func refusesToReplaceFilesWithoutForce() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Self.fixtures.appendingPathComponent("ggi/ggi_activities_full.json").path
        #expect(try CommandLineTests.run(["convert", "ggi", input, "-o", "ggi"], in: folder).status == 0)
        let rubric = folder.appendingPathComponent("ggi/ggi.rubric.yaml")
        try "edited by hand\n".write(to: rubric, atomically: true, encoding: .utf8)
        let again = try CommandLineTests.run(["convert", "ggi", input, "-o", "ggi"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr == "ggi/ggi.rubric.yaml: error: the file exists; pass --force to replace it, or choose another --output folder\n")
        #expect(try String(contentsOf: rubric, encoding: .utf8) == "edited by hand\n")
        #expect(try CommandLineTests.run(["convert", "ggi", input, "-o", "ggi", "--force"], in: folder).status == 0)
        #expect(try String(contentsOf: rubric, encoding: .utf8).hasPrefix("format: ospo/rubric@1\n"))
    }

    @Test func aModelFileOfAnotherShapeWritesNothing() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = Self.fixtures.appendingPathComponent("openchain/questionnaire-en.json").path
        let result = try CommandLineTests.run(["convert", "ggi", input, "-o", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr == "\(input):1:1: error: expected a GGI activities file (JSON with 'goals' and 'activities'); this file has no 'goals'\n1 error found; nothing was written.\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
}

/// `ospo benchmark` end to end.
struct BenchmarkCommandTests {
    static let surveys = CommandLineTests.root.appendingPathComponent("Tests/Fixtures/surveys")

    static func arguments(_ population: String) -> [String] {
        ["benchmark", surveys.appendingPathComponent("client.answers.yaml").path,
         "--population", surveys.appendingPathComponent(population).path, "--organisation-column", "Company",
         "--mapping", surveys.appendingPathComponent("surveymonkey.mapping.yaml").path, "--library", surveys.path]
    }

    @Test func placesTheClientWithoutNamingThePopulation() throws {
        let result = try CommandLineTests.run(Self.arguments("surveymonkey-population.csv"))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\n  Policy              1.75        67th  1.00    1.38  1.75  6\n"))
        for name in ["Alder", "Birch", "Cedar", "Damson", "Elm", "Fir"] { #expect(!result.stdout.contains(name)) }
    }

    @Test func anOrganisationColumnAbsentIsOneLocatedError() throws {
        let arguments = Self.arguments("surveymonkey-population.csv").map { $0 == "Company" ? "Organisation" : $0 }
        let result = try CommandLineTests.run(arguments)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let path = Self.surveys.appendingPathComponent("surveymonkey-population.csv").path
        #expect(result.stderr.hasPrefix("\(path):1:1: error: no column 'Organisation' in the header; give the header of the column that names each organisation with --organisation-column, as the export writes it\n"))
        #expect(result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.count == 1)
    }

    @Test func aPopulationUnderFiveIsRefused() throws {
        let result = try CommandLineTests.run(Self.arguments("surveymonkey.csv"))
        #expect(result.status == 1)
        #expect(result.stderr == "\(Self.surveys.appendingPathComponent("surveymonkey.csv").path): error: the population has 3 organisations; benchmarking needs at least 5, so that no figure points at one of them\n")
    }
}

/// `ospo score --wide --layout`: survey exports as the tools write them.
struct SurveyLayoutCommandTests {
    @Test func scoresASurveyMonkeyExportAndRefusesOneWithoutItsSecondHeaderRow() throws {
        let surveys = BenchmarkCommandTests.surveys
        let score = try CommandLineTests.run(["score", "surveymonkey.csv", "--wide", "--layout", "surveymonkey",
                                              "--mapping", "surveymonkey.mapping.yaml", "--library", ".", "--organisation", "Acme",
                                              "--format", "json"], in: surveys)
        #expect(score.status == 0, "\(score.stderr)")
        #expect(score.stdout.contains("\"organisation\" : \"Acme\""))
        let refused = try CommandLineTests.run(["score", "surveymonkey-one-header-row.csv", "--wide", "--layout", "surveymonkey",
                                                "--questionnaire", "survey-mini", "--library", "."], in: surveys)
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("surveymonkey-one-header-row.csv:2:1: error: a SurveyMonkey export has a second header row"))
        #expect(refused.stderr.hasSuffix("\n1 error found; nothing was written.\n"))
    }

    @Test func layoutNeedsWide() throws {
        let result = try CommandLineTests.run(["score", "x.csv", "--layout", "qualtrics"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--layout and --include-incomplete read a wide CSV: add --wide"))
    }
}
