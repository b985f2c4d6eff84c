import Testing
@testable import MaturityKit

/// Which readings a measure's unit allows.
struct ReadingCheckTests {
    let today = CalendarDate(year: 2027, month: 3, day: 1)

    @Test(arguments: [
        // (unit, target, baseline, value, allowed)
        (MeasureUnit.percent, 90.0, nil as Double?, 100.0, true),
        (.percent, 90, nil, 100.5, false),
        (.percent, 90, nil, -0.1, false),
        // A target of 150 % widens the range to 0...150.
        (.percent, 150, nil, 140, true),
        (.percent, 150, nil, 151, false),
        // A baseline of -20 % (a fall) widens it to -20...100.
        (.percent, 50, -20, -10, true),
        (.count, 10, nil, 0, true),
        (.count, 10, nil, -1, false),
        (.days, 7, nil, -0.5, false),
        (.hours, 8, nil, 1_000, true),
        (.ratio, 1, nil, -0.2, false),
        (.score, 5, nil, -40, true),
        (.currency, 50_000, nil, -1_200, true),
    ])
    func unitRanges(unit: MeasureUnit, target: Double, baseline: Double?, value: Double, allowed: Bool) {
        let problem = ReadingCheck.problem(value: value, date: today, today: today, unit: unit, target: target, baseline: baseline)
        #expect((problem == nil) == allowed, "\(unit) \(value): \(problem ?? "allowed")")
    }

    @Test func messagesSayWhatToDo() {
        #expect(ReadingCheck.problem(value: 120, date: today, today: today, unit: .percent, target: 90, baseline: 10)
                == "120 is not a percentage between 0 and 100; give the value as a percentage, such as 42 for 42 %")
        #expect(ReadingCheck.problem(value: -3, date: today, today: today, unit: .days, target: 7, baseline: nil)
                == "-3 cannot be a number of days: it is negative")
        #expect(ReadingCheck.problem(value: 5, date: CalendarDate(year: 2027, month: 3, day: 2), today: today, unit: .count, target: 7, baseline: nil)
                == "the reading is dated 2027-03-02, after today (2027-03-01); record readings on or after the day they were taken")
        #expect(ReadingCheck.problem(value: .nan, date: today, today: today, unit: .score, target: 7, baseline: nil)
                == "a reading must be a finite number")
    }
}
