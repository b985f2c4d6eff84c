import MaturityKit

/// The roadmap as a Gantt-like timeline: phases along the time axis, one row
/// per dimension with work scheduled, a bar in every phase where that
/// dimension has actions (labelled with their count and person-days), and a
/// last row with each phase's effort against its capacity.
struct TimelineChart {
    struct Row {
        var label: String
        /// Per phase: (actions, person-days); nil where nothing is scheduled.
        var phases: [(count: Int, effort: Double)?]
        /// Shown across the phases of a row without work: why it is empty.
        var note: String? = nil
    }

    var title: String
    var phases: [RoadmapPhase]
    var rows: [Row]
    var palette: ChartPalette
    /// The report's date style, for the phases' months.
    var dates: ReportDates = ReportDates()
    /// The size of the row labels (bar labels are a point smaller): larger
    /// where the chart is printed small, as in the executive summary.
    var textSize: Double = 10.5

    func render() -> String {
        let labelWidth = 235.0 * textSize / 10.5, rowHeight = 22.0, top = 64.0
        let barSize = textSize - 1
        let plotWidth = max(420.0, min(760.0, Double(phases.count) * 130))
        let width = labelWidth + plotWidth + 10
        let height = top + Double(rows.count + 1) * rowHeight + 16
        var svg = SVG(width: width, height: height)
        svg.legend([("Actions scheduled (count · person-days)", palette.primary, false),
                    ("Effort used of capacity", palette.accent, false)], x: 4, y: 16)
        guard let first = phases.first, let last = phases.last else {
            return svg.render(title: title, description: "No phases.")
        }
        let startDay = Double(first.start.dayNumber), endDay = Double(last.end.dayNumber + 1)
        func x(_ date: CalendarDate) -> Double {
            labelWidth + (Double(date.dayNumber) - startDay) / max(1, endDay - startDay) * plotWidth
        }
        let bottom = top + Double(rows.count + 1) * rowHeight
        for phase in phases {
            let x0 = x(phase.start), x1 = x(phase.end.addingDays(1))
            if phase.number % 2 == 0 { svg.rect(x: x0, y: top - 4, width: x1 - x0, height: bottom - top + 4, fill: SVG.faint) }
            svg.line(x0, top - 26, x0, bottom, stroke: SVG.grid)
            svg.text("Phase \(phase.number)", x: (x0 + x1) / 2, y: top - 26 + 2, size: 10.5, anchor: .middle, weight: "600")
            svg.text(dates.months(phase.start, phase.end), x: (x0 + x1) / 2, y: top - 10, size: 9.5,
                     anchor: .middle, fill: SVG.muted)
        }
        svg.line(x(last.end.addingDays(1)), top - 26, x(last.end.addingDays(1)), bottom, stroke: SVG.grid)
        var y = top
        for row in rows {
            svg.text(SVG.fit(row.label, width: labelWidth - 10, size: textSize), x: labelWidth - 8, y: y + 15 + (textSize - 10.5) * 0.36, size: textSize, anchor: .end)
            if let note = row.note {
                svg.text(note, x: labelWidth + 8, y: y + 15 + (barSize - 9.5) * 0.36, size: barSize, fill: SVG.muted)
            }
            for (index, cell) in row.phases.enumerated() {
                guard let cell, index < phases.count else { continue }
                let x0 = x(phases[index].start) + 4, x1 = x(phases[index].end.addingDays(1)) - 4
                svg.rect(x: x0, y: y + 3, width: x1 - x0, height: rowHeight - 6, fill: palette.primary, radius: 3)
                svg.text("\(cell.count) · \(PlanFormat.days(cell.effort)) pd", x: (x0 + x1) / 2, y: y + 15 + (barSize - 9.5) * 0.36, size: barSize,
                         anchor: .middle, fill: "#ffffff")
            }
            y += rowHeight
        }
        svg.text("Effort / capacity", x: labelWidth - 8, y: y + 15 + (textSize - 10.5) * 0.36, size: textSize, anchor: .end, weight: "600")
        for phase in phases {
            let x0 = x(phase.start) + 4, x1 = x(phase.end.addingDays(1)) - 4
            let share = phase.capacity > 0 ? min(1, phase.effort / phase.capacity) : 0
            svg.rect(x: x0, y: y + 3, width: x1 - x0, height: rowHeight - 6, fill: "#ffffff", stroke: palette.accent, radius: 3)
            svg.rect(x: x0, y: y + 3, width: (x1 - x0) * share, height: rowHeight - 6, fill: palette.accent, radius: 3, opacity: 0.55)
            svg.text("\(PlanFormat.days(phase.effort)) / \(PlanFormat.days(phase.capacity))", x: (x0 + x1) / 2, y: y + 15 + (barSize - 9.5) * 0.36,
                     size: barSize, anchor: .middle)
        }
        let description = phases.map { phase in
            "Phase \(phase.number) (\(dates.range(phase.start, phase.end))): \(phase.actions.count) actions, \(PlanFormat.days(phase.effort)) of \(PlanFormat.days(phase.capacity)) person-days"
        }.joined(separator: "; ")
        return svg.render(title: title, description: description)
    }
}
