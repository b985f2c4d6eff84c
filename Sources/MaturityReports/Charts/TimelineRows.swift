import MaturityKit

/// The rows of the roadmap timeline: dimensions with scheduled work, in the
/// roadmap's dimension order. A long action counts in every phase it runs
/// across, with the part of its effort that falls in that phase. A
/// dimension with a gap but no scheduled work gets a row too, saying so,
/// so that no gap goes silently missing from the picture.
enum TimelineRows {
    /// What the empty row of a dimension with a gap says.
    static let unscheduled = "no work scheduled: see why in the text"

    static func rows(_ roadmap: Roadmap) -> [TimelineChart.Row] {
        roadmap.gaps.compactMap { gap in
            let cells = roadmap.phases.map { phase -> (count: Int, effort: Double)? in
                let starting = phase.actions.filter { $0.dimension == gap.id }
                let continuing = phase.continuing.filter { $0.dimension == gap.id }
                guard !starting.isEmpty || !continuing.isEmpty else { return nil }
                let effort = starting.reduce(0) { $0 + $1.effort(inPhase: phase.number) } + continuing.reduce(0) { $0 + $1.effort }
                return (starting.count + continuing.count, effort)
            }
            if cells.contains(where: { $0 != nil }) { return TimelineChart.Row(label: gap.title, phases: cells) }
            guard let size = gap.gap, size > 0 else { return nil }
            return TimelineChart.Row(label: gap.title, phases: cells, note: unscheduled)
        }
    }
}
