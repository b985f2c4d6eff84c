import MaturityKit

/// The roadmap as readable text for a terminal: the gaps, each phase with its
/// actions (why they sit there, roles, measures) and staffing, the projected
/// levels, and the backlog.
public enum PlanText {
    public static func render(_ roadmap: Roadmap) -> String {
        var lines: [String] = []
        lines.append("Roadmap" + (roadmap.organisation.map { ": \($0.singleLine)" } ?? ""))
        lines.append(PlanFormat.horizon(roadmap))
        lines.append(PlanFormat.summary(roadmap))
        lines.append(PlanFormat.value(roadmap))
        for warning in roadmap.warnings { lines.append("warning: \(warning.singleLine)") }

        lines.append("")
        lines.append("Gaps")
        lines += table(header: ["Dimension", "Now", "Target", "Importance", "Gap"],
                       rows: roadmap.gaps.map { gap in
                           [gap.id, PlanFormat.current(gap), PlanFormat.target(gap), String(gap.importance), PlanFormat.gap(gap)]
                       }, rightAligned: [3])

        for phase in roadmap.phases {
            lines.append("")
            lines.append("Phase \(phase.number): \(phase.start) to \(phase.end), \(PlanFormat.days(phase.effort)) of \(PlanFormat.days(phase.capacity)) person-days (\(PlanFormat.cost(phase.effort, phase: phase, settings: roadmap.settings)))")
            for part in phase.continuing {
                lines.append("  continuing \(part.id): \(part.title.singleLine), \(PlanFormat.continuing(part))")
            }
            if phase.actions.isEmpty && phase.continuing.isEmpty {
                lines.append("  (nothing scheduled)")
                continue
            }
            for action in phase.actions {
                lines.append("  \(action.id): \(action.title.singleLine)")
                lines.append("    \(action.dimension) level \(action.level), \(PlanFormat.effort(action)), impact \(action.impact), priority \(PlanFormat.priority(action.priority))")
                lines.append("    why: \(action.reason.description.singleLine)")
                if let span = PlanFormat.span(action) { lines.append("    \(span)") }
                lines.append("    roles: \(action.roles.isEmpty ? "none named" : action.roles.map(roadmap.roleTitle).joined(separator: ", "))")
                for measure in action.measures {
                    lines.append("    measure: \(measure.name.singleLine): \(PlanFormat.measure(measure))")
                }
            }
            lines.append("  staffing (person-days): \(PlanFormat.staffing(phase.staffing, in: roadmap))")
            lines.append("  staffing (FTE): \(phase.staffing.map { "\(roadmap.roleTitle($0.role)) \(PlanFormat.fte(phase.fte($0.effort)))" }.joined(separator: ", "))")
        }

        lines.append("")
        lines.append("Projected levels at the end of each phase")
        let header = ["Dimension", "Now"] + roadmap.projection.map { "P\($0.phase)" } + ["Target"]
        let rows = PlanRows.projection(roadmap).map { row in [row.id, row.now] + row.levels + [String(row.target)] }
        lines += table(header: header, rows: rows, rightAligned: Set(1..<header.count))

        lines.append("")
        lines.append("Targets")
        for target in roadmap.targets {
            lines.append("  \(target.id) (importance \(target.importance)): \(target.current.map(String.init) ?? "unassessed") → \(target.target), by phase \(target.projected.map(String.init).joined(separator: " ")); \(PlanFormat.outcome(target).singleLine)")
        }
        if !roadmap.covered.isEmpty {
            lines.append("")
            lines.append("Covered another way (counted as done)")
            for item in roadmap.covered {
                lines.append("  \(item.id): \(item.title.singleLine) (\(item.dimension) level \(item.level)): \(item.by.singleLine)")
            }
        }

        if !roadmap.totals.staffing.isEmpty {
            lines.append("")
            lines.append("Staffing over the plan (person-days): \(PlanFormat.staffing(roadmap.totals.staffing, in: roadmap))")
        }

        lines.append("")
        if roadmap.backlog.isEmpty {
            lines.append("Backlog: empty; every needed action is scheduled.")
        } else {
            lines.append("Backlog (\(PlanFormat.plural(roadmap.backlog.count, "action")), \(PlanFormat.days(roadmap.totals.backlogEffort)) person-days)")
            for item in roadmap.backlog {
                lines.append("  \(item.id): \(item.title.singleLine)")
                lines.append("    \(item.dimension) level \(item.level), \(PlanFormat.days(item.effort)) person-days: \(item.reason.description.singleLine)")
            }
        }
        if !roadmap.scenarios.isEmpty {
            lines.append("")
            lines.append("Scenarios")
            lines += table(header: ["Scenario", "Phases", "Capacity", "Targets reached", "Value", "Importance 4–5 targets (phase reached)"],
                           rows: roadmap.scenarios.map { scenario in
                               [scenario.label, String(scenario.phases), PlanFormat.days(scenario.capacity),
                                "\(scenario.targetsReached) of \(scenario.targetsPlanned)", "\(scenario.value) of \(scenario.possibleValue)",
                                PlanFormat.keyTargets(scenario) + (scenario.note.map { " (\($0))" } ?? "")]
                           }, rightAligned: [1, 2])
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func table(header: [String], rows: [[String]], rightAligned: Set<Int>) -> [String] {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            "  " + cells.enumerated().map { Fmt.pad($1, widths[$0], right: rightAligned.contains($0)) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        return [line(header), "  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(line)
    }
}
