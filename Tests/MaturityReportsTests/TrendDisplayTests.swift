import MaturityKit
import Testing
@testable import MaturityReports

/// What the progress report shows of a measure's forecast, and how its trend
/// chart labels the time axis when readings go on past the due date.
struct TrendDisplayTests {
    static let start = CalendarDate(year: 2027, month: 1, day: 1)

    static func track(_ unit: MeasureUnit, _ direction: MeasureDirection, target: Double, baseline: Double? = nil,
                      due: Int, readings: [(Int, Double)]) -> MeasureTrack {
        MeasureTrack(measure: Measure(id: "m", name: "M", unit: unit, direction: direction, target: target, baseline: baseline),
                     due: start.addingDays(due),
                     readings: readings.map { MeasureReading(date: start.addingDays($0.0), value: $0.1) })
    }

    @Test func aPercentageForecastStopsAtOneHundred() {
        // 40 on day 0, 55 on day 14, 70 on day 28: 30 in 28 days, all on one line, so on
        // day 61 it reads 70 + 33 × 30 / 28 = 105.4, which meets the target of 100: on track, shown as 100.
        let track = Self.track(.percent, .up, target: 100, due: 61, readings: [(0, 40), (14, 55), (28, 70)])
        #expect(track.status == .onTrack)
        #expect(abs((track.forecast ?? 0) - 105.357) < 0.001)
        #expect(track.shownForecast == 100)
    }

    @Test func daysAreNeverForecastBelowZero() {
        // 8 days on day 0, 6 on day 5, 4 on day 10: −0.4 a day, so on day 30 the line reads 4 − 8 = −4.
        let track = Self.track(.days, .down, target: 2, baseline: 10, due: 30, readings: [(0, 8), (5, 6), (10, 4)])
        #expect(track.status == .onTrack)
        #expect(abs((track.forecast ?? 0) + 4) < 1e-9)
        #expect(track.shownForecast == 0)
    }

    @Test func aMeasureAtItsTargetShowsNoForecast() {
        let track = Self.track(.percent, .up, target: 100, due: 90, readings: [(0, 40), (14, 70), (28, 100)])
        #expect(track.status == .done)
        #expect(track.forecast != nil)
        #expect(track.shownForecast == nil)
        let report = ProgressReport(organisation: "O", asOf: Self.start.addingDays(40),
                                    objectives: [ObjectiveProgress(id: "a", title: "A", dimension: nil, phase: 1, due: track.due,
                                                                   state: .inProgress, note: nil, measures: [track])],
                                    maturity: MaturityHistory(scorecards: [], targets: [:]))
        let view = ProgressView(report: report, brand: Brand())
        // Report dates never break across lines: their spaces are no-break spaces.
        let sentence = view.objectives.first?.measures.first?.sentence.replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(sentence == "Target met: 100% on 29 Jan 2027, against at least 100% due 1 Apr 2027.")
        #expect(view.objectives.first?.measures.first?.figure == "100%")
    }

    @Test func readingsPastTheDueDateEndTheAxisAndLiftTheDueLabel() {
        // Due on day 10 (11 January), readings to day 300 (28 October).
        let track = Self.track(.percent, .up, target: 80, due: 10, readings: [(0, 30), (100, 50), (300, 60)])
        let svg = TrendChart(title: "M", track: track, palette: ChartPalette()).render()
        #expect(svg.contains(">2027-01-01<"))
        #expect(svg.contains(">2027-10-28<"))
        #expect(svg.contains(">due 2027-01-11<"))
        // Above the plot (its top is at 36), not on the axis.
        #expect(svg.contains(/y="32"[^>]*>due 2027-01-11</))
    }
}
