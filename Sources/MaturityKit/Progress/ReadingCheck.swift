/// Which readings of a measure can be true: the values its unit allows,
/// and no date after today.
///
/// A percentage lies in 0–100, unless the measure's own target or baseline
/// lies outside that range (a growth of 150 %), which widens it to include
/// them. Counts, days and hours are never negative. Scores, ratios and money
/// take any finite number, except that a ratio is never negative.
public enum ReadingCheck {
    /// The values `unit` allows for a measure with this target and baseline.
    public static func allowedRange(unit: MeasureUnit, target: Double, baseline: Double?) -> ClosedRange<Double>? {
        switch unit {
        case .percent:
            let values = [0, 100, target] + (baseline.map { [$0] } ?? [])
            return (values.min() ?? 0)...(values.max() ?? 100)
        case .count, .days, .hours, .ratio:
            return 0...Double.greatestFiniteMagnitude
        case .score, .currency:
            return nil
        }
    }

    /// Why this reading cannot be true, or nil when it can.
    public static func problem(value: Double, date: CalendarDate, today: CalendarDate, unit: MeasureUnit,
                               target: Double, baseline: Double?) -> String? {
        guard value.isFinite else { return "a reading must be a finite number" }
        if date > today {
            return "the reading is dated \(date), after today (\(today)); record readings on or after the day they were taken"
        }
        if let range = allowedRange(unit: unit, target: target, baseline: baseline), !range.contains(value) {
            switch unit {
            case .percent:
                return "\(formatNumber(value)) is not a percentage between \(formatNumber(range.lowerBound)) and \(formatNumber(range.upperBound)); give the value as a percentage, such as 42 for 42 %"
            default:
                return "\(formatNumber(value)) cannot be a number of \(unit.rawValue == "count" ? "items" : unit.rawValue): it is negative"
            }
        }
        return nil
    }
}
