import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// The workspace's behaviours, one each, on in-memory databases (Given/When/Then).
struct WorkspaceTests {
    static let rubric = """
    format: ospo/rubric@1
    id: mod
    title: Module
    version: 1.0.0
    scale: [{ level: 0, name: L0 }, { level: 1, name: L1 }, { level: 2, name: L2 }]
    dimensions:
      - id: alpha
        title: Alpha
        levels: { 0: a0, 1: a1, 2: a2 }
        actions:
          - id: alpha.one
            title: First step
            level: 1
            effort: 5
            impact: 4
            roles: [lead]
            measures: [{ id: alpha.one.share, name: Share done, unit: percent, direction: up, target: 80 }]
          - { id: alpha.two, title: Second step, level: 2, effort: 5, impact: 3, roles: [lead] }
    """
    static let roles = "format: ospo/roles@1\nroles:\n  - { id: lead, title: Lead }\n"
    static let questionnaire = """
    format: ospo/questionnaire@1
    id: q
    title: Q
    version: 1.0.0
    rubrics: [mod]
    scales:
      yesno: [{ id: "no", label: "No", value: 0 }, { id: "yes", label: "Yes", value: 1 }]
    roles: { boss: { title: Boss, weight: 2 }, dev: { title: Dev } }
    sections:
      - id: s
        title: S
        questions:
          - { id: Q1, text: One, dimension: alpha, scale: yesno }
          - { id: Q2, text: Two, dimension: alpha, scale: yesno, allow_na: true }
    """
    static let content = [ContentFile(path: "mod.yaml", text: rubric), ContentFile(path: "roles.yaml", text: roles),
                          ContentFile(path: "q.yaml", text: questionnaire)]

    static func answers(_ body: String, date: String = "2026-01-10") throws -> AnswerSet {
        try ContentLoader.loadAnswers("""
        format: ospo/answers@1
        questionnaire: q
        organisation: Acme
        date: \(date)
        respondents:
        \(body)
        """, path: "answers.yaml")
    }

    static func workspace() throws -> (Workspace, Int64) {
        let clock = Clock()
        let workspace = try Workspace.inMemory(clock: { clock.tick() })
        // Plans and status changes are stamped on 1 Jan 2026; the readings the
        // tests record through 2026 may not lie after today, so today is the
        // year's last day.
        workspace.fixedToday = CalendarDate(year: 2026, month: 12, day: 31)
        try workspace.addOrganisation(name: "Acme Corp", slug: "acme")
        let assessment = try workspace.newAssessment(organisation: "acme", content: content, questionnaire: "q",
                                                     date: CalendarDate(year: 2026, month: 1, day: 10))
        return (workspace, assessment.id ?? 0)
    }

    /// A clock that moves one second per call, so time stamps are predictable.
    final class Clock: @unchecked Sendable {
        private var seconds = 1_767_225_600.0 // 2026-01-01T00:00:00Z
        private let lock = NSLock()
        func tick() -> Date {
            lock.lock(); defer { lock.unlock() }
            seconds += 1
            return Date(timeIntervalSince1970: seconds)
        }
    }

    @Test func organisationsHaveUniqueShortNames() throws {
        let workspace = try Workspace.inMemory()
        let added = try workspace.addOrganisation(name: "Northwind Agency")
        #expect(added.slug == "northwind-agency")
        #expect(try workspace.organisation("Northwind agency").slug == "northwind-agency")
        #expect(throws: WorkspaceError.organisationExists(slug: "northwind-agency")) {
            try workspace.addOrganisation(name: "Northwind  Agency")
        }
        #expect(throws: WorkspaceError.self) { try workspace.organisation("nobody") }
    }

    @Test func importScoresLikeTheStatelessEngine() throws {
        let (workspace, id) = try Self.workspace()
        let set = try Self.answers("""
          - { id: r1, role: boss, answers: { Q1: "yes", Q2: "no" } }
          - { id: r2, role: dev, answers: { Q1: "no" } }
        """)
        let summary = try workspace.importAnswers(set, into: id, source: "answers.yaml")
        #expect(summary.recorded == 3)
        #expect(summary.newRespondents == 2)
        // Q1 = (2×1 + 1×0)/3 = 2/3; Q2 = 0 → alpha = 2 × (2/3 + 0)/2 = 2/3.
        let card = try workspace.scorecard(of: id)
        #expect(abs((card.dimension("alpha")?.score ?? 0) - 2.0 / 3.0) < 1e-12)
        let library = try ContentLibrary(documents: Self.content.compactMap { ContentLoader.load($0.text, path: $0.path).0 })
        let stateless = try #require(ScoringEngine(library: library, questionnaire: "q")).score(set)
        #expect(card.modules == stateless.modules)
    }

    @Test func reimportKeepsHistoryAndSkipsUnchangedAnswers() throws {
        let (workspace, id) = try Self.workspace()
        try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"no\", Q2: \"no\" } }"), into: id, source: "first")
        let second = try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"yes\", Q2: \"no\" } }"), into: id, source: "second")
        #expect(second.recorded == 1)
        #expect(second.unchanged == 1)
        #expect(second.existingRespondents == 1)
        let history = try workspace.history(of: id, question: "Q1")
        #expect(history.map(\.answer.choice.id) == ["no", "yes"])
        #expect(history.map(\.source) == ["first", "second"])
        #expect(try workspace.answerSet(of: id).respondents.first?.answers["Q1"]?.choice == .option("yes"))
    }

    @Test func badAnswersWriteNothing() throws {
        let (workspace, id) = try Self.workspace()
        let bad = try Self.answers("""
          - { id: r1, role: boss, answers: { Q1: maybe, Q9: "yes" } }
          - { id: r2, role: ceo, answers: { Q1: "yes" } }
        """)
        #expect(throws: ContentError.self) { try workspace.importAnswers(bad, into: id, source: "bad") }
        #expect(try workspace.answerSet(of: id).respondents.isEmpty)
    }

    @Test func respondentCannotChangeRole() throws {
        let (workspace, id) = try Self.workspace()
        try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"no\" } }"), into: id, source: "a")
        #expect(throws: ContentError.self) {
            try workspace.importAnswers(try Self.answers("  - { id: r1, role: dev, answers: { Q1: \"yes\" } }"), into: id, source: "b")
        }
        #expect(try workspace.history(of: id, question: "Q1").count == 1)
    }

    @Test func answersForAnotherQuestionnaireOrAClosedAssessmentAreRefused() throws {
        let (workspace, id) = try Self.workspace()
        var other = try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"no\" } }")
        other.questionnaire = "ospo-interview"
        // Located at the file's `questionnaire:` value (line 2, column 16).
        #expect(throws: ContentError([.error(SourceLocation(file: "answers.yaml", line: 2, column: 16),
            "these answers are for questionnaire 'ospo-interview', but assessment \(id) uses 'q'")])) {
            try workspace.importAnswers(other, into: id, source: "x")
        }
        try workspace.closeAssessment(id)
        #expect(throws: WorkspaceError.assessmentClosed(id)) {
            try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"no\" } }"), into: id, source: "y")
        }
        #expect(try workspace.assessment(id).status == .closed)
    }

    @Test func snapshotKeepsTheAssessmentScorableAfterContentChanges() throws {
        let (workspace, id) = try Self.workspace()
        try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"yes\", Q2: \"yes\" } }"), into: id, source: "a")
        // A later assessment against changed content (a new option value) does not alter the first.
        let changed = Self.questionnaire.replacingOccurrences(of: "value: 1 }]", with: "value: 0.5 }]")
        let later = try workspace.newAssessment(organisation: "acme", content: [Self.content[0], Self.content[1], ContentFile(path: "q.yaml", text: changed)],
                                                questionnaire: "q", date: CalendarDate(year: 2027, month: 1, day: 10))
        try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"yes\", Q2: \"yes\" } }"), into: later.id ?? 0, source: "b")
        // First: 2 × (1 + 1)/2 = 2.0. Later: 2 × (0.5 + 0.5)/2 = 1.0.
        #expect(try workspace.scorecard(of: id).dimension("alpha")?.score == 2.0)
        #expect(try workspace.scorecard(of: later.id ?? 0).dimension("alpha")?.score == 1.0)
    }

    static func acceptedPlan(_ workspace: Workspace, assessment id: Int64) throws -> PlanRecord {
        let content = try workspace.content(of: id)
        let profileText = """
        format: ospo/profile@1
        default_target: 2
        plan: { start: 2026-02-02, phase_months: 3, phases: 2, capacity: 10 }
        """
        let profile = try ContentLoader.loadProfile(profileText, path: "profile.yaml")
        let roadmap = try Planner(rubrics: content.rubrics, roles: content.roles).plan(try workspace.scorecard(of: id), profile: profile)
        return try workspace.acceptRoadmap(roadmap, json: "{}", organisation: "acme", assessment: id,
                                           profile: ContentFile(path: "profile.yaml", text: profileText))
    }

    @Test func acceptingARoadmapCreatesObjectivesAndSupersedesTheOldPlan() throws {
        let (workspace, id) = try Self.workspace()
        try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"no\", Q2: \"no\" } }"), into: id, source: "a")
        let first = try Self.acceptedPlan(workspace, assessment: id)
        // alpha is at 0, target 2: alpha.one (level 1, 5 days) and alpha.two (level 2, 5 days) both fit phase 1 of 10 days.
        let objectives = try workspace.objectives(plan: first.id ?? 0)
        #expect(objectives.map(\.objective.actionId) == ["alpha.one", "alpha.two"])
        #expect(objectives.allSatisfy { $0.state == .planned })
        #expect(objectives.first?.objective.due == "2026-05-01")
        #expect(objectives.first?.measures.map(\.key) == ["alpha.one.share"])
        let second = try Self.acceptedPlan(workspace, assessment: id)
        #expect(try workspace.currentPlan(organisation: "acme").id == second.id)
        #expect(try workspace.plans(organisation: "acme").first?.supersededAt != nil)
    }

    @Test func statusHistoryIsKeptAndTransitionsAreChecked() throws {
        let (workspace, id) = try Self.workspace()
        try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"no\" } }"), into: id, source: "a")
        _ = try Self.acceptedPlan(workspace, assessment: id)
        try workspace.setStatus(.inProgress, objective: "alpha.one", organisation: "acme", note: "started")
        try workspace.setStatus(.done, objective: "alpha.one", organisation: "acme", note: "finished")
        #expect(throws: WorkspaceError.self) { try workspace.setStatus(.inProgress, objective: "alpha.one", organisation: "acme", note: nil) }
        let summary = try workspace.objective("alpha.one", organisation: "acme")
        #expect(summary.history.map(\.status) == [.planned, .inProgress, .done])
        #expect(summary.history.map(\.note) == [nil, "started", "finished"])
    }

    @Test func readingsAreRecordedAndCheckedAgainstTheMeasures() throws {
        let (workspace, id) = try Self.workspace()
        try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"no\" } }"), into: id, source: "a")
        _ = try Self.acceptedPlan(workspace, assessment: id)
        try workspace.recordReading(objective: "alpha.one", organisation: "acme", measure: "alpha.one.share", value: 20,
                                    date: CalendarDate(year: 2026, month: 2, day: 1), source: "audit", note: nil)
        #expect(throws: WorkspaceError.self) {
            try workspace.recordReading(objective: "alpha.one", organisation: "acme", measure: "alpha.one.nope", value: 1,
                                        date: CalendarDate(year: 2026, month: 2, day: 1), source: nil, note: nil)
        }
        #expect(throws: WorkspaceError.self) {
            try workspace.recordReading(objective: "alpha.one", organisation: "acme", measure: "alpha.one.share", value: .nan,
                                        date: CalendarDate(year: 2026, month: 2, day: 1), source: nil, note: nil)
        }
        #expect(throws: WorkspaceError.self) {
            try workspace.recordReading(objective: "zeta.nine", organisation: "acme", measure: "x", value: 1,
                                        date: CalendarDate(year: 2026, month: 2, day: 1), source: nil, note: nil)
        }
        let readings = try workspace.objective("alpha.one", organisation: "acme").readings["alpha.one.share"] ?? []
        #expect(readings.map(\.value) == [20])
        #expect(readings.first?.source == "audit")
    }

    @Test func compareShowsTheChangeAndTheAnswersBehindIt() throws {
        let (workspace, first) = try Self.workspace()
        try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"no\", Q2: \"no\" } }"), into: first, source: "a")
        let second = try workspace.newAssessment(organisation: "acme", content: Self.content, questionnaire: "q",
                                                 date: CalendarDate(year: 2027, month: 1, day: 10)).id ?? 0
        try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"yes\", Q2: \"no\" } }"), into: second, source: "b")
        let comparison = try workspace.compare(first, second)
        let alpha = try #require(comparison.dimensions.first)
        // Before 2 × 0 = 0; after 2 × (1 + 0)/2 = 1.0: +1.0 and one level up.
        #expect(alpha.scoreChange == 1.0)
        #expect(alpha.levelChange == 1)
        #expect(alpha.changes == [.init(question: "Q1", respondent: "r1", before: "no", after: "yes")])
    }

    @Test func exportThenImportIntoAFreshWorkspaceIsIdenticalAndIdempotent() throws {
        let (workspace, id) = try Self.workspace()
        try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q1: \"no\", Q2: \"yes\" } }"), into: id, source: "a")
        // A second revision of Q2; alpha = 2 × (0 + ... ) stays below the target, so the plan has objectives.
        try workspace.importAnswers(try Self.answers("  - { id: r1, role: boss, answers: { Q2: { answer: na, justification: None here } } }"), into: id, source: "b")
        _ = try Self.acceptedPlan(workspace, assessment: id)
        try workspace.setStatus(.inProgress, objective: "alpha.one", organisation: "acme", note: "go")
        try workspace.recordReading(objective: "alpha.one", organisation: "acme", measure: "alpha.one.share", value: 20,
                                    date: CalendarDate(year: 2026, month: 2, day: 1), source: nil, note: nil)
        let bundle = try workspace.export()
        let restored = try Workspace.inMemory()
        let summary = try restored.importBundle(try Workspace.decodeBundle(try Workspace.encode(bundle), path: "b.json"))
        #expect(summary.answers == 3)
        #expect(try restored.importBundle(bundle).total == 0)
        let restoredId = try restored.latestAssessment(organisation: "acme").id ?? 0
        #expect(try restored.scorecard(of: restoredId) == (try workspace.scorecard(of: id)))
        #expect(try restored.history(of: restoredId, question: "Q2").map(\.answer.choice.id) == ["yes", "na"])
        #expect(try restored.objective("alpha.one", organisation: "acme").history.map(\.status) == [.planned, .inProgress])
        var again = try restored.export()
        again.exportedAt = bundle.exportedAt
        #expect(again == bundle)
    }
}
