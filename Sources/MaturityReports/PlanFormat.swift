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
        return "\(bound) \(quantity(measure.measure.target, measure.measure.unit)) by \(measure.due)"
    }

    static func quantity(_ value: Double, _ unit: MeasureUnit) -> String {
        let number = formatNumber(value)
        switch unit {
        case .percent: return number + "%"
        case .days: return number + (value == 1 ? " day" : " days")
        case .hours: return number + (value == 1 ? " hour" : " hours")
        case .currency: return number + " (currency)"
        case .score: return number + " points"
        case .count, .ratio: return number
        }
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
}
