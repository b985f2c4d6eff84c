import MaturityKit

/// What the working plan's Markdown template (`plan.md` in
/// `FormatTemplates`) sees: every figure already worded by `PlanFormat` and
/// `PlanRows`, as plain text the template escapes. Ids, dates and figures
/// the planner wrote are left for `{{{…}}}`; joined cells (the phase
/// columns) are joined here so a plan without phases keeps its empty cell.
struct PlanMarkdownView {
    struct Continuing { var id: String; var title: String; var text: String }
    struct Action {
        var id: String
        var title: String
        var dimension: String
        var level: Int
        var actionEffort: String
        var scaling: String
        var hasScaling: Bool
        var impact: Int
        var priority: String
        var roles: String
        var reason: String
        var span: String
        var hasSpan: Bool
    }
    struct Measure { var action: String; var name: String; var target: String }
    struct Phase {
        var number: Int
        var start: String
        var end: String
        var effort: String
        var capacity: String
        var cost: String
        var continuing: [Continuing]
        var hasContinuing: Bool
        var actions: [Action]
        var empty: Bool
        var measures: [Measure]
        var hasMeasures: Bool
        var staffing: String
        var fte: String
    }
    struct Projection { var id: String; var now: String; var levels: String; var target: Int }
    struct Target { var id: String; var importance: Int; var now: String; var target: Int; var projected: String; var outcome: String }
    typealias Covered = CoveredAction
    struct ScenarioRow {
        var label: String
        var phaseCount: Int
        var scenarioCapacity: String
        var targetsReached: Int
        var targetsPlanned: Int
        var scenarioValue: Int
        var possibleValue: Int
        var keyTargets: String
    }

    var organisation: String
    var hasOrganisation: Bool
    var horizon: String
    var summary: String
    var value: String
    var warnings: [String]
    var hasWarnings: Bool
    var gaps: [PlanRows.Gap]
    var phases: [Phase]
    var phaseHeaders: String
    var phaseRule: String
    var projection: [Projection]
    var targets: [Target]
    var covered: [Covered]
    var hasCovered: Bool
    var totalStaffing: [PlanRows.Staff]
    var hasStaffing: Bool
    var backlog: [PlanRows.Backlog]
    var hasBacklog: Bool
    var scenarios: [ScenarioRow]
    var hasScenarios: Bool

    init(roadmap: Roadmap) {
        organisation = roadmap.organisation ?? ""
        hasOrganisation = roadmap.organisation != nil
        horizon = PlanFormat.horizon(roadmap)
        summary = PlanFormat.summary(roadmap)
        value = PlanFormat.value(roadmap)
        warnings = roadmap.warnings
        hasWarnings = !roadmap.warnings.isEmpty
        gaps = PlanRows.gaps(roadmap)
        phases = roadmap.phases.map { Self.phase($0, in: roadmap) }
        phaseHeaders = PlanRows.phaseHeaders(roadmap).joined(separator: " | ")
        phaseRule = roadmap.projection.map { _ in "---:" }.joined(separator: " | ")
        projection = PlanRows.projection(roadmap).map {
            Projection(id: $0.id, now: $0.now, levels: $0.levels.joined(separator: " | "), target: $0.target)
        }
        targets = roadmap.targets.map {
            Target(id: $0.id, importance: $0.importance, now: $0.current.map(String.init) ?? "—", target: $0.target,
                   projected: $0.projected.map(String.init).joined(separator: " | "), outcome: PlanFormat.outcome($0))
        }
        covered = roadmap.covered
        hasCovered = !roadmap.covered.isEmpty
        totalStaffing = PlanRows.staffing(roadmap.totals.staffing, in: roadmap)
        hasStaffing = !roadmap.totals.staffing.isEmpty
        backlog = PlanRows.backlog(roadmap)
        hasBacklog = !roadmap.backlog.isEmpty
        scenarios = roadmap.scenarios.map {
            ScenarioRow(label: $0.label, phaseCount: $0.phases, scenarioCapacity: PlanFormat.days($0.capacity),
                        targetsReached: $0.targetsReached, targetsPlanned: $0.targetsPlanned,
                        scenarioValue: $0.value, possibleValue: $0.possibleValue,
                        keyTargets: PlanFormat.keyTargets($0) + ($0.note.map { " (\($0))" } ?? ""))
        }
        hasScenarios = !roadmap.scenarios.isEmpty
    }

    private static func phase(_ phase: RoadmapPhase, in roadmap: Roadmap) -> Phase {
        let actions = phase.actions.map { action in
            Action(id: action.id, title: action.title, dimension: action.dimension, level: action.level,
                   actionEffort: PlanFormat.days(action.effort),
                   scaling: PlanFormat.scaling(action) ?? "", hasScaling: PlanFormat.scaling(action) != nil,
                   impact: action.impact, priority: PlanFormat.priority(action.priority),
                   roles: action.roles.map { roadmap.roleTitle($0) }.joined(separator: ", "),
                   reason: action.reason.description,
                   span: PlanFormat.span(action) ?? "", hasSpan: PlanFormat.span(action) != nil)
        }
        let measures = phase.actions.flatMap { action in
            action.measures.map { Measure(action: action.id, name: $0.name, target: PlanFormat.measure($0)) }
        }
        return Phase(
            number: phase.number, start: "\(phase.start)", end: "\(phase.end)",
            effort: PlanFormat.days(phase.effort), capacity: PlanFormat.days(phase.capacity),
            cost: PlanFormat.cost(phase.effort, phase: phase, settings: roadmap.settings),
            continuing: phase.continuing.map { Continuing(id: $0.id, title: $0.title, text: PlanFormat.continuing($0)) },
            hasContinuing: !phase.continuing.isEmpty,
            actions: actions, empty: phase.actions.isEmpty,
            measures: measures, hasMeasures: !measures.isEmpty,
            staffing: PlanFormat.staffing(phase.staffing, in: roadmap),
            fte: phase.staffing.map { "\(roadmap.roleTitle($0.role)) \(PlanFormat.fte(phase.fte($0.effort)))" }.joined(separator: ", "))
    }
}
