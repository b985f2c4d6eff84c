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

        lines.append("")
        lines.append("Gaps")
        lines += table(header: ["Dimension", "Now", "Target", "Importance", "Gap"],
                       rows: roadmap.gaps.map { gap in
                           [gap.id, PlanFormat.current(gap), PlanFormat.target(gap), String(gap.importance), PlanFormat.gap(gap)]
                       }, rightAligned: [3])

        for phase in roadmap.phases {
            lines.append("")
            lines.append("Phase \(phase.number): \(phase.start) to \(phase.end), \(PlanFormat.days(phase.effort)) of \(PlanFormat.days(phase.capacity)) person-days")
            if phase.actions.isEmpty {
                lines.append("  (nothing scheduled)")
                continue
            }
            for action in phase.actions {
                lines.append("  \(action.id): \(action.title.singleLine)")
                lines.append("    \(action.dimension) level \(action.level), \(PlanFormat.days(action.effort)) person-days, impact \(action.impact), priority \(PlanFormat.priority(action.priority))")
                lines.append("    why: \(action.reason.description.singleLine)")
                lines.append("    roles: \(action.roles.isEmpty ? "none named" : action.roles.map(roadmap.roleTitle).joined(separator: ", "))")
                for measure in action.measures {
                    lines.append("    measure: \(measure.name.singleLine): \(PlanFormat.measure(measure))")
                }
            }
            lines.append("  staffing (person-days): \(PlanFormat.staffing(phase.staffing, in: roadmap))")
        }

        lines.append("")
        lines.append("Projected levels at the end of each phase")
        let header = ["Dimension", "Now"] + roadmap.projection.map { "P\($0.phase)" } + ["Target"]
        let rows = roadmap.gaps.map { gap in
            [gap.id, gap.current.map(String.init) ?? "—"]
                + roadmap.projection.map { String($0.levels[gap.id] ?? gap.planningLevel) }
                + [String(gap.target)]
        }
        lines += table(header: header, rows: rows, rightAligned: Set(1..<header.count))

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
