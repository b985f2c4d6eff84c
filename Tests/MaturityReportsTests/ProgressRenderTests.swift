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

    /// The forecast is shown in the measure's unit and kept within what the
    /// unit holds, as in the progress report; a met target says so.
    @Test func forecastsCarryTheirUnitAndStayWithinIt() throws {
        // 10 → 60 in 10 days, 5 a day; read 20 days after the first: 10 + 5 × 20 = 110, shown as 100%.
        let measure = Measure(id: "share", name: "Share", unit: .percent, direction: .up, target: 90)
        let rising = MeasureTrack(measure: measure, due: ReportFixtures.day("2026-01-21"),
                                  readings: [MeasureReading(date: ReportFixtures.day("2026-01-01"), value: 10),
                                             MeasureReading(date: ReportFixtures.day("2026-01-11"), value: 60)])
        #expect(ProgressText.measure(rising) == "share: latest 60% on 2026-01-11; target at least 90% by 2026-01-21; forecast 100% (on-track)")
        let met = MeasureTrack(measure: measure, due: ReportFixtures.day("2026-01-21"),
                               readings: [MeasureReading(date: ReportFixtures.day("2026-01-01"), value: 95)])
        #expect(ProgressText.measure(met) == "share: latest 95% on 2026-01-01; target at least 90% by 2026-01-21; target met (done)")
        let none = MeasureTrack(measure: measure, due: ReportFixtures.day("2026-01-21"), readings: [])
        #expect(ProgressText.measure(none) == "share: no reading; target at least 90% by 2026-01-21; no forecast (no-data)")
    }

    @Test func aFormatTheProgressDoesNotTakeIsRefusedNamingTheOnesItTakes() throws {
        #expect(throws: UnsupportedFormat(subject: "the progress", format: .yaml, accepted: [.text, .json, .md, .csv, .html])) {
            try ProgressRenderer.render(ReportFixtures.progress(), as: .yaml)
        }
        #expect(UnsupportedFormat(subject: "the progress", format: .yaml, accepted: ProgressRenderer.formats).description
                == "the progress cannot be written as yaml; use text, json, md, csv or html")
    }
}
