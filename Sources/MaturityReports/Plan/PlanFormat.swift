import Foundation
import MaturityKit

/// Wording and numbers shared by the roadmap renderers.
enum PlanFormat {
    /// Person-days: whole numbers as they are, others with one decimal.
    static func days(_ value: Double) -> String {
        if abs(value - value.rounded()) < 1e-9 { return formatNumber(value.rounded()) }
        return String(format: "%.1f", value)
    }

    static func priority(_ value: Double) -> String { PlacementReason.format(value) }

    /// "at least 90% by 2026-06-30".
    static func measure(_ measure: ScheduledMeasure) -> String {
        let bound = measure.measure.direction == .up ? "at least" : "at most"
        return "\(bound) \(Fmt.quantity(measure.measure.target, measure.measure.unit, currency: measure.measure.currency)) by \(measure.due)"
    }

    /// "30 person-days" or, scaled to a size band, "60 person-days (30 × 2, size band: 2,501 to 25,000 people)".
    static func effort(_ action: ScheduledAction) -> String {
        "\(days(action.effort)) person-days" + (scaling(action).map { " (\($0))" } ?? "")
    }

    /// How a scaled effort was reached, "30 × 2, size band: 2,501 to 25,000 people"; nil when it was not scaled.
    static func scaling(_ action: ScheduledAction) -> String? {
        action.scaling.map { "\(days($0.days)) × \(formatNumber($0.factor)), size band: \($0.band)" }
    }

    /// "4 phases of 3 months from 2026-04-01 to 2027-03-31, 60 person-days each (240 in all)".
    static func horizon(_ roadmap: Roadmap) -> String {
        let settings = roadmap.settings
        let end = roadmap.phases.last?.end ?? settings.start
        return "\(plural(settings.phases, "phase")) of \(plural(settings.phaseMonths, "month")) from \(settings.start) to \(end), "
            + "\(days(settings.capacity)) person-days each (\(days(roadmap.totals.capacity)) in all)"
    }

    /// "Scheduled 12 of 15 needed actions: 180 person-days, 75% of capacity. Backlog: 3 actions, 95 person-days."
    static func summary(_ roadmap: Roadmap) -> String {
        let totals = roadmap.totals
        var text = "Scheduled \(totals.scheduledActions) of \(plural(totals.neededActions, "needed action")): "
            + "\(days(totals.scheduledEffort)) person-days, \(Fmt.percent(totals.utilisation)) of capacity."
        text += totals.backlogActions == 0
            ? " Backlog: empty."
            : " Backlog: \(plural(totals.backlogActions, "action")), \(days(totals.backlogEffort)) person-days."
        return text
    }

    /// The current level, or "unassessed".
    static func current(_ gap: DimensionGap) -> String {
        Fmt.levelText(gap.current, gap.current.map(gap.levelName))
    }

    static func target(_ gap: DimensionGap) -> String {
        Fmt.levelText(gap.target, gap.levelName(gap.target))
    }

    /// The gap, or why there is none to plan.
    static func gap(_ gap: DimensionGap) -> String {
        guard let value = gap.gap else { return "— (unassessed, no target set)" }
        return String(value)
    }

    /// "OSPO lead 20.5, Legal liaison 10".
    static func staffing(_ staffing: [RoleEffort], in roadmap: Roadmap) -> String {
        staffing.map { "\(roadmap.roleTitle($0.role)) \(days($0.effort))" }.joined(separator: ", ")
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// "runs phases 2–3: 15 + 15 person-days", for an action across phases; nil otherwise.
    static func span(_ action: ScheduledAction) -> String? {
        guard action.spans else { return nil }
        return "runs phases \(action.firstPhase)–\(action.lastPhase): \(action.phaseEfforts.map(days).joined(separator: " + ")) person-days"
    }

    /// "part 2 of 3, 10 person-days" for a long action continuing in a phase.
    static func continuing(_ part: ContinuingAction) -> String {
        "part \(part.part) of \(part.parts), \(days(part.effort)) person-days"
    }

    /// Full-time equivalents with two decimals.
    static func fte(_ value: Double) -> String { String(format: "%.2f", value) }

    /// "1,234" style amounts with the profile's currency: "EUR 24,000".
    static func money(_ personDays: Double, _ settings: PlanSettings) -> String? {
        guard let rate = settings.dayRate else { return nil }
        let amount = Int((personDays * rate).rounded())
        var digits = String(abs(amount)), grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        let number = (amount < 0 ? "-" : "") + digits + grouped
        return settings.currency.map { "\($0) \(number)" } ?? number
    }

    /// "0.64 FTE over 63 working days, EUR 24,000" for a phase's person-days.
    static func cost(_ personDays: Double, phase: RoadmapPhase, settings: PlanSettings) -> String {
        var text = "\(fte(phase.fte(personDays))) FTE over \(phase.workingDays) working days"
        if let money = money(personDays, settings) { text += ", \(money)" }
        return text
    }

    /// "reached in phase 2", or why not.
    static func outcome(_ target: TargetOutcome) -> String {
        if let phase = target.reachedInPhase { return "reached in phase \(phase)" }
        return "not reached: \(target.shortfall?.description ?? "no plan")"
    }

    /// "supply-chain 2, policy —" for a scenario's key targets.
    static func keyTargets(_ scenario: Scenario) -> String {
        scenario.keyTargets.map { "\($0.id) \($0.reachedInPhase.map { "P\($0)" } ?? "—")" }.joined(separator: ", ")
    }

    /// "value 46 of 53 (importance × levels)".
    static func value(_ roadmap: Roadmap) -> String {
        "Value delivered by the horizon's end: \(roadmap.value.delivered) of \(roadmap.value.possible) (importance × levels reached within the targets)"
            + (roadmap.value.searchComplete ? "" : "; the search stopped at its budget")
            + "."
    }
}
