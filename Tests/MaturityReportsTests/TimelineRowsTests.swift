import Testing
import MaturityKit
@testable import MaturityReports

/// The roadmap timeline's rows, with an action that runs across phases.
struct TimelineRowsTests {
    @Test func aLongActionCountsInEveryPhaseItRunsAcross() throws {
        let rubric = try ContentLoader.loadRubric("""
        format: ospo/rubric@1
        id: m
        title: M
        version: 1.0.0
        scale: [{ level: 0, name: L0 }, { level: 1, name: L1 }]
        dimensions:
          - id: a
            title: Alpha
            levels: { 0: a0, 1: a1 }
            actions:
              - { id: a.long, title: Long, level: 1, effort: 25, impact: 3, roles: [lead] }
        """, path: "m.yaml")
        let profile = try ContentLoader.loadProfile("""
        format: ospo/profile@1
        default_target: 1
        plan: { start: 2027-01-04, phase_months: 3, phases: 3, capacity: 10 }
        """, path: "p.yaml")
        guard case .questionnaire(let questionnaire)? = ContentLoader.load("""
        format: ospo/questionnaire@1
        id: q
        title: Q
        version: 1.0.0
        rubrics: [m]
        scales: { yesno: [{ id: "no", label: "No", value: 0 }, { id: "yes", label: "Yes", value: 1 }] }
        sections: [{ id: s, title: S, questions: [{ id: Q1, text: One, dimension: a, scale: yesno }] }]
        """, path: "q.yaml").0 else {
            Issue.record("the questionnaire does not load")
            return
        }
        // Alpha answered "no": level 0, one level below its target.
        let card = ScoringEngine(questionnaire: questionnaire, rubrics: [rubric]).score(AnswerSet(
            questionnaire: "q", organisation: "O", date: CalendarDate(year: 2026, month: 12, day: 1),
            respondents: [Respondent(id: "r1", role: "any", answers: [("Q1", Answer(.option("no")))])]))
        let roadmap = try Planner(rubrics: [rubric], roles: []).plan(card, profile: profile)
        // 25 person-days at 10 a phase run across ⌈25 ÷ 10⌉ = 3 phases,
        // 25 ÷ 3 ≈ 8.33 in each: the row shows the action in all three.
        let rows: [TimelineChart.Row] = TimelineRows.rows(roadmap)
        #expect(rows.map { $0.label } == ["Alpha"])
        let cells: [(count: Int, effort: Double)?] = rows.first?.phases ?? []
        let counts: [Int?] = cells.map { $0?.count }
        #expect(counts == [1, 1, 1])
        let efforts: [Bool] = cells.map { cell in cell.map { abs($0.effort - 25.0 / 3) < 1e-9 } ?? false }
        #expect(efforts == [true, true, true])
    }

    @Test func aDimensionWithAGapButNoWorkGetsARowSayingSo() throws {
        // The fixture's profile excludes policy.review, the only action that
        // takes Process & policy (1.50, level 1) to its target of 2.
        let rows = TimelineRows.rows(try ReportFixtures.roadmap())
        #expect(rows.map(\.label) == ["Open source strategy", "Process & policy"])
        #expect(rows[0].note == nil)
        #expect(rows[1].note == TimelineRows.unscheduled)
        #expect(rows[1].phases.allSatisfy { $0 == nil })
    }
}
