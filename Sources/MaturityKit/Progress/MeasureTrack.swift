/// A measure of an objective with its readings over time: progress towards
/// the target, a forecast at the due date, and a status (docs/scoring.md
/// § 10, "Measures and objectives").
///
/// - **Baseline**: the measure's own `baseline` when the content gives one,
///   else the first reading's value (nil with no reading).
/// - **Progress**: `(latest − baseline) ÷ (target − baseline)`, clamped to
///   [0, 1]. Direction is taken into account: for a measure where lower is
///   better, progress is the way down from the baseline to the target. A
///   latest value that meets the target is 1, whatever the baseline; when the
///   baseline already met the target but the latest value does not, it is 0.
/// - **Forecast**: a least-squares line through the readings (x the day),
///   read at the due date, made only from three readings or more (on at
///   least two different days): a line through two points always fits
///   them, so it says nothing about a trend. When the last reading is on or
///   after the due date the outcome is known, and the latest value stands
///   in for the forecast, however few readings there are.
/// - **Status**: `done` when the latest value meets the target (a single
///   reading is enough); otherwise `noData` ("too few readings") without a
///   forecast; `onTrack` when the forecast meets the target; `atRisk`
///   when it gets at least 80 % of the way from the baseline to the target;
///   `offTrack` otherwise.
public struct MeasureTrack: Sendable, Hashable {
    /// The measure with its target, direction and optional baseline.
    public var measure: Measure
    /// When the target is due: the end of the objective's phase.
    public var due: CalendarDate
    /// Oldest first (sorted by date; readings of one day keep their order).
    public var readings: [MeasureReading]

    /// The share of the way a forecast must get for `atRisk` rather than `offTrack`.
    public static let atRiskThreshold = 0.8

    /// How many readings a forecast needs: with two, a straight line fits
    /// them exactly, whatever the trend.
    public static let readingsForForecast = 3

    public init(measure: Measure, due: CalendarDate, readings: [MeasureReading]) {
        self.measure = measure
        self.due = due
        self.readings = readings.enumerated()
            .sorted { $0.element.date != $1.element.date ? $0.element.date < $1.element.date : $0.offset < $1.offset }
            .map(\.element)
    }

    public var target: Double { measure.target }
    public var direction: MeasureDirection { measure.direction }

    /// The measure's baseline, else the first reading's value.
    public var baseline: Double? { measure.baseline ?? readings.first?.value }

    /// The most recent reading.
    public var latest: MeasureReading? { readings.last }

    /// Whether `value` meets the target, in the measure's direction.
    public func meetsTarget(_ value: Double) -> Bool {
        switch direction {
        case .up: return value >= target - MeasureTrack.tolerance
        case .down: return value <= target + MeasureTrack.tolerance
        }
    }

    /// How far `value` is from the baseline towards the target, as a share of
    /// the whole way: 0 at the baseline, 1 at the target; not clamped, so a
    /// forecast beyond the target is above 1 and one going the wrong way is
    /// negative. A value that meets the target counts at least 1; when the
    /// baseline already met the target there is no way to go, and a value
    /// that does not meet it counts 0.
    public func share(of value: Double) -> Double? {
        guard let baseline else { return nil }
        let needed = direction == .up ? target - baseline : baseline - target
        let gained = direction == .up ? value - baseline : baseline - value
        if needed <= MeasureTrack.tolerance { return meetsTarget(value) ? 1 : 0 }
        let share = gained / needed
        return meetsTarget(value) ? max(1, share) : share
    }

    /// `(latest − baseline) ÷ (target − baseline)` in the measure's direction,
    /// clamped to [0, 1]; nil with no reading.
    public var progress: Double? {
        guard let latest, let share = share(of: latest.value) else { return nil }
        return min(1, max(0, share))
    }

    /// The least-squares line through the readings; nil with fewer than
    /// three readings, or when they all fall on one day.
    public var trend: TrendLine? {
        readings.count >= MeasureTrack.readingsForForecast ? TrendLine(readings: readings) : nil
    }

    /// Whether the due date has come with a reading on or after it: the
    /// outcome is known, and no forecast is needed.
    public var isSettled: Bool { latest.map { $0.date >= due } ?? false }

    /// The value expected at the due date: the latest value once a reading
    /// is on or after the due date, else the trend read at the due date;
    /// nil when neither exists (too few readings).
    public var forecast: Double? {
        guard let latest else { return nil }
        if isSettled { return latest.value }
        return trend?.value(at: due)
    }

    /// `done`, `onTrack`, `atRisk`, `offTrack` or `noData`, by the rules above.
    public var status: ProgressStatus {
        guard let latest else { return .noData }
        if meetsTarget(latest.value) { return .done }
        guard let forecast, let share = share(of: forecast) else { return .noData }
        if meetsTarget(forecast) { return .onTrack }
        return share >= MeasureTrack.atRiskThreshold - MeasureTrack.tolerance ? .atRisk : .offTrack
    }

    /// Slack for comparing values computed in floating point.
    static let tolerance = 1e-9
}
