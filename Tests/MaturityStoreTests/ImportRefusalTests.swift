import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// What an import refuses, and that a refused import writes nothing.
struct ImportRefusalTests {
    typealias Fixture = WorkspaceTests

    static func answers(organisation: String = "Acme", date: String = "2026-01-10",
                        body: String = "  - { id: r1, role: boss, answers: { Q1: \"no\" } }") throws -> AnswerSet {
        try ContentLoader.loadAnswers("""
        format: ospo/answers@1
        questionnaire: q
        organisation: \(organisation)
        date: \(date)
        respondents:
        \(body)
        """, path: "answers.yaml")
    }

    static func counts(_ workspace: Workspace) throws -> [Int] {
        try workspace.read { db in
            try ["organisation", "assessment", "batch", "respondent", "answer"].map { try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1 }
        }
    }

    @Test func aNewAssessmentImportAddsTheOrganisationTheAssessmentAndTheAnswersTogether() throws {
        let workspace = try Workspace.inMemory()
        let result = try workspace.importAnswers(try Self.answers(), content: Fixture.content, source: "a.yaml")
        #expect(result.addedOrganisation?.slug == "acme")
        #expect(result.summary.recorded == 1)
        // One organisation, one assessment, one batch, one respondent, one answer.
        #expect(try Self.counts(workspace) == [1, 1, 1, 1, 1])
    }

    @Test func aBadAnswerWritesNeitherOrganisationNorAssessment() throws {
        let workspace = try Workspace.inMemory()
        // 'maybe' is the value on line 6: "  - { id: r1, role: boss, answers: { Q1: maybe } }", column 42.
        let bad = try Self.answers(body: "  - { id: r1, role: boss, answers: { Q1: maybe } }")
        #expect(throws: ContentError([.error(SourceLocation(file: "answers.yaml", line: 6, column: 42),
                                             "'maybe' is not an answer to Q1; it offers no, yes, unknown")])) {
            try workspace.importAnswers(bad, content: Fixture.content, source: "a.yaml")
        }
        #expect(try Self.counts(workspace) == [0, 0, 0, 0, 0])
    }

    @Test func theSameAssessmentImportedTwicePointsToTheFirst() throws {
        let workspace = try Workspace.inMemory()
        try workspace.importAnswers(try Self.answers(), content: Fixture.content, source: "a.yaml")
        let before = try Self.counts(workspace)
        // Located at the date's value: line 4, column 7.
        #expect(throws: ContentError([.error(SourceLocation(file: "answers.yaml", line: 4, column: 7),
            "acme already has assessment 1 of 'q' dated 2026-01-10; to record these answers as revisions there, add --assessment 1")])) {
            try workspace.importAnswers(try Self.answers(), content: Fixture.content, source: "a.yaml")
        }
        #expect(try Self.counts(workspace) == before)
        // Another date is another assessment.
        let later = try workspace.importAnswers(try Self.answers(date: "2027-01-10"), content: Fixture.content, source: "b.yaml")
        #expect(later.addedOrganisation == nil)
        #expect(later.assessment.id == 2)
    }

    @Test func answersOfAnotherOrganisationAreRefused() throws {
        let (workspace, id) = try Fixture.workspace()
        let before = try Self.counts(workspace)
        let other = try Self.answers(organisation: "Globex")
        // Located at the organisation's value: line 3, column 15.
        #expect(throws: ContentError([.error(SourceLocation(file: "answers.yaml", line: 3, column: 15),
            "these answers are for 'Globex', but --org acme is 'Acme Corp'; leave out --org to file them under their own organisation, or correct the file's organisation")])) {
            try workspace.importAnswers(other, startingAssessmentOf: "acme", content: Fixture.content, source: "x")
        }
        #expect(throws: ContentError([.error(SourceLocation(file: "answers.yaml", line: 3, column: 15),
            "these answers are for 'Globex', but assessment \(id) is of 'Acme Corp'; import them into an assessment of their own organisation, or correct the file's organisation")])) {
            try workspace.importAnswers(other, into: id, source: "x")
        }
        #expect(try Self.counts(workspace) == before)
        // The organisation's short name, or its name in another letter case, names it.
        try workspace.importAnswers(try Self.answers(organisation: "acme"), into: id, source: "y")
        try workspace.importAnswers(try Self.answers(organisation: "ACME CORP"), into: id, source: "z")
    }

    @Test func anOrganisationNameWithoutLettersOrDigitsIsLocated() throws {
        let workspace = try Workspace.inMemory()
        let answers = try Self.answers(organisation: "\"\\0\"")
        #expect(throws: ContentError([.error(SourceLocation(file: "answers.yaml", line: 3, column: 15),
            "the organisation's name '\u{0}' gives no short name (it needs a letter or a digit); add the organisation first with 'ospo org add NAME --slug SHORT' and import with --org SHORT")])) {
            try workspace.importAnswers(answers, content: Fixture.content, source: "a.yaml")
        }
        #expect(try Self.counts(workspace) == [0, 0, 0, 0, 0])
    }

    @Test func readingsThatCannotBeTrueAreRefused() throws {
        let (workspace, id) = try Fixture.workspace()
        try workspace.importAnswers(try Self.answers(), into: id, source: "a")
        _ = try Fixture.acceptedPlan(workspace, assessment: id)
        workspace.fixedToday = CalendarDate(year: 2026, month: 6, day: 30)
        func record(_ value: Double, _ day: CalendarDate) throws {
            try workspace.recordReading(objective: "alpha.one", organisation: "acme", measure: "alpha.one.share", value: value,
                                        date: day, source: nil, note: nil)
        }
        let june = CalendarDate(year: 2026, month: 6, day: 1)
        #expect(throws: WorkspaceError.readingRefused(measure: "alpha.one.share", problem: "140 is not a percentage between 0 and 100; give the value as a percentage, such as 42 for 42 %")) {
            try record(140, june)
        }
        #expect(throws: WorkspaceError.readingRefused(measure: "alpha.one.share", problem: "the reading is dated 2026-07-01, after today (2026-06-30); record readings on or after the day they were taken")) {
            try record(50, CalendarDate(year: 2026, month: 7, day: 1))
        }
        try record(100, CalendarDate(year: 2026, month: 6, day: 30))
        #expect(try workspace.objective("alpha.one", organisation: "acme").readings["alpha.one.share"]?.map(\.value) == [100])
    }
}

/// How an accepted roadmap's long actions become objectives.
struct SpanningObjectiveTests {
    @Test func aLongActionIsDueWhenItsLastPhaseEnds() throws {
        let (workspace, id) = try WorkspaceTests.workspace()
        try workspace.importAnswers(try ImportRefusalTests.answers(), into: id, source: "a")
        let content = try workspace.content(of: id)
        // alpha.one takes 5 person-days; at 2 a phase it runs across
        // ⌈5 ÷ 2⌉ = 3 phases. Phases of 3 months from 2026-02-02 end on
        // 2026-05-01, 2026-08-01 and 2026-11-01.
        let profileText = """
        format: ospo/profile@1
        default_target: 1
        plan: { start: 2026-02-02, phase_months: 3, phases: 3, capacity: 2 }
        """
        let profile = try ContentLoader.loadProfile(profileText, path: "profile.yaml")
        let roadmap = try Planner(rubrics: content.rubrics, roles: content.roles).plan(try workspace.scorecard(of: id), profile: profile)
        #expect(roadmap.scheduledActions.first { $0.id == "alpha.one" }?.lastPhase == 3)
        try workspace.acceptRoadmap(roadmap, json: "{}", organisation: "acme", assessment: id,
                                    profile: ContentFile(path: "profile.yaml", text: profileText))
        let objective = try workspace.objective("alpha.one", organisation: "acme").objective
        #expect(objective.phase == 1)
        #expect(objective.start == "2026-02-02")
        #expect(objective.due == "2026-11-01")
    }
}

/// The portfolio read in one pass over the workspace.
struct PortfolioStreamTests {
    @Test func thePortfolioScoresEveryAssessmentAsScoringItAloneDoes() throws {
        let (workspace, first) = try WorkspaceTests.workspace()
        try workspace.importAnswers(try ImportRefusalTests.answers(
            body: "  - { id: r1, role: boss, answers: { Q1: \"yes\", Q2: \"no\" } }\n  - { id: r2, role: dev, answers: { Q1: \"no\" } }"),
            into: first, source: "a")
        let later = try workspace.importAnswers(try ImportRefusalTests.answers(date: "2027-01-10",
            body: "  - { id: r1, role: boss, answers: { Q1: \"yes\", Q2: \"yes\" } }"), startingAssessmentOf: "acme",
            content: WorkspaceTests.content, source: "b")
        let other = try workspace.importAnswers(try ImportRefusalTests.answers(organisation: "Globex",
            body: "  - { id: g1, role: dev, answers: { Q2: { answer: na, justification: None here } } }"),
            content: WorkspaceTests.content, source: "c")
        let portfolio = try workspace.portfolio()
        // Organisations by short name: acme, globex; each oldest first.
        #expect(portfolio.entries.map(\.organisation) == ["Acme Corp", "Globex"])
        let alone = [first, later.assessment.id ?? 0, other.assessment.id ?? 0].map { try? workspace.scorecard(of: $0) }
        let streamed = portfolio.entries.flatMap(\.scorecards)
        #expect(streamed.map { $0.dimension("alpha")?.score } == alone.map { $0?.dimension("alpha")?.score })
        #expect(streamed.map { $0.overall?.score } == alone.map { $0?.overall?.score })
        // First: boss yes (weight 2), dev no (1) on Q1 → 2/3; Q2 no → 0;
        // 2 × (2/3 + 0) / 2 = 2/3. Later: 2 × (1 + 1) / 2 = 2. Globex: Q2 na,
        // no counted answer: unassessed.
        #expect(streamed.map { $0.dimension("alpha")?.score } == [2.0 / 3.0, 2.0, nil])
    }
}

/// A write that fails is reported as a write, not as "cannot open".
struct WriteFailureTests {
    @Test func aWriteRefusedBySQLiteSaysNothingWasWritten() throws {
        let folder = try WorkspaceFileTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ws.sqlite").path
        try WorkspaceFileTests.makeWorkspace(path)
        // Opened for reading, SQLite refuses every write (SQLITE_READONLY),
        // whatever the file's permissions (the tests may run as root).
        let reader = try Workspace.open(at: path, access: .read)
        #expect(throws: WorkspaceError.cannotWrite(path: path, reason: "the file or its folder is not writable; check permissions")) {
            try reader.addOrganisation(name: "Globex")
        }
        #expect(WorkspaceError.cannotWrite(path: path, reason: "the disk is full; free some space and try again").description
                == "cannot write to the workspace \(path): the disk is full; free some space and try again; nothing was written")
        #expect(try reader.organisations().map(\.slug) == ["acme"])
    }
}
