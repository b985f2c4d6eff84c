import Foundation
import MaturityKit

/// What the executive template sees: a decision document on one or two A4
/// pages. First the decision asked for and its cost; then where the
/// organisation stands and where the plan takes it (projected level against
/// target per dimension, from the planner); the five largest gaps
/// (`LargestGaps`); what more or less budget buys (the planner's scenarios);
/// the roadmap at a glance with effort, utilisation, FTE and cost per phase;
/// and the measures leadership will see move.
struct ExecutiveView {
    struct Standing { var title: String; var now: String; var target: String; var projected: String; var outcome: String; var short: Bool }
    struct Gap { var id: String; var title: String; var now: String; var target: String; var gap: String; var importance: Int; var next: String? }
    struct Phase {
        var number: Int
        var dates: String
        var actions: Int
        var effort: String
        var capacity: String
        var utilisation: String
        var fte: String
        var cost: String?
    }
    struct Scenario { var label: String; var capacity: String; var budget: String; var reached: String; var missed: String; var planned: Bool }
    struct MeasureRow { var id: String; var name: String; var target: String; var action: String; var actionId: String; var goal: String; var due: CalendarDate }

    var page: PageView
    var decision: String
    var decisionCost: String
    var outcome: String
    var headline: String
    var overall: String
    var overallLevel: String
    var maxLevel: Int
    var targetsReached: String
    var totalEffort: String
    var totalFTE: String
    var totalCost: String?
    var hasCost: Bool
    var horizon: String
    var phaseCount: Int
    var standing: [Standing]
    var radar: String
    var gaps: [Gap]
    /// The same gaps as numbers, for JSON.
    var largest: [LargestGaps.Entry]
    var hasGaps: Bool
    var gapNote: String = ExecutiveView.gapNote
    var timeline: String
    /// The planned targets the roadmap does not reach, and the dimensions
    /// with a gap it cannot plan, each with the reason.
    var shortfalls: [String]
    var hasShortfalls: Bool
    /// The dimensions with a gap that have no row in the timeline.
    var notPlanned: String?
    var phases: [Phase]
    var staffing: String?
    var backlog: String?
    var scenarios: [Scenario]
    var hasScenarios: Bool
    var measures: [MeasureRow]
    var hasMeasures: Bool
    var moreMeasures: Int
    var hasMoreMeasures: Bool

    /// How many measures the summary lists; the rest are counted.
    static let measureLimit = 3

    init(card: Scorecard, roadmap: Roadmap, rubrics: [Rubric], brand: Brand, options: ReportOptions = ReportOptions()) {
        let organisation = roadmap.organisation ?? card.organisation
        let dates = options.dates, settings = roadmap.settings
        let end = roadmap.phases.last?.end ?? settings.start
        let words = ReportWording(roadmap: roadmap, rubrics: rubrics, showIds: options.showIds)
        page = PageView(kind: .executive, organisation: organisation,
                        subtitle: "Assessment of \(dates.day(card.date)) · roadmap \(dates.months(settings.start, end))",
                        brand: brand, options: options)
        overall = Fmt.score(card.overall?.score)
        overallLevel = card.overall.map { Fmt.levelText($0.level, card.modules.first?.levelName($0.level)) } ?? "unassessed"
        let maxLevel = card.modules.map(\.maxLevel).max() ?? 0
        self.maxLevel = maxLevel

        // The decision and its cost.
        let effort = roadmap.totals.scheduledEffort
        let workingDays = roadmap.phases.reduce(0) { $0 + $1.workingDays }
        let fte = workingDays > 0 ? effort / Double(workingDays) : 0
        let capacityFTE = workingDays > 0 ? roadmap.totals.capacity / Double(workingDays) : 0
        totalEffort = PlanFormat.days(effort)
        totalFTE = PlanFormat.fte(fte)
        totalCost = PlanFormat.money(effort, settings)
        hasCost = totalCost != nil
        horizon = "\(PlanFormat.plural(settings.phases, "phase")) of \(PlanFormat.plural(settings.phaseMonths, "month"))"
        phaseCount = roadmap.phases.count
        decision = "Approve the roadmap below: \(horizon) from \(dates.range(settings.start, end)), "
            + "with \(PlanFormat.days(settings.capacity)) person-days of OSPO work a phase (about \(PlanFormat.fte(capacityFTE)) FTE)."
        var cost = "It schedules \(totalEffort) person-days (\(totalFTE) FTE over the plan)"
        if let money = totalCost, let rate = PlanFormat.money(1, settings) { cost += ", \(money) at \(rate) a person-day" }
        decisionCost = cost + "."
        let planned = roadmap.targets
        let reached = planned.filter { $0.reachedInPhase != nil }
        targetsReached = "\(reached.count) of \(planned.count)"
        let missed = planned.filter { $0.reachedInPhase == nil }
        if planned.isEmpty {
            outcome = "Every dimension already meets its target; the roadmap holds no work."
        } else if missed.isEmpty {
            outcome = "It reaches all \(planned.count) targets by \(dates.day(end))."
        } else {
            let names = missed.map { words.dimension($0.id) }
            outcome = "It reaches \(targetsReached) targets by \(dates.day(end)); "
                + (missed.count == 1 ? "\(names[0]) stays short (see why below)." : "\(missed.count) stay short (see why below): \(names.joined(separator: "; ")).")
        }
        if let level = card.overall?.level {
            let name = card.modules.first.map { $0.levelName(level) }
            headline = "\(organisation) stands at level \(level)\(name.map { " (\($0))" } ?? "") overall, a score of \(overall) on a scale of 0 to \(maxLevel)."
        } else {
            headline = "\(organisation) has no overall score yet: no dimension was assessed."
        }

        // Where it stands and where the plan takes it.
        let outcomes = Dictionary(planned.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        standing = roadmap.gaps.map { gap in
            let score = card.dimension(gap.id)?.score
            let now = score.map { "\(Fmt.score($0)) (\(gap.current.map(String.init) ?? "—"))" } ?? "unassessed"
            let last = roadmap.projection.last?.levels[gap.id] ?? gap.planningLevel
            if let target = outcomes[gap.id] {
                let text = target.reachedInPhase.map { "target in phase \($0)" } ?? "target not reached"
                return Standing(title: gap.title, now: now, target: String(gap.target), projected: String(target.projected.last ?? last),
                                outcome: text, short: target.reachedInPhase == nil)
            }
            let text: String
            if !gap.isAssessed { text = gap.target > 0 ? "not planned" : "no target" }
            else if gap.target == 0 { text = "no target" }
            else { text = "target already met" }
            return Standing(title: gap.title, now: now, target: gap.target > 0 ? String(gap.target) : "—",
                            projected: gap.isAssessed ? String(last) : "—", outcome: text, short: false)
        }
        radar = RadarChart(title: "Where it stands and where it aims", spokes: roadmap.gaps.map { gap in
            RadarChart.Spoke(label: gap.title, current: card.dimension(gap.id)?.score, target: Double(gap.target), maxLevel: gap.maxLevel)
        }, palette: page.palette).render()

        // The five largest gaps, as the assessment report lists them.
        let descriptors = Dictionary(rubrics.flatMap { $0.dimensions.map { ($0.id, $0) } }, uniquingKeysWith: { first, _ in first })
        largest = LargestGaps.rank(roadmap.gaps, card: card)
        gaps = largest.map { entry in
            let gap = entry.gap
            return Gap(id: gap.id, title: gap.title, now: "\(Fmt.score(entry.score)) (\(PlanFormat.current(gap)))",
                       target: PlanFormat.target(gap), gap: Fmt.score(entry.size), importance: gap.importance,
                       next: descriptors[gap.id]?.levels[gap.planningLevel + 1])
        }
        hasGaps = !gaps.isEmpty

        // The roadmap at a glance, and the dimensions it leaves out.
        timeline = TimelineChart(title: "Roadmap at a glance", phases: roadmap.phases,
                                 rows: TimelineRows.rows(roadmap), palette: page.palette, dates: dates, textSize: 14).render()
        shortfalls = roadmap.gaps.compactMap { gap -> String? in
            if let target = outcomes[gap.id] {
                return target.reachedInPhase == nil ? "\(gap.title): \(ExecutiveView.sentence(words.shortfall(target.shortfall)))" : nil
            }
            guard !gap.isAssessed, gap.target > 0 else { return nil }
            return "\(gap.title): not planned; nobody could answer its questions, and the profile sets it no target of its own."
        }
        hasShortfalls = !shortfalls.isEmpty
        let inTimeline = Set(TimelineRows.rows(roadmap).filter { $0.note == nil }.map(\.label))
        let absent = roadmap.gaps.filter { gap in
            (outcomes[gap.id] != nil || (!gap.isAssessed && gap.target > 0)) && !inTimeline.contains(gap.title)
        }.map(\.title)
        notPlanned = absent.isEmpty ? nil
            : "No work is scheduled for \(absent.joined(separator: "; ")): see why under “Not reached by this plan”."
        phases = roadmap.phases.map { phase in
            Phase(number: phase.number, dates: dates.months(phase.start, phase.end), actions: phase.actions.count,
                  effort: PlanFormat.days(phase.effort), capacity: PlanFormat.days(phase.capacity),
                  utilisation: phase.capacity > 0 ? Fmt.percent(phase.effort / phase.capacity) : "—",
                  fte: PlanFormat.fte(phase.fte(phase.effort)), cost: PlanFormat.money(phase.effort, settings))
        }
        staffing = roadmap.totals.staffing.isEmpty ? nil : ExecutiveView.staffing(roadmap.totals.staffing, in: roadmap)
        backlog = roadmap.backlog.isEmpty ? nil
            : "\(PlanFormat.plural(roadmap.backlog.count, "needed action")) (\(PlanFormat.days(roadmap.totals.backlogEffort)) person-days) \(roadmap.backlog.count == 1 ? "waits" : "wait") in the backlog; the roadmap report gives \(roadmap.backlog.count == 1 ? "its" : "each one's") reason."

        // What more or less budget buys.
        scenarios = roadmap.scenarios.map { ExecutiveView.scenario($0, roadmap: roadmap, words: words) }
        hasScenarios = !scenarios.isEmpty

        // The measures of the highest-impact actions, earliest due first.
        let all = roadmap.scheduledActions.enumerated().flatMap { index, action in
            action.measures.map { (index, action, $0) }
        }
        let chosen = all.sorted { a, b in
            a.1.impact != b.1.impact ? a.1.impact > b.1.impact : a.0 < b.0
        }.prefix(Self.measureLimit).sorted { $0.0 < $1.0 }
        measures = chosen.map { _, action, measure in
            MeasureRow(id: measure.id, name: measure.name, target: ExecutiveView.measure(measure, dates: dates), action: action.title,
                       actionId: action.id, goal: ExecutiveView.goal(measure), due: measure.due)
        }
        hasMeasures = !measures.isEmpty
        moreMeasures = max(0, all.count - measures.count)
        hasMoreMeasures = moreMeasures > 0
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

    /// "at least 90% by 3 Jan 2028".
    static func measure(_ measure: ScheduledMeasure, dates: ReportDates) -> String {
        "\(goal(measure)) by \(dates.day(measure.due))"
    }

    /// "at least 90%".
    static func goal(_ measure: ScheduledMeasure) -> String {
        "\(measure.measure.direction == .up ? "at least" : "at most") \(Fmt.quantity(measure.measure.target, measure.measure.unit))"
    }

    /// What "Gap (levels)" means and how the five are chosen.
    static let gapNote = "Gap (levels): the target minus the score, which counts partial progress (0.84, level 0, is 1.16 short of 2; "
        + "1.08, level 1, is 0.92 short). Ranked by gap × importance (1 to 5); the assessment report lists the same five."

    /// One scenario in words, with its budget.
    static func scenario(_ scenario: MaturityKit.Scenario, roadmap: Roadmap, words: ReportWording) -> Scenario {
        let settings = roadmap.settings
        let extra = scenario.phases - settings.phases
        let ratio = settings.capacity > 0 ? scenario.capacity / settings.capacity : 1
        let label: String
        if extra > 0 {
            label = "\(extra == 1 ? "One more phase" : "\(extra) more phases") (\(PlanFormat.plural(extra * settings.phaseMonths, "month")) longer)"
        } else if abs(ratio - 1) < 1e-9 {
            label = "As planned"
        } else {
            label = "\(Int((abs(ratio - 1) * 100).rounded()))% \(ratio < 1 ? "less" : "more") capacity"
        }
        let budgetDays = scenario.capacity * Double(scenario.phases)
        var budget = "\(PlanFormat.days(budgetDays)) person-days"
        if let money = PlanFormat.money(budgetDays, settings) { budget += " (\(money))" }
        let missed = scenario.keyTargets.filter { $0.reachedInPhase == nil }.map { words.dimension($0.id) }
        let note = scenario.note.map { "; \($0)" } ?? ""
        return Scenario(label: label, capacity: PlanFormat.days(scenario.capacity), budget: budget,
                        reached: "\(scenario.targetsReached) of \(scenario.targetsPlanned)",
                        missed: (missed.isEmpty ? "none" : missed.joined(separator: ", ")) + note,
                        planned: extra == 0 && abs(ratio - 1) < 1e-9)
    }

    /// The text with one full stop at its end.
    static func sentence(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.hasSuffix(".") || trimmed.hasSuffix("!") || trimmed.hasSuffix("?") ? trimmed : trimmed + "."
    }
}
