import Foundation

/// A radar of current versus target level per dimension: one spoke per
/// dimension, rings at every level, the current scores as a filled polygon
/// and the targets as a dashed one.
///
/// Labels are placed, not just drawn: each sits outside the outer ring at its
/// spoke, anchored away from the centre and wrapped to the room on its side;
/// then labels whose boxes overlap are pushed apart vertically (away from the
/// centre line), and the drawing grows to hold them. `labels()` returns the
/// placement so a test can check that no two labels overlap.
struct RadarChart {
    struct Spoke {
        var label: String
        /// nil when unassessed (drawn at 0 and labelled so).
        var current: Double?
        var target: Double?
        var maxLevel: Int
    }

    /// A placed label: its lines, where they are drawn, and the box they cover.
    struct Label {
        var lines: [String]
        var x: Double
        /// The top of the first line's box.
        var top: Double
        var anchor: SVG.Anchor
        var width: Double
        var height: Double

        var left: Double {
            switch anchor {
            case .start: return x
            case .middle: return x - width / 2
            case .end: return x - width
            }
        }
        var bottom: Double { top + height }

        /// Whether two boxes overlap, with `gap` points between them counting as overlap.
        func overlaps(_ other: Label, gap: Double = 2) -> Bool {
            left < other.left + other.width + gap && other.left < left + width + gap
                && top < other.bottom + gap && other.top < bottom + gap
        }
    }

    var title: String
    var spokes: [Spoke]
    var palette: ChartPalette

    static let width = 600.0, legendHeight = 30.0, radius = 150.0, labelSize = 12.5, lineHeight = 14.0
    static let centreX = width / 2, centreY = legendHeight + 64 + radius

    func point(_ index: Int, _ share: Double) -> (Double, Double) {
        let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(1, spokes.count))
        return (Self.centreX + cos(angle) * Self.radius * share, Self.centreY + sin(angle) * Self.radius * share)
    }

    /// Every spoke's label, placed so that no two overlap.
    func labels() -> [Label] {
        let count = max(1, spokes.count)
        var labels: [Label] = spokes.enumerated().map { index, spoke in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
            let (c, s) = (cos(angle), sin(angle))
            let x = Self.centreX + c * (Self.radius + 10), y = Self.centreY + s * (Self.radius + 10)
            let anchor: SVG.Anchor = abs(c) < 0.2 ? .middle : (c > 0 ? .start : .end)
            let room = min(135, anchor == .middle ? 170 : (anchor == .start ? Self.width - x - 4 : x - 4))
            let label = spoke.current == nil ? spoke.label + " (n/a)" : spoke.label
            let lines = SVG.wrap(label, width: room, size: Self.labelSize, lines: 3)
            let width = lines.map { SVG.textWidth($0, size: Self.labelSize) }.max() ?? 0
            let height = Double(lines.count) * Self.lineHeight
            // Above the spoke's end at the top, below it at the bottom, centred at the sides.
            let top = y - height / 2 + height / 2 * s + (s > 0.9 ? 2 : (s < -0.9 ? -2 : 0))
            return Label(lines: lines, x: x, top: top, anchor: anchor, width: width, height: height)
        }
        // Push overlapping labels apart, the one farther from the centre line outward.
        for _ in 0..<200 {
            var moved = false
            for i in labels.indices {
                for j in labels.indices where j > i && labels[i].overlaps(labels[j]) {
                    let (a, b) = labels[i].top + labels[i].height / 2 <= labels[j].top + labels[j].height / 2 ? (i, j) : (j, i)
                    let overlap = labels[a].bottom + 2 - labels[b].top
                    let upper = (labels[a].top + labels[a].height / 2) < Self.centreY
                    let lower = (labels[b].top + labels[b].height / 2) > Self.centreY
                    // Above the centre the upper label moves up; below it the lower one moves down; across it both move.
                    if upper && !lower { labels[a].top -= overlap }
                    else if lower && !upper { labels[b].top += overlap }
                    else { labels[a].top -= overlap / 2; labels[b].top += overlap / 2 }
                    moved = true
                }
            }
            if !moved { break }
        }
        return labels
    }

    func render() -> String {
        let maxLevel = spokes.map(\.maxLevel).max() ?? 4
        let hasTarget = spokes.contains { $0.target != nil }
        guard spokes.count >= 3 else {
            var svg = SVG(width: Self.width, height: 120)
            svg.legend([("Current score", palette.primary, false)] + (hasTarget ? [("Target level", palette.accent, true)] : []),
                       x: 4, y: 16, size: 13)
            svg.text("A radar needs at least three dimensions; see the table.", x: 12, y: 60, fill: SVG.muted)
            return svg.render(title: title, description: "Not enough dimensions for a radar.")
        }
        let labels = self.labels()
        // The drawing holds every label: it starts above the highest and ends below the lowest.
        let top = min(0, (labels.map(\.top).min() ?? 0) - Self.legendHeight - 4)
        let bottom = max(Self.centreY + Self.radius + 20, (labels.map(\.bottom).max() ?? 0) + 6)
        var svg = SVG(width: Self.width, height: bottom - top, originY: top)
        svg.legend([("Current score", palette.primary, false)] + (hasTarget ? [("Target level", palette.accent, true)] : []),
                   x: 4, y: top + 16, size: 13)
        // Rings, and their level numbers inside each ring beside the first spoke.
        for level in 1...max(1, maxLevel) {
            let share = Double(level) / Double(maxLevel)
            svg.polyline(spokes.indices.map { point($0, share) }, stroke: SVG.grid, width: 1, closed: true)
            svg.text(String(level), x: Self.centreX + 4, y: Self.centreY - Self.radius * share + 11, size: 10, fill: SVG.muted)
        }
        for index in spokes.indices {
            let (x, y) = point(index, 1)
            svg.line(Self.centreX, Self.centreY, x, y, stroke: SVG.grid)
        }
        let current = spokes.enumerated().map { point($0.offset, min(1, ($0.element.current ?? 0) / Double(max(1, $0.element.maxLevel)))) }
        svg.polyline(current, stroke: palette.primary, width: 2, fill: palette.primary, fillOpacity: 0.22, closed: true)
        for (x, y) in current { svg.circle(x, y, r: 2.5, fill: palette.primary) }
        if hasTarget {
            let target = spokes.enumerated().map { point($0.offset, min(1, ($0.element.target ?? 0) / Double(max(1, $0.element.maxLevel)))) }
            svg.polyline(target, stroke: palette.accent, width: 2, dash: "6 4", closed: true)
        }
        for label in labels {
            for (row, line) in label.lines.enumerated() {
                // The baseline sits about three quarters down the line's box.
                svg.text(line, x: label.x, y: label.top + Double(row) * Self.lineHeight + Self.lineHeight * 0.78,
                         size: Self.labelSize, anchor: label.anchor)
            }
        }
        let description = spokes.map { spoke in
            "\(spoke.label): \(spoke.current.map { String(format: "%.2f", $0) } ?? "unassessed")"
                + (spoke.target.map { ", target \(SVG.n($0))" } ?? "")
        }.joined(separator: "; ")
        return svg.render(title: title, description: description)
    }
}
