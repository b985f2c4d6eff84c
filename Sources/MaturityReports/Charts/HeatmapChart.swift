/// A grid of coloured cells with row and column labels: dimensions by level
/// in the assessment (how much of each level is reached), organisations by
/// dimension in the portfolio (the score). Every cell may carry a short text.
///
/// Cells are solid shades of the primary colour (`ChartPalette.shade`), and
/// a cell's text is black or white, whichever contrasts more (at least
/// 4.5 : 1, WCAG AA). A colour scale above the grid shows what the shades
/// mean, from `scale.low` to `scale.high`.
struct HeatmapChart {
    /// The colour scale's end labels.
    struct Scale { var low: String; var high: String }

    struct Cell {
        /// 0 (empty) … 1 (full colour).
        var intensity: Double
        var text: String = ""
        /// Drawn with an accent outline (a target).
        var outlined: Bool = false
    }

    struct Row {
        var label: String
        var cells: [Cell]
        /// A value shown after the last column.
        var trailing: String = ""
        /// Starts a new group (a module): a little extra space above.
        var groupStart: Bool = false
    }

    var title: String
    var columns: [String]
    var rows: [Row]
    var palette: ChartPalette
    /// (label, colour, dashed) entries above the grid.
    var legend: [(String, String, Bool)]
    var trailingHeader: String = ""
    var columnWidth: Double = 70
    var scale = Scale(low: "lower", high: "higher")

    /// The shade of a cell: light but visible for the smallest value, the
    /// primary colour for the largest.
    static func share(_ intensity: Double) -> Double { 0.12 + 0.88 * min(1, max(0, intensity)) }

    func render(description: String) -> String {
        let labelWidth = 230.0, rowHeight = 20.0, top = 66.0
        let trailingWidth = trailingHeader.isEmpty && rows.allSatisfy({ $0.trailing.isEmpty }) ? 0.0 : 56.0
        let groups = Double(rows.filter(\.groupStart).count)
        let width = labelWidth + Double(columns.count) * columnWidth + trailingWidth + 10
        let height = top + Double(rows.count) * rowHeight + groups * 6 + 10
        var svg = SVG(width: width, height: height)
        svg.legend(legend, x: 4, y: 16)
        // The colour scale, right-aligned on the legend's line: five steps from low to high.
        let stepWidth = 22.0, steps = 5
        let scaleRight = width - 8 - SVG.textWidth(scale.high, size: 10) - 6
        let scaleLeft = scaleRight - Double(steps) * stepWidth
        svg.text(scale.low, x: scaleLeft - 6, y: 16, size: 10, anchor: .end)
        for step in 0..<steps {
            svg.rect(x: scaleLeft + Double(step) * stepWidth, y: 6, width: stepWidth, height: 13,
                     fill: palette.shade(Self.share(Double(step) / Double(steps - 1))))
        }
        svg.rect(x: scaleLeft, y: 6, width: Double(steps) * stepWidth, height: 13, fill: "none", stroke: SVG.grid)
        svg.text(scale.high, x: scaleRight + 6, y: 16, size: 10)
        for (index, column) in columns.enumerated() {
            let x = labelWidth + (Double(index) + 0.5) * columnWidth
            let lines = SVG.wrap(column, width: columnWidth - 4, size: 10, lines: 3)
            for (row, line) in lines.enumerated() {
                svg.text(line, x: x, y: top - 8 - Double(lines.count - 1 - row) * 12, size: 10, anchor: .middle, weight: "600")
            }
        }
        if !trailingHeader.isEmpty {
            svg.text(trailingHeader, x: width - 8, y: top - 8, size: 10, anchor: .end, weight: "600")
        }
        var y = top
        for row in rows {
            if row.groupStart && y > top { y += 6 }
            svg.text(SVG.fit(row.label, width: labelWidth - 10, size: 10.5), x: labelWidth - 8, y: y + rowHeight / 2 + 4,
                     size: 10.5, anchor: .end)
            for (index, cell) in row.cells.enumerated() {
                let x = labelWidth + Double(index) * columnWidth
                svg.rect(x: x + 1, y: y + 1, width: columnWidth - 2, height: rowHeight - 2, fill: SVG.faint)
                let fill = cell.intensity > 0 ? palette.shade(Self.share(cell.intensity)) : SVG.faint
                if cell.intensity > 0 {
                    svg.rect(x: x + 1, y: y + 1, width: columnWidth - 2, height: rowHeight - 2, fill: fill)
                }
                if cell.outlined {
                    svg.rect(x: x + 2, y: y + 2, width: columnWidth - 4, height: rowHeight - 4, fill: "none",
                             stroke: palette.accent, strokeWidth: 2.5)
                }
                if !cell.text.isEmpty {
                    svg.text(cell.text, x: x + columnWidth / 2, y: y + rowHeight / 2 + 4, size: 10, anchor: .middle,
                             fill: ChartPalette.text(on: fill))
                }
            }
            if !row.trailing.isEmpty {
                svg.text(row.trailing, x: width - 8, y: y + rowHeight / 2 + 4, size: 10.5, anchor: .end)
            }
            y += rowHeight
        }
        return svg.render(title: title, description: description)
    }
}
