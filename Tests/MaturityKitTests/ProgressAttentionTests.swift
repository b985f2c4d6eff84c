import Testing
@testable import MaturityKit

/// Overdue and late objectives, what needs attention, a stale plan and
/// finished objectives folded away, from hand-made readings and dates.
struct ProgressAttentionTests {
    static func day(_ text: String) -> CalendarDate { ProgressTests.day(text) }
    static func reading(_ date: String, _ value: Double) -> MeasureReading { ProgressTests.reading(date, value) }

    /// Up, target 90, first reading the baseline.
    static let measure = ProgressTests.adoption

    static func objective(_ id: String, state: ObjectiveState = .inProgress, start: String = "2027-01-01",
                          due: String = "2027-03-31", since: String? = nil,
                          readings: [MeasureReading]? = nil, asOf: String? = nil) -> ObjectiveProgress {
        let tracks = readings.map { [MeasureTrack(measure: measure, due: day(due), readings: $0)] } ?? []
        return ObjectiveProgress(id: id, title: id, start: day(start), due: day(due), state: state,
                                 stateSince: since.map(day), measures: tracks, asOf: asOf.map(day))
    }

    // MARK: - Overdue and late

    @Test func anOpenObjectivePastItsDueDateIsOverdueWhateverItsForecast() {
        // 10, 50, 86 by 31 March: (86 − 10) ÷ 80 = 0.95 of the way, at risk
        // on the due date; seen from 15 July it is overdue, 106 days late
        // (30 April + 31 May + 30 June + 15 = 106).
        let readings = [Self.reading("2027-01-05", 10), Self.reading("2027-02-15", 50), Self.reading("2027-03-31", 86)]
        let late = Self.objective("a", readings: readings, asOf: "2027-07-15")
        #expect(late.measureStatus == .atRisk)
        #expect(late.isOverdue)
        #expect(late.status == .overdue)
        #expect(late.daysLate == 106)
        // On its due date it is not yet overdue.
        let onTheDay = Self.objective("a", readings: readings, asOf: "2027-03-31")
        #expect(!onTheDay.isOverdue)
        #expect(onTheDay.status == .atRisk)
        // Seen from no day, never overdue.
        #expect(Self.objective("a", readings: readings).status == .atRisk)
        // Done or dropped is never overdue.
        #expect(Self.objective("a", state: .done, since: "2027-07-01", readings: readings, asOf: "2027-07-15").status == .done)
        #expect(Self.objective("a", state: .dropped, since: "2027-02-01", asOf: "2027-07-15").status == .dropped)
        #expect(ProgressStatus.overdue.severity > ProgressStatus.offTrack.severity)
        // Every measure met, not yet marked done: done, not overdue.
        let met = Self.objective("a", readings: readings + [Self.reading("2027-04-10", 92)], asOf: "2027-07-15")
        #expect(!met.isOverdue)
        #expect(met.status == .done)
        // No measure: overdue once past due.
        #expect(Self.objective("a", asOf: "2027-07-15").status == .overdue)
    }

    @Test func doneAfterTheDueDateIsDoneLate() {
        // Due 31 March, marked done 10 April: 10 days late.
        let late = Self.objective("a", state: .done, since: "2027-04-10", asOf: "2027-05-01")
        #expect(late.isDoneLate)
        #expect(late.daysLate == 10)
        #expect(late.status == .done)
        // Done on the due date itself is on time.
        let onTime = Self.objective("a", state: .done, since: "2027-03-31", asOf: "2027-05-01")
        #expect(!onTime.isDoneLate)
        #expect(onTime.daysLate == nil)
        // Dropped late is not "done late".
        #expect(!Self.objective("a", state: .dropped, since: "2027-04-10").isDoneLate)
    }

    // MARK: - Needs attention

    @Test func needsAttentionListsOpenObjectivesWorstFirstWithEveryReason() {
        let asOf = Self.day("2027-06-15")
        // Overdue (due 31 March) and off track: 10 → 20 → 30 over Jan–Mar.
        let overdue = Self.objective("overdue", readings: [Self.reading("2027-01-05", 10), Self.reading("2027-02-15", 20),
                                                           Self.reading("2027-03-20", 30)])
        // Due 30 September, readings 10, 20, 30 over April–June, 10 a month:
        // about 60 by 30 September, (60 − 10) ÷ 80 < 0.8: off track.
        let offTrack = Self.objective("off", start: "2027-04-01", due: "2027-09-30",
                                      readings: [Self.reading("2027-04-01", 10), Self.reading("2027-05-01", 20), Self.reading("2027-06-01", 30)])
        // Started 1 January, last reading 1 February: 134 days before 15 June (> 90).
        let quiet = Self.objective("quiet", due: "2027-12-31",
                                   readings: [Self.reading("2027-01-10", 10), Self.reading("2027-01-20", 40), Self.reading("2027-02-01", 80)])
        // Not started yet (starts 1 July): no reading is expected.
        let later = Self.objective("later", start: "2027-07-01", due: "2027-09-30", readings: [])
        // Started 1 January, never read: 165 days with no reading.
        let silent = Self.objective("silent", due: "2027-12-31", readings: [])
        let done = Self.objective("done", state: .done, since: "2027-03-01", readings: [Self.reading("2027-02-01", 95)])
        let report = ProgressReport(organisation: "O", asOf: asOf, objectives: [quiet, done, silent, later, offTrack, overdue],
                                    scorecards: [], targets: [:], plan: nil)
        let items = report.needsAttention
        #expect(items.map(\.objective.id) == ["overdue", "off", "quiet", "silent"])
        #expect(items[0].reasons == [.overdue, .offTrack])
        #expect(items[1].reasons == [.offTrack])
        #expect(items[2].reasons == [.noRecentReading])
        #expect(items[3].reasons == [.noRecentReading])
        // 15 June − 1 February: 28 + 31 + 30 + 31 + 14 = 134 days.
        #expect(asOf.dayNumber - Self.day("2027-02-01").dayNumber == 134)
        // A reading 90 days before the day is still recent: 17 March.
        let recent = Self.objective("recent", due: "2027-12-31",
                                    readings: [Self.reading("2027-01-10", 10), Self.reading("2027-02-01", 40), Self.reading("2027-03-17", 80)])
        let fine = ProgressReport(organisation: "O", asOf: asOf, objectives: [recent], scorecards: [], targets: [:], plan: nil)
        #expect(fine.needsAttention.isEmpty)
    }

    // MARK: - The plan and the history

    static func card(_ date: String) -> Scorecard { ProgressTests.card(date, ["strategy": 1.0]) }

    @Test func historyStartsAtThePlansAssessmentAndLeavesOutLaterOnes() {
        let cards = [Self.card("2025-11-10"), Self.card("2026-11-09"), Self.card("2027-11-20")]
        let plan = TrackedPlan(accepted: Self.day("2027-01-04"), plannedFrom: Self.day("2026-11-09"))
        let report = ProgressReport(organisation: "O", asOf: Self.day("2027-11-15"), objectives: [Self.objective("a", readings: [])],
                                    scorecards: cards, targets: ["strategy": 3], plan: plan)
        // 2025 predates the plan, 2027-11-20 comes after the day.
        #expect(report.maturity.snapshots.map(\.date) == [Self.day("2026-11-09")])
        #expect(report.latestAssessment == Self.day("2026-11-09"))
        // Every objective is seen from the report's day: due 31 March, overdue.
        #expect(report.objectives[0].asOf == Self.day("2027-11-15"))
        #expect(report.objectives[0].status == .overdue)
        // The plan's phases ended on 31 March: stale.
        #expect(report.stalePlan == [.horizonPassed(Self.day("2027-03-31"))])
        // Without a plan every assessment by the day counts.
        let unplanned = ProgressReport(organisation: "O", asOf: Self.day("2027-11-15"), objectives: [], scorecards: cards,
                                       targets: [:], plan: nil)
        #expect(unplanned.maturity.snapshots.count == 2)
        #expect(unplanned.stalePlan.isEmpty)
    }

    @Test func aNewerAssessmentThanThePlansMakesThePlanStale() {
        let cards = [Self.card("2026-11-09"), Self.card("2027-05-02")]
        let plan = TrackedPlan(accepted: Self.day("2027-01-04"), plannedFrom: Self.day("2026-11-09"))
        let report = ProgressReport(organisation: "O", asOf: Self.day("2027-06-01"),
                                    objectives: [Self.objective("a", due: "2027-12-31", readings: [])],
                                    scorecards: cards, targets: [:], plan: plan)
        #expect(report.stalePlan == [.newerAssessment(Self.day("2027-05-02"))])
        #expect(report.maturity.snapshots.count == 2)
        // As of the day before the reassessment the plan is current.
        let before = ProgressReport(organisation: "O", asOf: Self.day("2027-05-01"),
                                    objectives: [Self.objective("a", due: "2027-12-31", readings: [])],
                                    scorecards: cards, targets: [:], plan: plan)
        #expect(before.stalePlan.isEmpty)
    }

    // MARK: - Finished objectives

    @Test func objectivesFinishedMoreThanNinetyDaysAgoAreFolded() {
        // As of 15 June: 1 March is 106 days back (folded), 17 March 90 (kept).
        let early = Self.objective("early", state: .done, since: "2027-03-01")
        let dropped = Self.objective("dropped", state: .dropped, since: "2027-02-01")
        let recent = Self.objective("recent", state: .done, since: "2027-03-17")
        let open = Self.objective("open", due: "2027-12-31")
        let report = ProgressReport(organisation: "O", asOf: Self.day("2027-06-15"), objectives: [early, recent, open, dropped],
                                    scorecards: [], targets: [:], plan: nil)
        #expect(report.longFinished.map(\.id) == ["dropped", "early"])
        #expect(report.currentObjectives.map(\.id) == ["recent", "open"])
    }
}
