import MaturityKit

/// The rows of the roadmap timeline: dimensions with scheduled work, in the
/// roadmap's dimension order. A long action counts in every phase it runs
/// across, with the part of its effort that falls in that phase.
enum TimelineRows {
    static func rows(_ roadmap: Roadmap) -> [TimelineChart.Row] {
        roadmap.gaps.compactMap { gap in
            let cells = roadmap.phases.map { phase -> (count: Int, effort: Double)? in
                let starting = phase.actions.filter { $0.dimension == gap.id }
                let continuing = phase.continuing.filter { $0.dimension == gap.id }
                guard !starting.isEmpty || !continuing.isEmpty else { return nil }
                let effort = starting.reduce(0) { $0 + $1.effort(inPhase: phase.number) } + continuing.reduce(0) { $0 + $1.effort }
                return (starting.count + continuing.count, effort)
            }
            return cells.contains { $0 != nil } ? TimelineChart.Row(label: gap.title, phases: cells) : nil
        }
    }
}
