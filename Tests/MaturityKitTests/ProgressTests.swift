import Testing
@testable import MaturityKit

/// Measure tracks, objectives and maturity over assessments, worked out by
/// hand; the arithmetic is in the comments.
struct ProgressTests {
    static func day(_ text: String) -> CalendarDate {
        CalendarDate(iso: text) ?? CalendarDate(year: 1970, month: 1, day: 1)
    }

    static func reading(_ date: String, _ value: Double) -> MeasureReading {
        MeasureReading(date: day(date), value: value)
    }

    /// Up, target 90, no baseline in the content: the first reading (10) is the baseline.
    static let adoption = Measure(id: "ack", name: "Teams that acknowledged the policy", unit: .percent,
                                  direction: .up, target: 90)

    /// Readings 10 on 1 January, 25 on 16 January and 40 on 31 January 2026:
    /// 30 up in 30 days, all on the line 10 + 1 × (days since 1 January).
    static func adoptionTrack(due: String, readings: [MeasureReading]? = nil) -> MeasureTrack {
        MeasureTrack(measure: adoption, due: day(due),
                     readings: readings ?? [reading("2026-01-31", 40), reading("2026-01-01", 10), reading("2026-01-16", 25)])
    }

    // MARK: - Measures

    @Test func onTrackWhenTheForecastMeetsTheTargetByTheDueDate() {
        // 1 April is 31 + 28 + 31 = 90 days after 1 January: forecast 10 + 90 = 100 ≥ 90.
        let track = Self.adoptionTrack(due: "2026-04-01")
        #expect(track.baseline == 10)
        #expect(track.readings.map(\.value) == [10, 25, 40])  // sorted by date
        #expect(abs((track.forecast ?? 0) - 100) < 1e-9)
        #expect(track.status == .onTrack)
        // (40 − 10) ÷ (90 − 10) = 30 ÷ 80 = 0.375.
        #expect(abs((track.progress ?? 0) - 0.375) < 1e-12)
    }

    @Test func atRiskWhenTheForecastGetsAtLeastEightyPercentOfTheWay() {
        // 12 March is 31 + 28 + 11 = 70 days after 1 January: forecast 80;
        // (80 − 10) ÷ 80 = 0.875 ≥ 0.8, short of 90.
        let track = Self.adoptionTrack(due: "2026-03-12")
        #expect(abs((track.forecast ?? 0) - 80) < 1e-9)
        #expect(track.status == .atRisk)
        // 26 February is 56 days on: forecast 66, (66 − 10) ÷ 80 = 0.7 < 0.8.
        #expect(Self.adoptionTrack(due: "2026-02-26").status == .offTrack)
        // 5 March is 63 days on: forecast 73, 63 ÷ 80 = 0.7875: still off track;
        // 6 March, 64 days: forecast 74, 64 ÷ 80 = 0.8 exactly: at risk.
        #expect(Self.adoptionTrack(due: "2026-03-05").status == .offTrack)
        #expect(Self.adoptionTrack(due: "2026-03-06").status == .atRisk)
    }

    @Test func offTrackWhenTheForecastFallsShort() {
        // 20 February is 50 days on: forecast 60, (60 − 10) ÷ 80 = 0.625 < 0.8.
        let track = Self.adoptionTrack(due: "2026-02-20")
        #expect(abs((track.forecast ?? 0) - 60) < 1e-9)
        #expect(track.status == .offTrack)
    }

    @Test func doneWhenTheLatestReadingMeetsTheTarget() {
        let track = Self.adoptionTrack(due: "2026-02-20", readings: [Self.reading("2026-01-01", 10), Self.reading("2026-02-01", 95)])
        // Two readings: too few for a forecast, but the target is met.
        #expect(track.status == .done)
        // (95 − 10) ÷ 80 = 1.0625, clamped to 1.
        #expect(track.progress == 1)
        // A single reading that meets the target is enough: done wins over no-data.
        let single = Self.adoptionTrack(due: "2026-02-20", readings: [Self.reading("2026-01-05", 90)])
        #expect(single.status == .done)
        #expect(single.forecast == nil)
    }

    @Test func tooFewReadingsWithFewerThanThreeOrAllOnOneDay() {
        let none = Self.adoptionTrack(due: "2026-04-01", readings: [])
        #expect(none.status == .noData)
        #expect(none.progress == nil)
        #expect(none.baseline == nil)
        let one = Self.adoptionTrack(due: "2026-04-01", readings: [Self.reading("2026-01-05", 30)])
        #expect(one.status == .noData)
        // Baseline is that reading, so progress is (30 − 30) ÷ (90 − 30) = 0.
        #expect(one.progress == 0)
        // Two readings on different days: a line would fit them exactly,
        // whatever the trend, so no forecast.
        let two = Self.adoptionTrack(due: "2026-04-01", readings: [Self.reading("2026-01-01", 10), Self.reading("2026-01-31", 40)])
        #expect(two.trend == nil)
        #expect(two.forecast == nil)
        #expect(two.status == .noData)
        #expect(ProgressStatus.noData.label == "too few readings")
        // (40 − 10) ÷ (90 − 10) = 0.375: progress needs no forecast.
        #expect(two.progress == 0.375)
        // Three readings on the same day define no line.
        let sameDay = Self.adoptionTrack(due: "2026-04-01", readings: [Self.reading("2026-01-05", 30), Self.reading("2026-01-05", 50),
                                                                       Self.reading("2026-01-05", 40)])
        #expect(sameDay.trend == nil)
        #expect(sameDay.status == .noData)
        // Past the due date the outcome is known, from one reading:
        // 40 on 31 January, due 20 January: (40 − 40) ÷ 50 = 0 from its own baseline, off track.
        let settled = Self.adoptionTrack(due: "2026-01-20", readings: [Self.reading("2026-01-31", 40)])
        #expect(settled.forecast == 40)
        #expect(settled.status == .offTrack)
    }

    @Test func directionDownMeasuresTheWayDown() {
        // Lower is better: baseline 10 days (from the content, not the first
        // reading), target 2. Readings 8 on 1 January, 6 on 11 January:
        // slope −2 ÷ 10 = −0.2 a day; 7 on 6 January lies on that line.
        let measure = Measure(id: "reply", name: "Days to answer a policy question", unit: .days, direction: .down,
                              target: 2, baseline: 10)
        let readings = [Self.reading("2026-01-01", 8), Self.reading("2026-01-06", 7), Self.reading("2026-01-11", 6)]
        let onTrack = MeasureTrack(measure: measure, due: Self.day("2026-02-10"), readings: readings)
        #expect(onTrack.baseline == 10)
        // (10 − 6) ÷ (10 − 2) = 4 ÷ 8 = 0.5.
        #expect(abs((onTrack.progress ?? 0) - 0.5) < 1e-12)
        // 10 February is 40 days on: 8 − 0.2 × 40 = 0 ≤ 2.
        #expect(abs(onTrack.forecast ?? 99) < 1e-9)
        #expect(onTrack.status == .onTrack)
        // 26 January is 25 days on: 8 − 5 = 3; (10 − 3) ÷ 8 = 0.875: at risk.
        let atRisk = MeasureTrack(measure: measure, due: Self.day("2026-01-26"), readings: readings)
        #expect(abs((atRisk.forecast ?? 0) - 3) < 1e-9)
        #expect(atRisk.status == .atRisk)
        // 2 reached: done.
        let done = MeasureTrack(measure: measure, due: Self.day("2026-01-26"), readings: readings + [Self.reading("2026-01-20", 2)])
        #expect(done.status == .done)
        #expect(done.progress == 1)
    }

    @Test func progressIsClampedToZeroAndOne() {
        // Baseline 50 from the content, latest 40: (40 − 50) ÷ (90 − 50) = −0.25 → 0.
        var measure = Self.adoption
        measure.baseline = 50
        let worse = MeasureTrack(measure: measure, due: Self.day("2026-06-30"),
                                 readings: [Self.reading("2026-01-01", 45), Self.reading("2026-01-16", 42), Self.reading("2026-02-01", 40)])
        #expect(worse.progress == 0)
        #expect(worse.status == .offTrack)
        // The baseline (95) already met the target (90), the latest (85) does
        // not: no way to measure, so progress 0 and the forecast's share 0.
        measure.baseline = 95
        let slipped = MeasureTrack(measure: measure, due: Self.day("2026-06-30"),
                                   readings: [Self.reading("2026-01-01", 88), Self.reading("2026-01-06", 86.5), Self.reading("2026-01-11", 85)])
        #expect(slipped.progress == 0)
        #expect(slipped.status == .offTrack)
    }

    @Test func forecastIsTheLeastSquaresLineReadAtTheDueDate() {
        // Days 0, 10, 20 with values 10, 30, 20: x̄ = 10, ȳ = 20;
        // Σ(x − x̄)(y − ȳ) = (−10)(−10) + 0 × 10 + 10 × 0 = 100; Σ(x − x̄)² = 200;
        // slope 0.5, and the line passes through (10, 20), so at day 40: 20 + 0.5 × 30 = 35.
        let readings = [Self.reading("2026-01-01", 10), Self.reading("2026-01-11", 30), Self.reading("2026-01-21", 20)]
        let line = TrendLine(readings: readings)
        #expect(abs((line?.slope ?? 0) - 0.5) < 1e-12)
        #expect(abs((line?.value(at: Self.day("2026-02-10")) ?? 0) - 35) < 1e-9)
        let track = MeasureTrack(measure: Self.adoption, due: Self.day("2026-02-10"), readings: readings)
        #expect(abs((track.forecast ?? 0) - 35) < 1e-9)
        // Once a reading is on or after the due date, the latest value stands in.
        let late = MeasureTrack(measure: Self.adoption, due: Self.day("2026-01-15"), readings: readings)
        #expect(late.forecast == 20)
        // (20 − 10) ÷ 80 = 0.125: off track.
        #expect(late.status == .offTrack)
    }

    // MARK: - Objectives

    @Test func anObjectiveTakesTheWorstStatusOfItsMeasuresUnlessDoneOrDropped() {
        let onTrack = Self.adoptionTrack(due: "2026-04-01"), atRisk = Self.adoptionTrack(due: "2026-03-12")
        let noData = Self.adoptionTrack(due: "2026-04-01", readings: [])
        func objective(_ state: ObjectiveState, _ measures: [MeasureTrack]) -> ObjectiveProgress {
            ObjectiveProgress(id: "policy.usage", title: "Usage policy", due: Self.day("2026-04-01"), state: state, measures: measures)
        }
        #expect(objective(.inProgress, [onTrack, atRisk]).status == .atRisk)
        #expect(objective(.inProgress, [onTrack, noData]).status == .noData)
        #expect(objective(.planned, [atRisk, noData]).status == .atRisk)
        #expect(objective(.planned, [onTrack]).status == .onTrack)
        #expect(objective(.planned, []).status == .noData)
        #expect(objective(.done, [atRisk]).status == .done)
        #expect(objective(.dropped, [onTrack]).status == .dropped)
        #expect(ProgressStatus.worst([.done, .offTrack, .atRisk]) == .offTrack)
    }

    // MARK: - Maturity over assessments

    static func card(_ date: String, _ scores: [String: Double?]) -> Scorecard {
        let dimensions = ["strategy", "policy", "community"].map { id in
            let score = scores[id] ?? nil
            return DimensionScore(id: id, title: id.capitalized, module: "deployment", weight: 1, maxLevel: 4,
                                  method: .average, result: score.map(LevelScore.init(score:)), levelName: nil,
                                  coverage: 1, levelMeans: [:], questions: [])
        }
        let module = ModuleScore(id: "deployment", title: "Deployment", maxLevel: 4, levelNames: [:], result: nil,
                                 dimensions: dimensions)
        return Scorecard(questionnaire: "q", questionnaireVersion: "1", organisation: "Org", date: day(date),
                         respondents: [], overall: nil, modules: [module], warnings: [])
    }

    @Test func percentageToTargetAndProgressToDate() {
        // Targets: strategy 3, policy 2, community 0 (left out of the sums).
        let targets = ["strategy": 3, "policy": 2, "community": 0]
        let baseline = Self.card("2025-11-10", ["strategy": 1.0, "policy": nil, "community": 2.5])
        let now = Self.card("2026-11-09", ["strategy": 2.5, "policy": 2.4, "community": 1.0])
        // Given out of order: sorted by date.
        let history = MaturityHistory(scorecards: [now, baseline], targets: targets)
        #expect(history.snapshots.map(\.date) == [Self.day("2025-11-10"), Self.day("2026-11-09")])
        // Baseline: gaps strategy 3 − 1 = 2, policy unassessed counts 0 → 2;
        // 1 − 4 ÷ 5 = 0.2.
        #expect(abs((history.snapshots[0].percentageToTarget ?? 0) - 0.2) < 1e-12)
        // Now: strategy 0.5, policy max(0, 2 − 2.4) = 0 (above target, no credit
        // beyond it); 1 − 0.5 ÷ 5 = 0.9.
        #expect(abs((history.snapshots[1].percentageToTarget ?? 0) - 0.9) < 1e-12)
        // Progress to date: gap 4 at baseline, 0.5 now: (4 − 0.5) ÷ 4 = 0.875.
        #expect(abs((history.progressToDate ?? 0) - 0.875) < 1e-12)
        let strategy = history.dimensions.first { $0.id == "strategy" }
        // (2.5 − 1) ÷ (3 − 1) = 0.75.
        #expect(abs((strategy?.progressToDate ?? 0) - 0.75) < 1e-12)
        #expect(strategy?.levels == [1, 2])
        // policy: (min(2.4, 2) − 0) ÷ (2 − 0) = 1.
        #expect(history.dimensions.first { $0.id == "policy" }?.progressToDate == 1)
        // community has target 0: nothing to progress towards.
        #expect(history.dimensions.first { $0.id == "community" }?.progressToDate == nil)
        #expect(MaturityHistory.percentageToTarget(current: [:], targets: ["x": 0]) == nil)
    }

    @Test func regressionShowsAsNegativeProgress() {
        // strategy target 2: baseline 1.5 (gap 0.5), now 1.0 (gap 1): (0.5 − 1) ÷ 0.5 = −1.
        let history = MaturityHistory(scorecards: [Self.card("2025-01-01", ["strategy": 1.5]), Self.card("2026-01-01", ["strategy": 1.0])],
                                      targets: ["strategy": 2])
        #expect(history.progressToDate == -1)
    }

    // MARK: - Portfolio

    @Test func portfolioAveragesPerGroupAndAnonymises() {
        let a = PortfolioEntry(organisation: "Acme", group: "public", scorecards: [Self.card("2026-01-01", ["strategy": 1, "policy": 2])])
        let b = PortfolioEntry(organisation: "Beta", group: "public", scorecards: [Self.card("2026-01-01", ["strategy": 2, "policy": nil])])
        let c = PortfolioEntry(organisation: "Gamma", scorecards: [Self.card("2026-01-01", ["strategy": 3])])
        let portfolio = Portfolio(entries: [a, b, c])
        #expect(portfolio.groups == ["public", "Ungrouped"])
        // (1 + 2) ÷ 2 = 1.5; policy only assessed at Acme: 2.
        #expect(portfolio.average(group: "public", dimension: "strategy") == 1.5)
        #expect(portfolio.average(group: "public", dimension: "policy") == 2)
        #expect(portfolio.average(group: "public", dimension: "community") == nil)
        let anonymous = portfolio.anonymised(hash: KeyedHash(k0: 1, k1: 2))
        #expect(anonymous.entries.map(\.organisation) == ["Organisation A", "Organisation B", "Organisation C"])
        #expect(anonymous.entries[0].latest?.organisation == "Organisation A")
        // "public" has two organisations, fewer than three: its two join the ungrouped
        // one, and the three of them are averaged together, no group of one or two.
        #expect(anonymous.entries.allSatisfy { $0.group == nil })
        #expect(anonymous.groups == ["Ungrouped"])
        // Without Gamma, the two left form no group that may be averaged.
        #expect(Portfolio(entries: [a, b]).anonymised(hash: KeyedHash(k0: 1, k1: 2)).groups.isEmpty)
        #expect(Portfolio.letters(25) == "Z")
        #expect(Portfolio.letters(26) == "AA")
        #expect(Portfolio.letters(27) == "AB")
    }

    @Test func anonymisedOrderFollowsTheKeyedHashNotTheNames() throws {
        let names = ["Acme", "Beta", "Gamma", "Delta", "Epsilon"]
        let portfolio = Portfolio(entries: names.map {
            PortfolioEntry(organisation: $0, group: "public", scorecards: [Self.card("2026-11-09", ["strategy": 1])])
        })
        let hash = KeyedHash(passphrase: "a key")
        let expected = names.sorted { hash.hash(Array($0.utf8)) < hash.hash(Array($1.utf8)) }
        let anonymous = portfolio.anonymised(hash: hash)
        // Each entry keeps its scorecard; the order is the hash order, lettered A to E.
        #expect(anonymous.entries.map(\.organisation) == ["Organisation A", "Organisation B", "Organisation C", "Organisation D", "Organisation E"])
        #expect(anonymous.entries.map { $0.scorecards.count } == [1, 1, 1, 1, 1])
        // Tell the entries apart by a field anonymising leaves alone: the questionnaire, set to the name.
        var byName = portfolio
        for index in byName.entries.indices { byName.entries[index].scorecards[0].questionnaire = byName.entries[index].organisation }
        #expect(byName.anonymised(hash: hash).entries.map { $0.latest?.questionnaire } == expected)
        // Five in one group: the group stays and is averaged.
        #expect(anonymous.groups == ["public"])
        // 9 November 2026 becomes 1 October 2026, "2026 Q4".
        #expect(anonymous.entries[0].latest?.date == Self.day("2026-10-01"))
        #expect(Portfolio.quarter(of: Self.day("2026-11-09")) == "2026 Q4")
        #expect(Portfolio.quarter(of: Self.day("2027-03-31")) == "2027 Q1")
    }

    @Test func keyedHashMatchesTheSipHashReferenceVectors() {
        // SipHash-2-4 with key 00 01 … 0f (Aumasson and Bernstein, appendix A):
        // the empty message gives 0x726fdb47dd0e0e31, the bytes 00 … 0e give 0xa129ca6149be45e5.
        let hash = KeyedHash(k0: 0x0706_0504_0302_0100, k1: 0x0f0e_0d0c_0b0a_0908)
        #expect(hash.hash([]) == 0x726f_db47_dd0e_0e31)
        #expect(hash.hash(Array(0...14)) == 0xa129_ca61_49be_45e5)
        // The last reference vector, 63 bytes 00 … 3e: 0x958a324ceb064572.
        #expect(hash.hash(Array(0...62)) == 0x958a_324c_eb06_4572)
    }
}
