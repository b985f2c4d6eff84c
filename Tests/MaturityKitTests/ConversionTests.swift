import Foundation
import Testing
@testable import MaturityKit

/// Public models converted from small hand-written files in each upstream
/// layout (Tests/Fixtures/convert), then read back, linted and scored.
struct ConversionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(_ folder: String) throws -> [ModelFile] {
        let url = root.appendingPathComponent("Tests/Fixtures/convert/\(folder)")
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        return try names.map { ModelFile(path: "\(folder)/\($0)", text: try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The shipped roles, which converted actions may name.
    static func shippedRoles() throws -> ContentLibrary {
        let text = try String(contentsOf: root.appendingPathComponent("rubrics/roles.yaml"), encoding: .utf8)
        return ContentLibrary(roles: try ContentLoader.loadRoles(text, path: "rubrics/roles.yaml").roles)
    }

    /// Converts, writes the YAML, reads it back and lints it: no error and
    /// no warning (what `ospo lint --strict` asks).
    static func convertAndReload(_ format: ModelFormat, _ folder: String) throws -> (ConvertedModel, ContentLibrary) {
        let (converted, diagnostics) = ModelConverter.convert(format, files: try files(folder))
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let model = try #require(converted)
        let loaded = model.files.map { file in
            let (document, diagnostics) = ContentLoader.load(file.text, path: file.name)
            return (path: file.name, document: document, diagnostics: diagnostics)
        }
        let lint = Linter.lint(loaded, fallback: try shippedRoles())
        #expect(lint.isEmpty, "\(lint.map(\.description).joined(separator: "\n"))")
        let library = ContentLibrary(documents: loaded.compactMap(\.document))
        return (model, library)
    }

    static func score(_ library: ContentLibrary, answers: [String: String]) throws -> Scorecard {
        let questionnaire = try #require(library.questionnaires.first)
        let respondent = Respondent(id: "r1", role: "respondent", answers: answers.sorted { $0.key < $1.key }.map { ($0.key, Answer(AnswerChoice($0.value))) })
        let set = AnswerSet(questionnaire: questionnaire.id, organisation: "Test Org", date: CalendarDate(year: 2026, month: 1, day: 15), respondents: [respondent])
        return ScoringEngine(questionnaire: questionnaire, rubrics: library.rubrics).score(set)
    }

    // MARK: - OpenChain

    static let allCorrect = ["q-1.a": "yes", "q-1.b.i": "yes", "q-1.b.ii": "yes", "q-1.b.iii": "yes", "q-2.a": "yes", "q-2.b": "no"]

    @Test func openChainAllCorrectIsConformant() throws {
        let (model, library) = try Self.convertAndReload(.openchain, "openchain")
        #expect(model.rubric.origin?.licence == "CC-BY-4.0")
        #expect(library.rubrics.first?.origin?.version == "specification 2.1, en")
        let card = try Self.score(library, answers: Self.allCorrect)
        let module = try #require(card.modules.first)
        // Every question answered with its correct answer: every dimension at 1, the module min(1, 1, 1, 1) = 1.
        #expect(module.score == 1)
        #expect(module.levelName(1) == "Conformant")
        #expect(module.failingConformance.isEmpty)
    }

    @Test func openChainOneWrongAnswerNamesItsClause() throws {
        let (_, library) = try Self.convertAndReload(.openchain, "openchain")
        var answers = Self.allCorrect
        answers["q-1.a"] = "no"
        let module = try #require(try Self.score(library, answers: answers).modules.first)
        #expect(module.score == 0)
        #expect(module.failingConformance.map(\.id) == ["oc-1.a"])
        #expect(module.failingConformance.first?.title == "1.a (clause 3.1.1) Is there a written policy for…")
        #expect(library.rubrics.first?.dimensions.first?.references == ["ISO/IEC 5230 3.1.1"])
    }

    @Test func openChainSubQuestionsPassAtTheStatedMinimum() throws {
        let (_, library) = try Self.convertAndReload(.openchain, "openchain")
        var answers = Self.allCorrect
        // 1.b needs 2 of its 3 points: one "No" leaves 2 → met; two leave 1 → not met.
        answers["q-1.b.iii"] = "no"
        #expect(try Self.score(library, answers: answers).modules.first?.failingConformance.isEmpty == true)
        answers["q-1.b.ii"] = "no"
        #expect(try Self.score(library, answers: answers).modules.first?.failingConformance.map(\.id) == ["oc-1.b"])
    }

    @Test func openChainWhereNoIsTheCorrectAnswer() throws {
        let (_, library) = try Self.convertAndReload(.openchain, "openchain")
        var answers = Self.allCorrect
        answers["q-2.b"] = "yes"
        #expect(try Self.score(library, answers: answers).modules.first?.failingConformance.map(\.id) == ["oc-2.b"])
    }

    @Test func openChainUnansweredQuestionFails() throws {
        let (_, library) = try Self.convertAndReload(.openchain, "openchain")
        var answers = Self.allCorrect
        answers["q-2.a"] = nil
        #expect(try Self.score(library, answers: answers).modules.first?.failingConformance.map(\.id) == ["oc-2.a"])
    }

    @Test func aFileOfAnotherShapeIsOneLocatedError() {
        let (model, diagnostics) = ModelConverter.convert(.openchain, files: [ModelFile(path: "x.json", text: "{\n  \"goals\": [], \"activities\": []\n}\n")])
        #expect(model == nil)
        #expect(diagnostics.map(\.description) == ["x.json:1:1: error: expected an OpenChain conformance questionnaire (JSON with 'sections' of 'questions'); this file has no 'sections'"])
    }

    // MARK: - SAMM

    @Test func sammPracticeScoresAsSAMMDoes() throws {
        let (model, library) = try Self.convertAndReload(.samm, "samm")
        #expect(model.rubric.origin?.licence == "CC-BY-SA-4.0")
        #expect(model.rubric.maxLevel == 3)
        // Stream A answered 1, 0.5, 0 at levels 1–3; stream B 0.25, 0, 0.
        let answers = ["g-sm-1-a": "yes-for-most-or-all-of", "g-sm-2-a": "yes-for-at-least-half", "g-sm-3-a": "no",
                       "g-sm-1-b": "yes-for-some", "g-sm-2-b": "no", "g-sm-3-b": "no"]
        let scale = try #require(library.questionnaires.first?.scales.first)
        for choice in Set(answers.values) { #expect(scale.option(choice) != nil, "\(choice) in \(scale.options.map(\.id))") }
        let practice = try #require(try Self.score(library, answers: answers).dimension("g-sm"))
        // SAMM: (1 + 0.25)/2 + (0.5 + 0)/2 + (0 + 0)/2 = 0.625 + 0.25 + 0 = 0.875.
        // ospo: 3 × (1 + 0.5 + 0 + 0.25 + 0 + 0) / 6 = 3 × 1.75 / 6 = 0.875.
        #expect(abs((practice.score ?? -1) - 0.875) < 1e-12)
    }

    @Test func sammFileOfAnotherShapeIsLocated() {
        let (model, diagnostics) = ModelConverter.convert(.samm, files: [ModelFile(path: "model/x.yml", text: "name: Something\n")])
        #expect(model == nil)
        #expect(diagnostics.map(\.description) == ["model/x.yml:1:1: error: expected OWASP SAMM model files (YAML with a 'type' such as Practice, Stream, Activity or Question); this file has no 'type'"])
    }

    // MARK: - DSOMM

    @Test func dsommDependsOnChainIsPlannedInOrder() throws {
        let (model, library) = try Self.convertAndReload(.dsomm, "dsomm")
        let actions = try #require(model.rubric.dimensions.first?.actions)
        #expect(actions.map(\.requires) == [[], ["written-build-steps"], ["automated-build"], ["automated-deployment"], ["signed-releases"]])
        // difficulty means 1, 2, 3, 4, 4.67 → 2, 5, 10, 20, 40 person-days; usefulness → impact.
        #expect(actions.map(\.effort) == [2, 5, 10, 20, 40])
        #expect(actions.map(\.impact) == [4, 3, 3, 2, 2])
        let profile = Profile(organisation: "Test Org", defaultTarget: 5,
                              plan: PlanSettings(start: CalendarDate(year: 2026, month: 1, day: 1), phaseMonths: 3, phases: 6, capacity: 45))
        let roadmap = try Planner(rubrics: library.rubrics, roles: try Self.shippedRoles().roles).plan(levels: ["build-and-deployment": 0], profile: profile)
        let order = roadmap.scheduledActions.sorted { $0.firstPhase < $1.firstPhase }
        let phaseOf = Dictionary(uniqueKeysWithValues: roadmap.scheduledActions.map { ($0.id, $0.firstPhase) })
        #expect(order.count == 5)
        let chain = ["written-build-steps", "automated-build", "automated-deployment", "signed-releases", "reproducible-builds"]
        for (earlier, later) in zip(chain, chain.dropFirst()) {
            #expect((phaseOf[earlier] ?? 99) <= (phaseOf[later] ?? -1), "\(earlier) before \(later)")
        }
    }

    @Test func dsommUnknownDependencyIsReportedAndKept() throws {
        let (converted, diagnostics) = ModelConverter.convert(.dsomm, files: try Self.files("dsomm"))
        #expect(diagnostics.map(\.description).contains(
            "dsomm/Build.yaml:75:11: warning: activity 'Reproducible builds' depends on 'Quantum-safe signatures', which no activity of the files given is named; kept in the action's description, not in 'requires'"))
        let last = try #require(converted?.rubric.dimensions.first?.actions.last)
        #expect(last.description?.contains("Quantum-safe signatures") == true)
    }

    // MARK: - GGI

    @Test func ggiActivityWithAllCheckpointsTickedIsDone() throws {
        let (model, library) = try Self.convertAndReload(.ggi, "ggi")
        #expect(model.roles?.roles.map(\.id) == ["ggi-ospo-lead", "ggi-developer"])
        #expect(library.questionnaires.first?.questions.map(\.id) == ["ggi-a-01.c1", "ggi-a-01.c2", "ggi-a-02.c1", "ggi-a-02.c2", "ggi-a-02.c3"])
        let card = try Self.score(library, answers: ["ggi-a-01.c1": "yes", "ggi-a-01.c2": "yes", "ggi-a-02.c1": "yes", "ggi-a-02.c2": "no", "ggi-a-02.c3": "yes"])
        // GGI-A-01: 1 × (1 + 1)/2 = 1 → level 1 (done); GGI-A-02: 1 × 2/3 → level 0.
        #expect(card.dimension("ggi-a-01")?.level == 1)
        #expect(card.dimension("ggi-a-02")?.level == 0)
        let profile = Profile(organisation: "Test Org", defaultTarget: 1,
                              plan: PlanSettings(start: CalendarDate(year: 2026, month: 1, day: 1), phaseMonths: 3, phases: 2, capacity: 30))
        let roadmap = try Planner(rubrics: library.rubrics, roles: try Self.shippedRoles().roles + (model.roles?.roles ?? [])).plan(card, profile: profile)
        // The done activity is not planned again; the other one is.
        #expect(roadmap.scheduledActions.map(\.id) == ["ggi-a-02.do"])
    }

    @Test func ggiCheckpointsAreTheTaskListItems() {
        #expect(GGIConverter.checkpoints(in: "intro\n- [ ] one\n  - [x] two\n- plain\n* [ ] three\n- [ ]\n") == ["one", "two", "three"])
    }
}

extension ConversionTests {
    @Test func contentVersionsAreSemanticVersions() {
        #expect(ConversionSupport.contentVersion("v1.2") == "1.2.0")
        #expect(ConversionSupport.contentVersion("2.1.1") == "2.1.1")
        #expect(ConversionSupport.contentVersion("2.0") == "2.0.0")
        #expect(ConversionSupport.contentVersion("handbook") == "1.0.0")
        #expect(ConversionSupport.contentVersion(nil) == "1.0.0")
    }
}
