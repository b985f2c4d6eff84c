import MaturityKit

extension MeasureTrack {
    /// The forecast as the reports show it: nil once the latest reading meets
    /// the target (the outcome is known), else the least-squares forecast kept
    /// within what the unit can hold: 0 to 100 for a percentage, not below 0
    /// for counts, days, hours, ratios and scores. A straight line through
    /// readings that rise quickly would otherwise promise 126 % of business
    /// units, or a decision in −2 days. The status is worked out from the
    /// forecast itself, and JSON keeps it as computed.
    var shownForecast: Double? {
        guard status != .done, let forecast else { return nil }
        switch measure.unit {
        case .percent: return min(100, max(0, forecast))
        case .count, .days, .hours, .ratio, .score: return max(0, forecast)
        case .currency: return forecast
        }
    }
}
