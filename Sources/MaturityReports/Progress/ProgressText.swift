import MaturityKit

/// The progress of an organisation as plain text for a terminal: objectives
/// with their measures, then maturity over every assessment. Quantities,
/// forecasts and percentages are written as the progress report writes them.
public enum ProgressText {
    public static func render(_ report: ProgressReport) -> String {
        var lines = ["\(report.organisation): progress as of \(report.asOf)", ""]
        if report.objectives.isEmpty {
            lines.append("No accepted roadmap yet: accept one with 'ospo roadmap accept --org ORG --profile PROFILE'.")
        } else {
            let counts = report.statusCounts.filter { $0.count > 0 }.map { "\($0.count) \($0.status.label)" }
            lines.append("Objectives: " + counts.joined(separator: ", "))
            for objective in report.objectives {
                lines.append("  \(Fmt.pad(objective.status.rawValue, 9))  phase \(objective.phase.map(String.init) ?? "—")  due \(objective.due)  "
                             + "\(Fmt.pad(objective.state.rawValue, 11))  \(objective.id): \(objective.title)")
                lines += objective.measures.map { "      " + measure($0) }
            }
        }
        lines += [""] + maturity(report.maturity)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "policy.usage.ack: latest 40% on 2026-10-31; target at least 90% by 2026-12-30; forecast 100% (on-track)".
    static func measure(_ track: MeasureTrack) -> String {
        let unit = track.measure.unit
        func quantity(_ value: Double) -> String { Fmt.quantity(Fmt.reading(value), unit) }
        let latest = track.latest.map { "latest \(quantity($0.value)) on \($0.date)" } ?? "no reading"
        let bound = track.direction == .up ? "at least" : "at most"
        let forecast = track.status == .done ? "target met" : track.shownForecast.map { "forecast \(quantity($0))" } ?? "no forecast"
        return "\(track.measure.id): \(latest); target \(bound) \(quantity(track.target)) by \(track.due); \(forecast) (\(track.status.rawValue))"
    }

    /// The dimensions' scores per assessment against their targets.
    static func maturity(_ history: MaturityHistory) -> [String] {
        let count = history.snapshots.count
        var lines = ["Maturity over \(count) assessment\(count == 1 ? "" : "s"):"]
        let width = max(9, history.dimensions.map(\.id.count).max() ?? 0)
        lines.append("  \(Fmt.pad("dimension", width))  " + history.snapshots.map { Fmt.pad($0.date.description, 10) }.joined(separator: "  ")
                     + "  target  progress to date")
        for dimension in history.dimensions {
            let scores = dimension.scores.map { Fmt.pad(Fmt.score($0), 10) }.joined(separator: "  ")
            let target = dimension.target > 0 ? String(dimension.target) : "—"
            lines.append("  \(Fmt.pad(dimension.id, width))  \(scores)  \(Fmt.pad(target, 6))  \(dimension.progressToDate.map(Fmt.percent) ?? "—")")
        }
        if let share = history.latest?.percentageToTarget {
            lines.append("")
            lines.append("Percentage to target: \(Fmt.percent(share))"
                         + (count > 1 ? history.progressToDate.map { "; progress to date since the first assessment: \(Fmt.percent($0))" } ?? "" : ""))
        }
        return lines
    }
}
