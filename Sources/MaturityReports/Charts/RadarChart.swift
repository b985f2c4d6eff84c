import Foundation

/// A radar of current versus target level per dimension: one spoke per
/// dimension, rings at every level, the current scores as a filled polygon
/// and the targets as a dashed one.
struct RadarChart {
    struct Spoke {
        var label: String
        /// nil when unassessed (drawn at 0 and labelled so).
        var current: Double?
        var target: Double?
        var maxLevel: Int
    }

    var title: String
    var spokes: [Spoke]
    var palette: ChartPalette

    func render() -> String {
        let width = 560.0, height = 450.0, size = 13.0
        var svg = SVG(width: width, height: height)
        let cx = width / 2, cy = 245.0, radius = 140.0
        let maxLevel = spokes.map(\.maxLevel).max() ?? 4
        let hasTarget = spokes.contains { $0.target != nil }
        svg.legend([("Current score", palette.primary, false)] + (hasTarget ? [("Target level", palette.accent, true)] : []),
                   x: 4, y: 16, size: size)
        guard spokes.count >= 3 else {
            svg.text("A radar needs at least three dimensions; see the table.", x: 12, y: 60, fill: SVG.muted)
            return svg.render(title: title, description: "Not enough dimensions for a radar.")
        }
        func point(_ index: Int, _ share: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(spokes.count)
            return (cx + cos(angle) * radius * share, cy + sin(angle) * radius * share)
        }
        // Rings and their level numbers.
        for level in 1...max(1, maxLevel) {
            let share = Double(level) / Double(maxLevel)
            svg.polyline(spokes.indices.map { point($0, share) }, stroke: SVG.grid, width: 1, closed: true)
            svg.text(String(level), x: cx + 3, y: cy - radius * share - 2, size: 11, fill: SVG.muted)
        }
        for index in spokes.indices {
            let (x, y) = point(index, 1)
            svg.line(cx, cy, x, y, stroke: SVG.grid)
        }
        let current = spokes.enumerated().map { point($0.offset, min(1, ($0.element.current ?? 0) / Double(max(1, $0.element.maxLevel)))) }
        svg.polyline(current, stroke: palette.primary, width: 2, fill: palette.primary, fillOpacity: 0.22, closed: true)
        for (x, y) in current { svg.circle(x, y, r: 2.5, fill: palette.primary) }
        if hasTarget {
            let target = spokes.enumerated().map { point($0.offset, min(1, ($0.element.target ?? 0) / Double(max(1, $0.element.maxLevel)))) }
            svg.polyline(target, stroke: palette.accent, width: 2, dash: "6 4", closed: true)
        }
        // Labels outside the outer ring, anchored away from the centre, on up to three lines.
        for (index, spoke) in spokes.enumerated() {
            let (x, y) = point(index, 1.08)
            let anchor: SVG.Anchor = abs(x - cx) < 12 ? .middle : (x > cx ? .start : .end)
            let room = min(130, anchor == .middle ? 160 : (anchor == .start ? width - x - 2 : x - 2))
            var lines = SVG.wrap(spoke.label, width: room, size: size, lines: 3)
            if spoke.current == nil, let last = lines.popLast() { lines.append(last + " (n/a)") }
            let lineHeight = size * 1.1
            let block = Double(lines.count - 1) * lineHeight
            let top: Double
            if y < cy - radius * 0.9 { top = y - block - 2 } else if y > cy + radius * 0.9 { top = y + size * 0.8 } else { top = y - block / 2 + size * 0.35 }
            for (row, line) in lines.enumerated() {
                svg.text(line, x: x, y: top + Double(row) * lineHeight, size: size, anchor: anchor)
            }
        }
        let description = spokes.map { spoke in
            "\(spoke.label): \(spoke.current.map { String(format: "%.2f", $0) } ?? "unassessed")"
                + (spoke.target.map { ", target \(SVG.n($0))" } ?? "")
        }.joined(separator: "; ")
        return svg.render(title: title, description: description)
    }
}
