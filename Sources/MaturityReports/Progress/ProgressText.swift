import MaturityKit

/// The progress of an organisation as plain text for a terminal: what needs
/// attention, the objectives with each measure's figure and the sentence
/// that explains it, the objectives finished long ago, then maturity since
/// the roadmap was planned. The words are those of the progress report
/// (`ProgressWording`), with dates as YYYY-MM-DD.
public enum ProgressText {
    public static func render(_ report: ProgressReport) -> String {
        var lines = ["\(report.organisation): progress as of \(report.asOf)", ""]
        if report.objectives.isEmpty {
            lines.append("No accepted roadmap yet: accept one with 'ospo roadmap accept --org ORG --profile PROFILE'.")
        } else {
            lines += attention(report)
            let counts = report.statusCounts.filter { $0.count > 0 }.map { "\($0.count) \($0.status.label)" }
            lines.append("Objectives: " + counts.joined(separator: ", "))
            for objective in report.currentObjectives {
                lines.append("  \(Fmt.pad(ProgressWording.status(objective), 18))  phase \(objective.phase.map(String.init) ?? "—")  due \(objective.due)  "
                             + "\(Fmt.pad(objective.state.rawValue, 11))  \(objective.id): \(objective.title)")
                lines += objective.measures.map { "      " + measure($0, asOf: report.asOf) }
            }
            let folded = report.longFinished
            if !folded.isEmpty {
                lines += ["", "Finished more than \(ProgressReport.foldFinishedAfterDays) days ago:"]
                for objective in folded {
                    let outcome = objective.state == .dropped ? "dropped" : ProgressWording.flag(objective) ?? "done on time"
                    lines.append("  \(objective.stateSince.map(\.description) ?? "—")  \(outcome): \(objective.id): \(objective.title)")
                }
            }
        }
        lines += [""] + maturity(report.maturity, plan: report.plan)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Needs attention:" with one line per objective, worst first, and the
    /// plan's staleness; "Needs attention: nothing" when all is well.
    static func attention(_ report: ProgressReport) -> [String] {
        let items = report.needsAttention, stale = report.stalePlan
        if items.isEmpty && stale.isEmpty { return ["Needs attention: nothing", ""] }
        var lines = ["Needs attention:"]
        lines += stale.map { "  " + ProgressWording.stale($0, date: \.description) }
        for item in items {
            let reasons = item.reasons.map { ProgressWording.reason($0, item.objective, asOf: report.asOf, date: \.description) }
            lines.append("  \(item.objective.id): \(item.objective.title): " + reasons.joined(separator: "; ") + " (due \(item.objective.due))")
        }
        return lines + [""]
    }

    /// "policy.usage.ack: 94% of the way (at-risk). 86% on 2027-10-31, …".
    static func measure(_ track: MeasureTrack, asOf: CalendarDate) -> String {
        let figure = track.progress.map { "\(Fmt.percent($0)) of the way" } ?? "no reading"
        return "\(track.measure.id): \(figure) (\(track.status.label)). " + ProgressWording.sentence(track, asOf: asOf, date: \.description)
    }

    /// The dimensions' scores per assessment against their targets.
    static func maturity(_ history: MaturityHistory, plan: TrackedPlan?) -> [String] {
        let count = history.snapshots.count
        var lines = [plan.map { "Maturity since the roadmap was planned (from the assessment of \($0.plannedFrom)), \(count) assessment\(count == 1 ? "" : "s"):" }
                     ?? "Maturity over \(count) assessment\(count == 1 ? "" : "s"):"]
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
                         + (count > 1 ? history.progressToDate.map { "; progress to date since the first of them: \(Fmt.percent($0))" } ?? "" : ""))
        }
        return lines
    }
}
