import MaturityKit

/// Maturity over assessments: one row per dimension, a bar per assessment
/// (oldest lightest), and the target level as a tick.
struct HistoryChart {
    var title: String
    var history: MaturityHistory
    var palette: ChartPalette

    func render() -> String {
        let labelWidth = 255.0, plotWidth = 380.0, top = 50.0
        let count = max(1, history.snapshots.count)
        let barHeight = 9.0, rowHeight = Double(count) * barHeight + 10
        let maxLevel = Double(history.dimensions.map(\.maxLevel).max() ?? 4)
        let width = labelWidth + plotWidth + 20
        let height = top + Double(history.dimensions.count) * rowHeight + 24
        var svg = SVG(width: width, height: height)
        let colours = palette.series(history.snapshots.count)
        svg.legend(zip(history.snapshots, colours).map { ($0.date.description, $1, false) } + [("Target", palette.accent, false)],
                   x: 4, y: 16, size: 12)
        func x(_ score: Double) -> Double { labelWidth + score / max(1, maxLevel) * plotWidth }
        let bottom = top + Double(history.dimensions.count) * rowHeight
        for level in 0...Int(maxLevel) {
            svg.line(x(Double(level)), top - 6, x(Double(level)), bottom, stroke: SVG.grid)
            svg.text(String(level), x: x(Double(level)), y: top - 10, size: 11, anchor: .middle, fill: SVG.muted)
        }
        var y = top
        for dimension in history.dimensions {
            svg.text(SVG.fit(dimension.title, width: labelWidth - 10, size: 11.5), x: labelWidth - 8,
                     y: y + rowHeight / 2 + 4, size: 11.5, anchor: .end)
            for (index, score) in dimension.scores.enumerated() {
                let barY = y + 4 + Double(index) * barHeight
                if let score {
                    // A score of 0 still gets a sliver, so it does not read as missing.
                    svg.rect(x: labelWidth, y: barY, width: max(2, x(score) - labelWidth), height: barHeight - 1, fill: colours[index])
                } else {
                    svg.text("n/a", x: labelWidth + 3, y: barY + barHeight - 1.5, size: 8, fill: SVG.muted)
                }
            }
            if dimension.target > 0 {
                svg.rect(x: x(Double(dimension.target)) - 1.5, y: y + 2, width: 3, height: rowHeight - 4, fill: palette.accent)
            }
            y += rowHeight
        }
        let description = history.dimensions.map { dimension in
            "\(dimension.title): " + dimension.scores.map { $0.map { String(format: "%.2f", $0) } ?? "unassessed" }.joined(separator: " → ")
                + ", target \(dimension.target)"
        }.joined(separator: "; ")
        return svg.render(title: title, description: description)
    }
}
