import MaturityKit

/// The rows of the roadmap timeline: dimensions with scheduled work, in the
/// roadmap's dimension order.
enum TimelineRows {
    static func rows(_ roadmap: Roadmap) -> [TimelineChart.Row] {
        roadmap.gaps.compactMap { gap in
            let cells = roadmap.phases.map { phase -> (count: Int, effort: Double)? in
                let actions = phase.actions.filter { $0.dimension == gap.id }
                return actions.isEmpty ? nil : (actions.count, actions.reduce(0) { $0 + $1.effort })
            }
            return cells.contains { $0 != nil } ? TimelineChart.Row(label: gap.title, phases: cells) : nil
        }
    }
}
