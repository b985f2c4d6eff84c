import MaturityKit
@testable import MaturityReports
import Testing

/// Money and FTE as the plan renderers print them, worked by hand.
@Suite struct PlanCostFormatTests {
    static func settings(rate: Double?, currency: String?) -> PlanSettings {
        PlanSettings(start: CalendarDate(year: 2026, month: 1, day: 5), phaseMonths: 3, phases: 2, capacity: 20,
                     dayRate: rate, currency: currency)
    }

    @Test func moneyIsPersonDaysTimesTheDayRateGroupedByThousands() {
        // 13 × 650 = 8,450.
        #expect(PlanFormat.money(13, Self.settings(rate: 650, currency: "EUR")) == "EUR 8,450")
        // 1,234.5 × 1,000 = 1,234,500; no currency, the bare amount.
        #expect(PlanFormat.money(1234.5, Self.settings(rate: 1000, currency: nil)) == "1,234,500")
        // 2.5 × 99.9 = 249.75, rounded to 250.
        #expect(PlanFormat.money(2.5, Self.settings(rate: 99.9, currency: "CHF")) == "CHF 250")
        #expect(PlanFormat.money(13, Self.settings(rate: nil, currency: "EUR")) == nil)
    }

    /// Monday 2026-01-05 to Saturday 2026-04-04: 65 working days; 13 ÷ 65 = 0.20 FTE.
    @Test func aPhaseCostNamesFTEWorkingDaysAndMoney() {
        let phase = RoadmapPhase(number: 1, start: CalendarDate(year: 2026, month: 1, day: 5),
                                 end: CalendarDate(year: 2026, month: 4, day: 4), capacity: 20, actions: [], staffing: [])
        #expect(PlanFormat.cost(13, phase: phase, settings: Self.settings(rate: 650, currency: "EUR"))
            == "0.20 FTE over 65 working days, EUR 8,450")
        #expect(PlanFormat.cost(13, phase: phase, settings: Self.settings(rate: nil, currency: nil))
            == "0.20 FTE over 65 working days")
    }
}
