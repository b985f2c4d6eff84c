import MaturityKit

/// What the executive template sees: where the organisation stands and
/// aims, its five largest gaps, the roadmap at a glance, effort and staffing
/// per phase, and the measures leadership will see move. Short by design: it
/// must print on one or two A4 pages.
struct ExecutiveView {
    struct Standing { var title: String; var now: String; var target: String; var gap: String }
    struct Gap { var id: String; var title: String; var now: String; var target: String; var gap: Int; var importance: Int; var next: String? }
    struct Phase {
        var number: Int
        var dates: String
        var actions: Int
        var effort: String
        var capacity: String
        var utilisation: String
        var highlights: String
        var staffing: String?
    }
    struct MeasureRow { var id: String; var name: String; var target: String; var due: String; var actionId: String; var action: String }

    var page: PageView
    var headline: String
    var aim: String
    var overall: String
    var overallLevel: String
    var targetAverage: String
    var totalEffort: String
    var horizon: String
    var standing: [Standing]
    var radar: String
    var gaps: [Gap]
    var hasGaps: Bool
    var timeline: String
    var phases: [Phase]
    var summary: String
    var staffing: String?
    var measures: [MeasureRow]
    var hasMeasures: Bool
    var moreMeasures: Int
    var hasMoreMeasures: Bool
    var phaseCount: Int
    var backlog: String?

    /// How many measures the summary lists; the rest are counted.
    static let measureLimit = 6

    init(card: Scorecard, roadmap: Roadmap, rubrics: [Rubric], brand: Brand) {
        let organisation = roadmap.organisation ?? card.organisation
        let end = roadmap.phases.last?.end ?? roadmap.settings.start
        page = PageView(kind: .executive, organisation: organisation,
                        subtitle: "Assessment of \(ReportDates.long(card.date)) · roadmap \(ReportDates.monthRange(roadmap.settings.start, end))",
                        brand: brand)
        overall = Fmt.score(card.overall?.score)
        overallLevel = card.overall.map { Fmt.levelText($0.level, card.modules.first?.levelName($0.level)) } ?? "unassessed"
        let maxLevel = card.modules.map(\.maxLevel).max() ?? 0
        let planned = roadmap.gaps.filter(\.isPlanned)
        let targets = roadmap.gaps.filter { $0.target > 0 }
        let average = targets.isEmpty ? 0 : Double(targets.map(\.target).reduce(0, +)) / Double(targets.count)
        targetAverage = String(format: "%.1f", average)
        let levelName = card.overall.flatMap { overall in card.modules.first.map { $0.levelName(overall.level) } }
        let overallScore = overall
        if let level = card.overall?.level {
            headline = "\(organisation) stands at level \(level)\(levelName.map { " (\($0))" } ?? "") overall, a score of \(overallScore) on a scale of 0 to \(maxLevel)."
        } else {
            headline = "\(organisation) has no overall score yet: no dimension was assessed."
        }
        aim = planned.isEmpty
            ? "Every dimension already meets its target."
            : "It aims to raise \(PlanFormat.plural(planned.count, "dimension")) to their targets (an average target of level \(targetAverage)) by \(ReportDates.long(end))."
        totalEffort = PlanFormat.days(roadmap.totals.scheduledEffort)
        horizon = "\(PlanFormat.plural(roadmap.settings.phases, "phase")) of \(PlanFormat.plural(roadmap.settings.phaseMonths, "month"))"
        standing = roadmap.gaps.map { gap in
            Standing(title: gap.title, now: card.dimension(gap.id).map { Fmt.score($0.score) } ?? "—",
                     target: String(gap.target), gap: gap.gap.map(String.init) ?? "—")
        }
        let palette = page.palette
        radar = RadarChart(title: "Where it stands and where it aims", spokes: roadmap.gaps.map { gap in
            RadarChart.Spoke(label: gap.title, current: card.dimension(gap.id)?.score, target: Double(gap.target), maxLevel: gap.maxLevel)
        }, palette: palette).render()
        let descriptors = Dictionary(rubrics.flatMap { $0.dimensions.map { ($0.id, $0) } }, uniquingKeysWith: { first, _ in first })
        gaps = roadmap.gaps.enumerated().compactMap { index, gap -> (Int, Gap)? in
            guard let size = gap.gap, size > 0 else { return nil }
            return (index, Gap(id: gap.id, title: gap.title, now: PlanFormat.current(gap), target: PlanFormat.target(gap), gap: size,
                               importance: gap.importance, next: descriptors[gap.id]?.levels[gap.planningLevel + 1]))
        }
        .sorted { ($0.1.gap * $0.1.importance, -$0.0) > ($1.1.gap * $1.1.importance, -$1.0) }
        .prefix(5).map(\.1)
        hasGaps = !gaps.isEmpty
        timeline = TimelineChart(title: "Roadmap at a glance", phases: roadmap.phases,
                                 rows: TimelineRows.rows(roadmap), palette: palette).render()
        phases = roadmap.phases.map { phase in
            Phase(number: phase.number, dates: ReportDates.monthRange(phase.start, phase.end), actions: phase.actions.count,
                  effort: PlanFormat.days(phase.effort), capacity: PlanFormat.days(phase.capacity),
                  utilisation: phase.capacity > 0 ? Fmt.percent(phase.effort / phase.capacity) : "—",
                  highlights: phase.actions.prefix(2).map(\.title).joined(separator: "; ") + (phase.actions.count > 2 ? "; and \(phase.actions.count - 2) more" : ""),
                  staffing: ExecutiveView.staffing(phase.staffing, in: roadmap))
        }
        summary = PlanFormat.summary(roadmap)
        staffing = roadmap.totals.staffing.isEmpty ? nil : ExecutiveView.staffing(roadmap.totals.staffing, in: roadmap)
        // The measures of the highest-impact actions, earliest due first.
        let all = roadmap.scheduledActions.enumerated().flatMap { index, action in
            action.measures.map { (index, action, $0) }
        }
        let chosen = all.sorted { a, b in
            a.1.impact != b.1.impact ? a.1.impact > b.1.impact : a.0 < b.0
        }.prefix(Self.measureLimit).sorted { $0.0 < $1.0 }
        measures = chosen.map { _, action, measure in
            MeasureRow(id: measure.id, name: measure.name, target: PlanFormat.measure(measure), due: measure.due.description,
                       actionId: action.id, action: action.title)
        }
        hasMeasures = !measures.isEmpty
        moreMeasures = max(0, all.count - measures.count)
        hasMoreMeasures = moreMeasures > 0
        phaseCount = roadmap.phases.count
        backlog = roadmap.backlog.isEmpty ? nil
            : "\(PlanFormat.plural(roadmap.backlog.count, "action")) (\(PlanFormat.days(roadmap.totals.backlogEffort)) person-days) wait in the backlog; the roadmap report gives each one's reason."
    }
}

extension ExecutiveView {
    /// The four roles needed most, and the rest summed: "OSPO lead 14.3,
    /// Architect 5.3, …, 5 other roles 9".
    static func staffing(_ staffing: [RoleEffort], in roadmap: Roadmap) -> String {
        guard !staffing.isEmpty else { return "—" }
        let shown = Array(staffing.prefix(4)), rest = staffing.dropFirst(4)
        var text = PlanFormat.staffing(shown, in: roadmap)
        if !rest.isEmpty {
            text += ", \(PlanFormat.plural(rest.count, "other role")) \(PlanFormat.days(rest.reduce(0) { $0 + $1.effort }))"
        }
        return text
    }
}
