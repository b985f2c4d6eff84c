/// A least-squares straight line through readings, with x the day number
/// (days since 1970-01-01) and y the value.
public struct TrendLine: Sendable, Hashable {
    /// Change in value per day.
    public var slope: Double
    /// The value at day 0.
    public var intercept: Double

    public init(slope: Double, intercept: Double) {
        self.slope = slope
        self.intercept = intercept
    }

    /// The ordinary least-squares fit: `slope = Σ(x − x̄)(y − ȳ) ÷ Σ(x − x̄)²`,
    /// `intercept = ȳ − slope × x̄`. Nil with fewer than two distinct days,
    /// where no line is defined.
    public init?(readings: [MeasureReading]) {
        guard readings.count >= 2 else { return nil }
        // Centre x on the first day so the sums stay small and exact.
        let origin = readings[0].date.dayNumber
        let xs = readings.map { Double($0.date.dayNumber - origin) }
        let ys = readings.map(\.value)
        let n = Double(readings.count)
        let meanX = xs.reduce(0, +) / n, meanY = ys.reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0
        for (x, y) in zip(xs, ys) {
            sxy += (x - meanX) * (y - meanY)
            sxx += (x - meanX) * (x - meanX)
        }
        guard sxx > 0 else { return nil }
        let slope = sxy / sxx
        self.init(slope: slope, intercept: meanY - slope * (meanX + Double(origin)))
    }

    /// The line's value on a day.
    public func value(at date: CalendarDate) -> Double {
        intercept + slope * Double(date.dayNumber)
    }
}
