import Testing
import MaturityKit
@testable import MaturityReports

/// Golden files for `ospo progress` as text: review a change by reading the
/// diff of `Golden/progress*.txt`.
struct ProgressRenderTests {
    @Test func objectivesMeasuresAndMaturity() throws {
        try assertGolden(ProgressRenderer.render(ReportFixtures.progress(), as: .text), named: "progress.txt")
    }

    @Test func noAcceptedRoadmapAndOneAssessment() throws {
        let card = try ReportFixtures.scorecard()
        let report = ProgressReport(organisation: "Harbour & Co", asOf: ReportFixtures.day("2026-06-01"), objectives: [],
                                    maturity: MaturityHistory(scorecards: [card], targets: ["strategy": 3]))
        try assertGolden(ProgressText.render(report), named: "progress-no-roadmap.txt")
    }

    /// One figure per measure, explained in a sentence: the forecast in the
    /// measure's unit and kept within what the unit holds; a met target, too
    /// few readings and a missed due date say so.
    @Test func eachMeasureIsOneFigureAndASentenceInItsUnit() throws {
        let asOf = ReportFixtures.day("2026-01-15")
        func day(_ text: String) -> CalendarDate { ReportFixtures.day(text) }
        // 10 → 35 → 60 in 10 days, 5 a day; read 20 days after the first: 10 + 5 × 20 = 110, shown as 100%.
        // (60 − 10) ÷ (90 − 10) = 0.625: 63% of the way.
        let measure = Measure(id: "share", name: "Share", unit: .percent, direction: .up, target: 90)
        let rising = MeasureTrack(measure: measure, due: day("2026-01-21"),
                                  readings: [MeasureReading(date: day("2026-01-01"), value: 10),
                                             MeasureReading(date: day("2026-01-06"), value: 35),
                                             MeasureReading(date: day("2026-01-11"), value: 60)])
        #expect(ProgressText.measure(rising, asOf: asOf) == "share: 63% of the way (on track). 60% on 2026-01-11, 63% of the way from the baseline of 10% to at least 90%; at the pace of its 3 readings it would reach about 100% by 2026-01-21.")
        // A forecast is an estimate: whole numbers for percentages and counts, one decimal otherwise.
        #expect(ProgressWording.estimate(70.1732, .percent) == "70%")
        #expect(ProgressWording.estimate(12.6, .count) == "13")
        #expect(ProgressWording.estimate(0.87, .days) == "0.9 days")
        let met = MeasureTrack(measure: measure, due: day("2026-01-21"), readings: [MeasureReading(date: day("2026-01-01"), value: 95)])
        #expect(ProgressText.measure(met, asOf: asOf) == "share: 100% of the way (done). Target met: 95% on 2026-01-01, against at least 90% due 2026-01-21.")
        // Two readings: (40 − 10) ÷ 80 = 0.375, 38% of the way.
        let two = MeasureTrack(measure: measure, due: day("2026-01-21"),
                               readings: [MeasureReading(date: day("2026-01-01"), value: 10), MeasureReading(date: day("2026-01-11"), value: 40)])
        #expect(ProgressText.measure(two, asOf: asOf) == "share: 38% of the way (too few readings). 40% on 2026-01-11, 38% of the way from the baseline of 10% to at least 90%; 2 readings so far, too few for a forecast (it takes 3).")
        // Seen after the due date: missed.
        #expect(ProgressText.measure(two, asOf: day("2026-02-01")) == "share: 38% of the way (too few readings). Missed on 2026-01-21: 40% on 2026-01-11, 38% of the way from the baseline of 10% to at least 90%.")
        let none = MeasureTrack(measure: measure, due: day("2026-01-21"), readings: [])
        #expect(ProgressText.measure(none, asOf: asOf) == "share: no reading (too few readings). No reading yet; the target is at least 90% by 2026-01-21.")
    }

    /// A money measure's sentence names its currency at every figure.
    @Test func aMoneyMeasureShowsItsCurrency() throws {
        let asOf = ReportFixtures.day("2026-01-15")
        // (20000 − 5000) ÷ (50000 − 5000) = 1/3: 33% of the way.
        let measure = Measure(id: "fund", name: "Fund paid", unit: .currency, direction: .up, target: 50000, currency: "EUR")
        let two = MeasureTrack(measure: measure, due: ReportFixtures.day("2026-01-21"),
                               readings: [MeasureReading(date: ReportFixtures.day("2026-01-01"), value: 5000),
                                          MeasureReading(date: ReportFixtures.day("2026-01-11"), value: 20000)])
        #expect(ProgressText.measure(two, asOf: asOf) == "fund: 33% of the way (too few readings). 20000 EUR on 2026-01-11, 33% of the way from the baseline of 5000 EUR to at least 50000 EUR; 2 readings so far, too few for a forecast (it takes 3).")
        #expect(ProgressWording.estimate(1234.56, .currency, currency: "EUR") == "1234.6 EUR")
    }

    @Test func aFormatTheProgressDoesNotTakeIsRefusedNamingTheOnesItTakes() throws {
        #expect(throws: UnsupportedFormat(subject: "the progress", format: .yaml, accepted: [.text, .json, .md, .csv, .html])) {
            try ProgressRenderer.render(ReportFixtures.progress(), as: .yaml)
        }
        #expect(UnsupportedFormat(subject: "the progress", format: .yaml, accepted: ProgressRenderer.formats).description
                == "the progress cannot be written as yaml; use text, json, md, csv or html")
    }
}
