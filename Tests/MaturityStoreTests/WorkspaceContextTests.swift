import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// The workspace keeps an assessment's context (migration v6) and a money
/// measure's currency, and bundles carry both.
struct WorkspaceContextTests {
    // WorkspaceTests' content, with a context fact hiding Q2 from private
    // organisations and a money measure.
    static let questionnaire = WorkspaceTests.questionnaire
        .replacingOccurrences(of: "sections:", with: """
        context:
          - id: sector
            text: Kind?
            options: [{ id: public, label: Public }, { id: private, label: Private }]
        sections:
        """)
        .replacingOccurrences(of: "allow_na: true }", with: "allow_na: true, when: { context: sector, in: [public] } }")
    static let rubric = WorkspaceTests.rubric
        .replacingOccurrences(of: "unit: percent, direction: up, target: 80", with: "unit: currency, currency: EUR, direction: up, target: 800")
    static let content = [ContentFile(path: "mod.yaml", text: rubric), ContentFile(path: "roles.yaml", text: WorkspaceTests.roles),
                          ContentFile(path: "q.yaml", text: questionnaire)]

    static func workspace() throws -> (Workspace, Int64) {
        let workspace = try Workspace.inMemory()
        workspace.fixedToday = CalendarDate(year: 2026, month: 12, day: 31)
        try workspace.addOrganisation(name: "Acme Corp", slug: "acme")
        let assessment = try workspace.newAssessment(organisation: "acme", content: content, questionnaire: "q",
                                                     date: CalendarDate(year: 2026, month: 1, day: 10))
        return (workspace, assessment.id ?? 0)
    }

    static func answers(context: String, q2: String = "yes") throws -> AnswerSet {
        try ContentLoader.loadAnswers("""
        format: ospo/answers@1
        questionnaire: q
        organisation: Acme
        date: 2026-01-10
        \(context)
        respondents:
          - { id: r1, role: boss, answers: { Q1: "no", Q2: "\(q2)" } }
        """, path: "answers.yaml")
    }

    @Test func anImportStatesTheContextAndScoresLeaveOutWhatDoesNotApply() throws {
        let (workspace, id) = try Self.workspace()
        try workspace.importAnswers(try Self.answers(context: ""), into: id, source: "a")
        // No context yet: Q1 no (0) and Q2 yes (1): 2 × (0 + 1) / 2 = 1.00.
        #expect(try workspace.scorecard(of: id).dimension("alpha")?.score == 1)
        try workspace.importAnswers(try Self.answers(context: "context: { sector: private }"), into: id, source: "b")
        #expect(try workspace.context(of: id) == OrganisationContext(["sector": "private"]))
        #expect(try workspace.answerSet(of: id).context == OrganisationContext(["sector": "private"]))
        // Private: Q2 is left out, Q1 no: 2 × 0 = 0.00.
        let card = try workspace.scorecard(of: id)
        #expect(card.dimension("alpha")?.score == 0)
        #expect(card.dimension("alpha")?.questions.map(\.id) == ["Q1"])
    }

    @Test func aFactStatedInAnInterviewIsCheckedAndKept() throws {
        let (workspace, id) = try Self.workspace()
        try workspace.state(OrganisationContext(["sector": "public"]), of: id)
        #expect(try workspace.context(of: id) == OrganisationContext(["sector": "public"]))
        #expect(throws: WorkspaceError.refusedByQuestionnaire("'federal' is not a value of context fact 'sector'; it offers public, private")) {
            try workspace.state(OrganisationContext(["sector": "federal"]), of: id)
        }
        #expect(throws: WorkspaceError.refusedByQuestionnaire("unknown context fact 'colour' in questionnaire 'q'")) {
            try workspace.state(OrganisationContext(["colour": "red"]), of: id)
        }
        #expect(try workspace.context(of: id) == OrganisationContext(["sector": "public"]))
    }

    @Test func bundlesCarryTheContextAndTheCurrency() throws {
        let (workspace, id) = try Self.workspace()
        // Both "no": alpha is at 0, so the plan holds alpha.one and its money measure.
        try workspace.importAnswers(try Self.answers(context: "context: { sector: public }", q2: "no"), into: id, source: "a")
        _ = try WorkspaceTests.acceptedPlan(workspace, assessment: id)
        let bundle = try workspace.export()
        #expect(bundle.assessments.first?.context == ["sector": "public"])
        #expect(bundle.plans.first?.objectives.first { $0.actionId == "alpha.one" }?.measures.first?.currency == "EUR")
        let restored = try Workspace.inMemory()
        try restored.importBundle(try Workspace.decodeBundle(try Workspace.encode(bundle), path: "b.json"))
        let restoredId = try restored.latestAssessment(organisation: "acme").id ?? 0
        #expect(try restored.context(of: restoredId) == OrganisationContext(["sector": "public"]))
        #expect(try restored.scorecard(of: restoredId) == (try workspace.scorecard(of: id)))
    }

    /// Where `value` first stands in the line that holds `key`, as
    /// `(line, column)` counted from 1: where a located error must point.
    static func place(of value: String, after key: String, in text: String) throws -> (Int, Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let index = try #require(lines.firstIndex { $0.contains(key) })
        let line = lines[index]
        let keyEnd = try #require(line.range(of: key)).upperBound
        let start = try #require(line.range(of: value, range: keyEnd..<line.endIndex)).lowerBound
        return (index + 1, line.distance(from: line.startIndex, to: start) + 1)
    }

    /// A bundle whose context names a fact or a value the questionnaire does
    /// not declare is refused at those places, and nothing is written.
    @Test func aBundlesContextIsCheckedAgainstItsQuestionnaire() throws {
        let (workspace, id) = try Self.workspace()
        try workspace.importAnswers(try Self.answers(context: "context: { sector: public }"), into: id, source: "a")
        var bundle = try workspace.export()
        bundle.assessments[0].context = ["sector": "federal", "colour": "red"]
        let data = try Workspace.encode(bundle)
        let text = try #require(String(data: data, encoding: .utf8))
        let (colourLine, colourColumn) = try Self.place(of: "\"red\"", after: "\"colour\"", in: text)
        let (sectorLine, sectorColumn) = try Self.place(of: "\"federal\"", after: "\"sector\"", in: text)
        // Reported in the order of the text.
        let errors = [
            (colourLine, colourColumn, BundleError.invalidValue(path: "b.json", line: colourLine, column: colourColumn, field: "context",
                                                                value: "colour", expected: "a context fact of questionnaire q (sector)")),
            (sectorLine, sectorColumn, BundleError.invalidValue(path: "b.json", line: sectorLine, column: sectorColumn, field: "context.sector",
                                                                value: "federal", expected: "one of public, private")),
        ].sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        let restored = try Workspace.inMemory()
        #expect(throws: BundleError.several(errors)) {
            try restored.importBundle(try Workspace.decodeBundle(data, path: "b.json"), source: ("b.json", data))
        }
        #expect(try restored.organisations().isEmpty)
    }

    @Test func aWideCSVImportStatesTheContextOfItsFirstRow() throws {
        let (workspace, id) = try Self.workspace()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("context-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try "respondent,role,context: sector,Q1,Q2\nr1,boss,Private,no,\nr2,dev,,yes,\n".write(to: url, atomically: true, encoding: .utf8)
        try workspace.importWideCSV(at: url.path, into: id)
        #expect(try workspace.context(of: id) == OrganisationContext(["sector": "private"]))
        // Q2 does not apply: alpha = 2 × (boss 2 × 0 + dev 1 × 1) / 3 = 0.67.
        let score = try #require(try workspace.scorecard(of: id).dimension("alpha")?.score)
        #expect(abs(score - 2.0 / 3) < 1e-12)
    }
}
