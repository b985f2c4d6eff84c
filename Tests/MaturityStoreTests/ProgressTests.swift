import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// Objective statuses from hand-made readings, through the workspace.
/// Measure `alpha.one.share`: unit percent, direction up, target 80, no
/// baseline (the first reading is the baseline). The objective is due at the
/// end of phase 1: 2026-05-01.
struct ProgressTests {
    static func workspaceWithObjective() throws -> Workspace {
        let (workspace, id) = try WorkspaceTests.workspace()
        try workspace.importAnswers(try WorkspaceTests.answers("  - { id: r1, role: boss, answers: { Q1: \"no\" } }"), into: id, source: "a")
        _ = try WorkspaceTests.acceptedPlan(workspace, assessment: id)
        return workspace
    }

    static func record(_ workspace: Workspace, _ readings: [(String, Double)]) throws {
        for (date, value) in readings {
            try workspace.recordReading(objective: "alpha.one", organisation: "acme", measure: "alpha.one.share", value: value,
                                        date: try #require(CalendarDate(iso: date)), source: nil, note: nil)
        }
    }

    static func status(_ workspace: Workspace) throws -> ProgressStatus? {
        // As of the day of the last reading: a report as of an earlier day
        // leaves later readings out.
        try workspace.progressReport(organisation: "acme", asOf: CalendarDate(year: 2026, month: 3, day: 3))
            .objectives.first { $0.id == "alpha.one" }?.status
    }

    @Test(arguments: [
        // 20 → 35 → 50 over 2026-02-01..2026-03-03 (15 days apart): slope 1/day; due 2026-05-01 is 59 days later:
        // forecast 50 + 59 = 109 ≥ 80 → on-track.
        ([("2026-02-01", 20.0), ("2026-02-16", 35.0), ("2026-03-03", 50.0)], ProgressStatus.onTrack),
        // 20 → 25 → 30: slope 1/3; forecast 30 + 59/3 = 49.67; share (49.67 − 20)/(80 − 20) = 0.49 < 0.8 → off-track.
        ([("2026-02-01", 20.0), ("2026-02-16", 25.0), ("2026-03-03", 30.0)], .offTrack),
        // 20 → 30 → 40: slope 2/3; forecast 40 + 118/3 = 79.33; share 59.33/60 = 0.99 ≥ 0.8, target not met → at-risk.
        ([("2026-02-01", 20.0), ("2026-02-16", 30.0), ("2026-03-03", 40.0)], .atRisk),
        // The latest reading meets the target → done, from two readings.
        ([("2026-02-01", 20.0), ("2026-03-03", 85.0)], .done),
        // Two readings below target: too few for a forecast → no-data.
        ([("2026-02-01", 20.0), ("2026-03-03", 50.0)], .noData),
        // One reading below target → no-data.
        ([("2026-02-01", 20.0)], .noData),
    ])
    func statusFromReadings(readings: [(String, Double)], expected: ProgressStatus) throws {
        let workspace = try Self.workspaceWithObjective()
        try Self.record(workspace, readings)
        #expect(try Self.status(workspace) == expected)
    }

    @Test func asOfADayLeavesOutWhatCameLater() throws {
        let workspace = try Self.workspaceWithObjective()
        try Self.record(workspace, [("2026-02-01", 20.0), ("2026-03-03", 85.0)])
        func report(_ day: Int, _ month: Int, _ year: Int = 2026) throws -> ProgressReport {
            try workspace.progressReport(organisation: "acme", asOf: CalendarDate(year: year, month: month, day: day))
        }
        // On 15 Feb only the first reading exists: one reading → no-data.
        let february = try report(15, 2)
        #expect(february.objectives.first?.status == .noData)
        #expect(february.objectives.first?.measures.first?.readings.map(\.value) == [20])
        // On 3 Mar the second (85 ≥ 80) is in → done.
        #expect(try report(3, 3).objectives.first?.status == .done)
        // On 31 Dec 2025 the plan (accepted on 1 Jan 2026) and the assessment
        // (10 Jan 2026) did not exist yet.
        let before = try report(31, 12, 2025)
        #expect(before.objectives.isEmpty)
        #expect(before.maturity.snapshots.isEmpty)
    }

    @Test func asOfAfterTheDueDateShowsAnOpenObjectiveOverdue() throws {
        let workspace = try Self.workspaceWithObjective()
        try Self.record(workspace, [("2026-02-01", 20.0), ("2026-02-16", 35.0), ("2026-03-03", 50.0)])
        // Due 2026-05-01; as of 2026-06-01 it is 31 days overdue, whatever the forecast said.
        let june = try workspace.progressReport(organisation: "acme", asOf: CalendarDate(year: 2026, month: 6, day: 1))
        #expect(june.objectives.first?.status == .overdue)
        #expect(june.objectives.first?.daysLate == 31)
        #expect(june.needsAttention.first?.reasons == [.overdue])
        // The plan was made from the assessment of 2026-01-10.
        #expect(june.plan?.plannedFrom == CalendarDate(year: 2026, month: 1, day: 10))
    }

    @Test func markedDoneOrDroppedWinsOverReadings() throws {
        let workspace = try Self.workspaceWithObjective()
        try Self.record(workspace, [("2026-02-01", 20.0), ("2026-03-03", 30.0)])
        try workspace.setStatus(.dropped, objective: "alpha.one", organisation: "acme", note: "out of scope")
        #expect(try Self.status(workspace) == .dropped)
    }

    @Test func maturityOverAssessmentsUsesThePlansTargets() throws {
        let workspace = try Self.workspaceWithObjective()
        let later = try workspace.newAssessment(organisation: "acme", content: WorkspaceTests.content, questionnaire: "q",
                                                date: CalendarDate(year: 2027, month: 1, day: 10))
        try workspace.importAnswers(try WorkspaceTests.answers("  - { id: r1, role: boss, answers: { Q1: \"yes\", Q2: \"no\" } }"),
                                    into: later.id ?? 0, source: "b")
        let report = try workspace.progressReport(organisation: "acme", asOf: CalendarDate(year: 2027, month: 2, day: 1))
        let alpha = try #require(report.maturity.dimensions.first { $0.id == "alpha" })
        // First: Q1 no → 0. Later: 2 × (1 + 0)/2 = 1.0. Target 2 (default_target of the plan's profile).
        #expect(alpha.scores == [0, 1])
        #expect(alpha.target == 2)
        // Progress to date: (1 − 0)/(2 − 0) = 0.5; percentage to target now: 1 − (2 − 1)/2 = 0.5.
        #expect(alpha.progressToDate == 0.5)
        #expect(report.maturity.latest?.percentageToTarget == 0.5)
    }
}
