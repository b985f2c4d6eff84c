import Foundation
import MaturityKit
import ShippedContent
import Testing

/// `ospo report KIND --org ORG | --assessment ID` through the built binary,
/// on a workspace the test builds with the workspace commands: Northwind's
/// two assessments and accepted plan with a few readings, and Kestrel with
/// an assessment but no plan.
struct WorkspaceReportTests {
    static let samples = CommandLineTests.root.appendingPathComponent("samples")

    /// A workspace in a fresh folder, built once per test that asks for it.
    struct Fixture {
        let folder: URL
        var db: String { folder.appendingPathComponent("ws.sqlite").path }

        init() throws {
            folder = try CommandLineTests.temporaryFolder()
            let northwind = WorkspaceReportTests.samples.appendingPathComponent("northwind-agency")
            try step(["org", "add", "Northwind Agency", "--sector", "Public sector"])
            try step(["org", "add", "Kestrel Logistics Group", "--slug", "kestrel", "--sector", "Logistics"])
            try step(["assessment", "import", northwind.appendingPathComponent("answers-2025.yaml").path])
            try step(["assessment", "import", northwind.appendingPathComponent("answers.yaml").path])
            try step(["assessment", "import", WorkspaceReportTests.samples.appendingPathComponent("kestrel-logistics/answers.yaml").path,
                      "--org", "kestrel"])
            try step(["roadmap", "accept", "--org", "northwind-agency", "--profile", northwind.appendingPathComponent("profile.yaml").path])
            // The charter: 40 % on 1 Feb, 70 % on 1 Mar 2027.
            try step(["objective", "start", "ospo-design.charter", "--org", "northwind-agency"])
            try step(["measure", "record", "ospo-design.charter", "ospo-design.charter.acknowledged", "40", "--org", "northwind-agency", "--date", "2027-02-01"])
            try step(["measure", "record", "ospo-design.charter", "ospo-design.charter.acknowledged", "70", "--org", "northwind-agency", "--date", "2027-03-01"])
            // Dependency alerts: 20 % on 15 Jan, 96 % on 1 Apr 2027 (target 95).
            try step(["measure", "record", "supply-chain.dependency-alerts", "supply-chain.dependency-alerts.coverage", "20", "--org", "northwind-agency", "--date", "2027-01-15"])
            try step(["measure", "record", "supply-chain.dependency-alerts", "supply-chain.dependency-alerts.coverage", "96", "--org", "northwind-agency", "--date", "2027-04-01"])
        }

        func step(_ arguments: [String]) throws {
            let result = try CommandLineTests.run(arguments + ["--db", db])
            guard result.status == 0 else {
                Issue.record("ospo \(arguments.joined(separator: " ")) failed: \(result.stderr)")
                throw CommandLineTests.CLIError.noBinary
            }
        }

        func report(_ arguments: [String]) throws -> CommandLineTests.Result {
            try CommandLineTests.run(["report"] + arguments + ["--db", db])
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    static var northwindFiles: [String] {
        let folder = samples.appendingPathComponent("northwind-agency")
        return ["--answers", folder.appendingPathComponent("answers.yaml").path,
                "--profile", folder.appendingPathComponent("profile.yaml").path]
    }

    /// The accepted plan is planned again from its assessment and stored
    /// profile: every format is byte for byte the report made from the same
    /// answers and profile files.
    @Test func acceptedPlanReportsEqualTheReportsFromTheSameFiles() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        for kind in ["assessment", "executive", "roadmap"] {
            for format in ["md", "html", "json", "csv"] {
                let fromWorkspace = try fixture.report([kind, "--org", "northwind-agency", "--format", format])
                #expect(fromWorkspace.status == 0, "\(kind) \(format): \(fromWorkspace.stderr)")
                #expect(fromWorkspace.stderr.isEmpty, "\(kind) \(format): \(fromWorkspace.stderr)")
                let fromFiles = try CommandLineTests.run(["report", kind] + Self.northwindFiles + ["--format", format])
                #expect(fromWorkspace.stdout == fromFiles.stdout, "\(kind) \(format) differs from the report made from files")
            }
        }
    }

    /// Answers revised after the plan was accepted change the plan made again
    /// from them: the report says so, and shows that plan.
    @Test func answersRevisedAfterAcceptanceAreFlagged() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // Every respondent of the reassessment now gives the top answer to every policy
        // question put to them: policy reaches level 4, above its target of 2, so the
        // policy actions drop out of the plan.
        let sample = try String(contentsOf: Self.samples.appendingPathComponent("northwind-agency/answers.yaml"), encoding: .utf8)
        let answers = try ContentLoader.loadAnswers(sample, path: "answers.yaml")
        let file = try #require(ShippedContent.files.first { $0.path == "questionnaires/ospo-interview.yaml" })
        guard case .questionnaire(let interview)? = ContentLoader.load(file.text, path: file.path).0 else {
            Issue.record("the shipped interview does not load")
            return
        }
        var yaml = "format: ospo/answers@1\nquestionnaire: ospo-interview\norganisation: Northwind Agency\ndate: 2026-11-09\nrespondents:\n"
        for respondent in answers.respondents {
            yaml += "  - id: \(respondent.id)\n    role: \(respondent.role)\n    answers:\n"
            for question in interview.questions where question.dimension == "policy" && question.isAsked(of: respondent.role) {
                guard let top = interview.scales.first(where: { $0.id == question.scale })?.options.max(by: { $0.value < $1.value }) else { continue }
                yaml += "      \(question.id): \"\(top.id)\"\n"
            }
        }
        let revised = fixture.folder.appendingPathComponent("revised.yaml")
        try yaml.write(to: revised, atomically: true, encoding: .utf8)
        try fixture.step(["assessment", "import", revised.path, "--assessment", "2"])

        let result = try fixture.report(["roadmap", "--org", "northwind-agency", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: the answers of assessment 2 changed after plan 1 was accepted"))
        let fromFiles = try CommandLineTests.run(["report", "roadmap"] + Self.northwindFiles + ["--format", "json"])
        #expect(result.stdout != fromFiles.stdout)
        // Policy was at level 1 when the plan was accepted; from the revised answers it is at 4.
        func policyLevel(_ json: String) throws -> Int? {
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let gaps = (document["roadmap"] as? [String: Any])?["gaps"] as? [[String: Any]] ?? []
            return gaps.first { $0["dimension"] as? String == "policy" }?["current"] as? Int
        }
        #expect(try policyLevel(fromFiles.stdout) == 1)
        #expect(try policyLevel(result.stdout) == 4)
    }

    @Test func assessmentByIdTakesTheCurrentPlansTargets() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        // Assessment 1 is the 2025 baseline; the targets come from the plan accepted from assessment 2.
        let baseline = try fixture.report(["assessment", "--assessment", "1", "--format", "csv"])
        #expect(baseline.status == 0, "\(baseline.stderr)")
        let lines = baseline.stdout.split(separator: "\r\n").map(String.init)
        #expect(lines.first == "module,dimension,title,score,level,level_name,coverage,dissent,target,gap")
        // Northwind's profile: policy target 2.
        let policy = try #require(lines.first { $0.hasPrefix("deployment,policy,") })
        #expect(policy.split(separator: ",").dropLast().last == "2")
        let kestrel = try fixture.report(["assessment", "--org", "kestrel", "--format", "csv"])
        #expect(kestrel.status == 0, "\(kestrel.stderr)")
        // No plan, so no target: the last two cells are empty.
        #expect(kestrel.stdout.split(separator: "\r\n").dropFirst().allSatisfy { $0.hasSuffix(",,") })
    }

    @Test func progressAsOfADayShowsStatusesFromTheReadings() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let result = try fixture.report(["progress", "--org", "northwind-agency", "--as-of", "2027-03-15", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["as_of"] as? String == "2027-03-15")
        let objectives = try #require(json["objectives"] as? [[String: Any]])
        // Northwind's plan schedules 22 actions (docs/planning.md: the plan that reaches sovereignty).
        #expect(objectives.count == 22)
        func status(_ id: String) -> String? { objectives.first { $0["id"] as? String == id }?["status"] as? String }
        // As of 15 March only the reading of 15 January (20) exists: one
        // reading draws no line → no-data. The 96 of 1 April comes later.
        #expect(status("supply-chain.dependency-alerts") == "no-data")
        // 40 and 70 in February: two readings, too few for a forecast.
        #expect(status("ospo-design.charter") == "no-data")
        #expect(status("skills.skills-inventory") == "no-data")
        let maturity = try #require(json["maturity"] as? [String: Any])
        // The plan was made from the reassessment (assessment 2): the history starts there.
        #expect((maturity["assessments"] as? [Any])?.count == 1)

        // As of 15 April the 96 of 1 April is in: it meets the target of 95, so the
        // objective, due 3 April and not yet marked done, is done rather than overdue.
        let april = try fixture.report(["progress", "--org", "northwind-agency", "--as-of", "2027-04-15", "--format", "json"])
        let later = try #require(try JSONSerialization.jsonObject(with: Data(april.stdout.utf8)) as? [String: Any])
        let laterObjectives = try #require(later["objectives"] as? [[String: Any]])
        #expect(laterObjectives.first { $0["id"] as? String == "supply-chain.dependency-alerts" }?["status"] as? String == "done")

        let html = try fixture.report(["progress", "--assessment", "2", "--as-of", "2027-03-15"])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("Progress report: Northwind Agency"))
    }

    @Test func progressWritesToAFileWithOutput() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let file = fixture.folder.appendingPathComponent("progress.html").path
        let printed = try CommandLineTests.run(["progress", "northwind-agency", "--as-of", "2027-03-15", "--format", "html", "--db", fixture.db])
        let written = try CommandLineTests.run(["progress", "northwind-agency", "--as-of", "2027-03-15", "--format", "html",
                                                "--output", file, "--db", fixture.db])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.isEmpty)
        #expect(written.stderr == "wrote \(file)\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == printed.stdout)
    }

    @Test func portfolioOfTheWorkspaceGroupsBySectorAndAnonymises() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let named = try fixture.report(["portfolio", "--format", "csv"])
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout.contains("Northwind Agency,Public sector,2025-11-10,"))
        #expect(named.stdout.contains("Northwind Agency,Public sector,2026-11-09,"))
        #expect(named.stdout.contains("Kestrel Logistics Group,Logistics,2026-10-19,"))
        for format in ["csv", "html", "md", "json"] {
            let anonymous = try fixture.report(["portfolio", "--anonymise", "--format", format])
            #expect(anonymous.status == 0, "\(anonymous.stderr)")
            #expect(!anonymous.stdout.contains("Northwind"), "\(format) names Northwind")
            #expect(!anonymous.stdout.contains("Kestrel"), "\(format) names Kestrel")
        }
    }

    @Test func executiveFromAnAssessmentWithAProfileOrWithoutAPlan() throws {
        let fixture = try Fixture()
        defer { fixture.remove() }
        let profile = Self.samples.appendingPathComponent("northwind-agency/profile.yaml").path
        let baseline = try fixture.report(["executive", "--assessment", "1", "--profile", profile, "--format", "md"])
        #expect(baseline.status == 0, "\(baseline.stderr)")
        #expect(baseline.stdout.contains("Assessment of 10 Nov 2025"))

        let noPlan = try fixture.report(["executive", "--assessment", "1"])
        #expect(noPlan.status == 1)
        #expect(noPlan.stderr.contains("no roadmap was accepted from assessment 1; give the targets with --profile FILE"))
        let kestrel = try fixture.report(["roadmap", "--org", "kestrel"])
        #expect(kestrel.status == 1)
        #expect(kestrel.stderr.contains("kestrel has no accepted roadmap; give the targets with --profile FILE"))
        let unknown = try fixture.report(["assessment", "--org", "nobody"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("unknown organisation 'nobody'"))
    }

    @Test(arguments: [
        (["executive", "--org", "northwind-agency", "--answers", "a.yaml"], "not both"),
        (["portfolio", "--org", "northwind-agency"], "leave out --org and --assessment"),
        (["assessment", "--org", "northwind-agency", "--as-of", "2027-01-01"], "--as-of is for the progress report only"),
        (["assessment"], "--org ORG"),
    ])
    func usageErrorsExitSixtyFour(arguments: [String], message: String) throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandLineTests.run(["report"] + arguments + ["--db", folder.appendingPathComponent("none.sqlite").path])
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func aMissingWorkspaceIsNotCreated() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("none.sqlite").path
        let result = try CommandLineTests.run(["report", "portfolio", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no workspace at \(db)"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }
}
