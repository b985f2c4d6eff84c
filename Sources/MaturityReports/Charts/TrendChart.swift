import Foundation
import MaturityKit

/// One measure over time: its readings joined by a line, the target as a
/// dashed horizontal line, the forecast (as the reports show it, see
/// `shownForecast`) as a dotted line from the last reading to the due date,
/// and the due date marked. The time axis runs from the first reading to the
/// due date, or to the last reading when that came later.
struct TrendChart {
    var title: String
    var track: MeasureTrack
    var palette: ChartPalette

    func render() -> String {
        let width = 460.0, height = 230.0
        let left = 48.0, right = 14.0, top = 36.0, bottom = 34.0
        var svg = SVG(width: width, height: height)
        svg.legend([("Readings", palette.primary, false), ("Target", palette.accent, true), ("Forecast", SVG.muted, true)],
                   x: 4, y: 15, size: 12)
        let readings = track.readings
        let firstDay = readings.first?.date ?? track.due.addingDays(-90)
        let lastDay = max(track.due, readings.last?.date ?? track.due)
        var values = readings.map(\.value) + [track.target]
        if let baseline = track.baseline { values.append(baseline) }
        let forecast = track.shownForecast
        if let forecast { values.append(forecast) }
        var low = values.min() ?? 0, high = values.max() ?? 1
        // From 0; a percentage up to 100, unless every value is small (a share of
        // unidentified licences going from 15 % to 3 % would lie flat on a 0–100 axis).
        low = min(low, 0)
        if track.measure.unit == .percent && high > 50 { high = max(high, 100) }
        if high - low < 1e-9 { high = low + 1 }
        let (ticks, step) = TrendChart.ticks(low: low, high: high)
        low = ticks.first ?? low
        high = max(high, (ticks.last ?? high))
        let plotW = width - left - right, plotH = height - top - bottom
        let span = Double(max(1, lastDay.dayNumber - firstDay.dayNumber))
        func x(_ date: CalendarDate) -> Double { left + Double(date.dayNumber - firstDay.dayNumber) / span * plotW }
        func y(_ value: Double) -> Double { top + (1 - (value - low) / (high - low)) * plotH }
        for tick in ticks {
            svg.line(left, y(tick), width - right, y(tick), stroke: SVG.grid)
            svg.text(TrendChart.label(tick, step: step), x: left - 6, y: y(tick) + 3.5, size: 11, anchor: .end, fill: SVG.muted)
        }
        svg.line(left, top + plotH, width - right, top + plotH, stroke: SVG.muted)
        // The due date, labelled under the axis at its line. When readings went on
        // after it, the axis ends at the last reading, which gets the label at the
        // right end, and the due date's label moves above the plot, beside its line.
        let dueX = x(track.due), labelSize = 11.0
        let dueText = "due \(track.due)", firstText = firstDay.description
        svg.line(dueX, top, dueX, top + plotH, stroke: SVG.muted, dash: "2 3")
        let dueOnTop = lastDay > track.due
        if dueOnTop {
            let onLeft = dueX < left + plotW / 2
            svg.text(dueText, x: onLeft ? dueX + 3 : dueX - 3, y: top - 4, size: labelSize, anchor: onLeft ? .start : .end, fill: SVG.muted)
            svg.text(lastDay.description, x: width - right, y: height - 18, size: labelSize, anchor: .end, fill: SVG.muted)
        } else {
            svg.text(dueText, x: dueX - 3, y: height - 18, size: labelSize, anchor: .end, fill: SVG.muted)
        }
        // The first day, unless the due date's label already covers the place.
        let firstWidth = SVG.textWidth(firstText, size: labelSize)
        if dueOnTop || dueX - 3 - SVG.textWidth(dueText, size: labelSize) > left + firstWidth + 6 {
            svg.text(firstText, x: left, y: height - 18, size: labelSize, fill: SVG.muted)
        }
        svg.line(left, y(track.target), width - right, y(track.target), stroke: palette.accent, width: 2, dash: "6 4")
        // The target's label sits above its line at the left, or at the right when
        // the due date's label is above the plot at the left and the target is near the top.
        let targetText = "target \(Fmt.quantity(track.target, track.measure.unit, currency: track.measure.currency))"
        let targetOnRight = dueOnTop && dueX < left + plotW / 2 && y(track.target) - 4 < top + 14
        svg.text(targetText, x: targetOnRight ? width - right - 4 : left + 4, y: y(track.target) - 4,
                 size: labelSize, anchor: targetOnRight ? .end : .start, fill: palette.accent)
        if let last = readings.last, let forecast, last.date < track.due {
            svg.line(x(last.date), y(last.value), x(track.due), y(forecast), stroke: SVG.muted, width: 1.5, dash: "3 3")
            svg.circle(x(track.due), y(forecast), r: 3, fill: "#ffffff", stroke: SVG.muted)
        }
        if readings.count > 1 {
            svg.polyline(readings.map { (x($0.date), y($0.value)) }, stroke: palette.primary, width: 2)
        }
        for reading in readings { svg.circle(x(reading.date), y(reading.value), r: 3, fill: palette.primary) }
        if readings.isEmpty {
            svg.text("No readings yet", x: left + plotW / 2, y: top + plotH / 2, size: 12, anchor: .middle, fill: SVG.muted)
        }
        let description = "Readings: " + (readings.isEmpty ? "none" : readings.map { "\($0.date) \(SVG.n($0.value))" }.joined(separator: ", "))
            + "; target \(SVG.n(track.target)) due \(track.due)"
            + (forecast.map { "; forecast \(SVG.n($0))" } ?? "")
        return svg.render(title: title, description: description)
    }

    /// Round tick values covering [low, high]: about five, on steps of 1, 2 or 5 × 10ⁿ.
    static func ticks(low: Double, high: Double) -> ([Double], Double) {
        let rough = (high - low) / 5
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? rough
        let start = floor(low / step) * step
        var ticks: [Double] = []
        var value = start
        while value <= high + step * 0.999 && ticks.count < 12 {
            ticks.append(value)
            value += step
        }
        return (ticks, step)
    }

    static func label(_ value: Double, step: Double) -> String {
        step >= 1 ? formatNumber((value).rounded()) : String(format: "%.1f", value)
    }
}
