import MaturityKit

/// What the roadmap templates see: phases with dates, objectives (the
/// scheduled actions) with their measures and targets, roles, dependencies
/// and reasons, staffing, the projection and the backlog.
struct RoadmapView {
    typealias Gap = PlanRows.Gap
    struct Measure { var name: String; var target: String }
    struct Action {
        var id: String
        var title: String
        var dimension: String
        var level: Int
        var effort: String
        var impact: Int
        var priority: String
        var roles: String
        var requires: String?
        var reason: String
        var measures: [Measure]
        var hasMeasures: Bool
    }
    typealias Staff = PlanRows.Staff
    struct Phase {
        var number: Int
        var start: String
        var end: String
        var dates: String
        var effort: String
        var capacity: String
        var utilisation: String
        var actions: [Action]
        var empty: Bool
        var staffing: [Staff]
        var staffingText: String
    }
    struct Projection { var id: String; var title: String; var now: String; var levels: [Cell]; var target: Int }
    struct Cell { var value: String }
    typealias Backlog = PlanRows.Backlog

    var page: PageView
    var horizon: String
    var summary: String
    var timeline: String
    var gaps: [Gap]
    var phases: [Phase]
    var phaseHeaders: [Cell]
    var projection: [Projection]
    var staffing: [Staff]
    var hasStaffing: Bool
    var backlog: [Backlog]
    var hasBacklog: Bool

    init(roadmap: Roadmap, rubrics: [Rubric], brand: Brand, options: ReportOptions = ReportOptions()) {
        let end = roadmap.phases.last?.end ?? roadmap.settings.start
        let dates = options.dates, settings = roadmap.settings
        let words = ReportWording(roadmap: roadmap, rubrics: rubrics, showIds: options.showIds)
        page = PageView(kind: .roadmap, organisation: roadmap.organisation ?? "Unnamed organisation",
                        subtitle: dates.range(settings.start, end), brand: brand, options: options)
        horizon = "\(PlanFormat.plural(settings.phases, "phase")) of \(PlanFormat.plural(settings.phaseMonths, "month")) from \(dates.range(settings.start, end)), "
            + "\(PlanFormat.days(settings.capacity)) person-days each (\(PlanFormat.days(roadmap.totals.capacity)) in all)."
        summary = PlanFormat.summary(roadmap)
        timeline = TimelineChart(title: "Timeline by phase", phases: roadmap.phases, rows: TimelineRows.rows(roadmap),
                                 palette: page.palette, dates: dates).render()
        let titles = Dictionary(roadmap.gaps.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        gaps = PlanRows.gaps(roadmap)
        let requirements = Dictionary(rubrics.flatMap { $0.dimensions.flatMap(\.actions) }.map { ($0.id, $0.requires) },
                                      uniquingKeysWith: { first, _ in first })
        phases = roadmap.phases.map { phase in
            Phase(number: phase.number, start: dates.day(phase.start), end: dates.day(phase.end),
                  dates: dates.range(phase.start, phase.end),
                  effort: PlanFormat.days(phase.effort), capacity: PlanFormat.days(phase.capacity),
                  utilisation: phase.capacity > 0 ? Fmt.percent(phase.effort / phase.capacity) : "—",
                  actions: phase.actions.map { action in
                      let requires = (requirements[action.id] ?? []).map { words.requirement($0, in: roadmap) }
                      return Action(id: action.id, title: action.title, dimension: titles[action.dimension] ?? action.dimension,
                                    level: action.level, effort: PlanFormat.days(action.effort), impact: action.impact,
                                    priority: PlanFormat.priority(action.priority),
                                    roles: action.roles.map(roadmap.roleTitle).joined(separator: ", "),
                                    requires: requires.isEmpty ? nil : requires.joined(separator: ", "),
                                    reason: words.placement(action.reason),
                                    measures: action.measures.map { Measure(name: $0.name, target: ExecutiveView.measure($0, dates: dates)) },
                                    hasMeasures: !action.measures.isEmpty)
                  },
                  empty: phase.actions.isEmpty,
                  staffing: PlanRows.staffing(phase.staffing, in: roadmap),
                  staffingText: phase.staffing.isEmpty ? "none" : PlanFormat.staffing(phase.staffing, in: roadmap))
        }
        phaseHeaders = PlanRows.phaseHeaders(roadmap).map(Cell.init)
        projection = PlanRows.projection(roadmap).map { row in
            Projection(id: row.id, title: row.title, now: row.now, levels: row.levels.map(Cell.init), target: row.target)
        }
        staffing = PlanRows.staffing(roadmap.totals.staffing, in: roadmap)
        hasStaffing = !staffing.isEmpty
        backlog = zip(PlanRows.backlog(roadmap), roadmap.backlog).map { row, item in
            var row = row
            row.dimension = titles[item.dimension] ?? item.dimension
            row.reason = words.backlog(item.reason)
            return row
        }
        hasBacklog = !backlog.isEmpty
    }
}
