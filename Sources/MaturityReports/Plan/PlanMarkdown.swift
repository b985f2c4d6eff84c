import MaturityKit

/// The roadmap as Markdown, for a report or a wiki: gaps, one section per
/// phase, projected levels, staffing and the backlog. Text that comes from
/// files is escaped; ids are set as code.
///
/// This is the working plan (`ospo plan --format md`); the client report
/// (`ospo report roadmap --format md`) is the `roadmap.md` template over
/// `RoadmapView`. Both stay: this one carries every figure the planner
/// produced (impact, priority, FTE and cost, long actions' parts, targets,
/// covered actions, scenarios) with ids to act on, in a fixed layout that
/// scripts and diffs rely on; the report is branded, uses dimension titles
/// and long dates, shows dependencies, and a brand may replace its template.
/// Neither can be written with the other's content without a user losing
/// something. The rows both show (gaps, projected levels, staffing, the
/// backlog) come from `PlanRows`.
public enum PlanMarkdown {
    public static func render(_ roadmap: Roadmap) -> String {
        let e = MarkdownText.escape
        var lines: [String] = []
        lines.append("# Roadmap" + (roadmap.organisation.map { ": \(e($0))" } ?? ""))
        lines.append("")
        lines.append(PlanFormat.horizon(roadmap) + ".")
        lines.append("")
        lines.append(PlanFormat.summary(roadmap))
        lines.append("")
        lines.append(e(PlanFormat.value(roadmap)))
        if !roadmap.warnings.isEmpty {
            lines.append("")
            for warning in roadmap.warnings { lines.append("- **Warning:** \(e(warning))") }
        }

        lines.append("")
        lines.append("## Gaps")
        lines.append("")
        lines.append("| Dimension | Now | Target | Importance | Gap |")
        lines.append("| --- | --- | --- | ---: | --- |")
        for gap in PlanRows.gaps(roadmap) {
            lines.append("| \(e(gap.title)) (`\(gap.id)`) | \(e(gap.now)) | \(e(gap.target)) | \(gap.importance) | \(e(gap.gap)) |")
        }

        for phase in roadmap.phases {
            lines.append("")
            lines.append("## Phase \(phase.number): \(phase.start) to \(phase.end)")
            lines.append("")
            lines.append("\(PlanFormat.days(phase.effort)) of \(PlanFormat.days(phase.capacity)) person-days (\(e(PlanFormat.cost(phase.effort, phase: phase, settings: roadmap.settings)))).")
            if !phase.continuing.isEmpty {
                lines.append("")
                for part in phase.continuing {
                    lines.append("- Continuing: \(e(part.title)) (`\(part.id)`), \(e(PlanFormat.continuing(part))).")
                }
            }
            if phase.actions.isEmpty {
                lines.append("")
                lines.append("Nothing scheduled.")
                continue
            }
            lines.append("")
            lines.append("| Action | Dimension | Level | Effort | Impact | Priority | Roles | Why |")
            lines.append("| --- | --- | ---: | ---: | ---: | ---: | --- | --- |")
            for action in phase.actions {
                let roles = action.roles.map { e(roadmap.roleTitle($0)) }.joined(separator: ", ")
                lines.append("| \(e(action.title)) (`\(action.id)`) | `\(action.dimension)` | \(action.level) | \(PlanFormat.days(action.effort))\(PlanFormat.scaling(action).map { " (\(e($0)))" } ?? "") | \(action.impact) | \(PlanFormat.priority(action.priority)) | \(roles) | \(e(action.reason.description))\(PlanFormat.span(action).map { "; " + e($0) } ?? "") |")
            }
            let measured = phase.actions.filter { !$0.measures.isEmpty }
            if !measured.isEmpty {
                lines.append("")
                lines.append("Measures:")
                lines.append("")
                for action in measured {
                    for measure in action.measures {
                        lines.append("- `\(action.id)`: \(e(measure.name)), \(e(PlanFormat.measure(measure)))")
                    }
                }
            }
            lines.append("")
            lines.append("Staffing (person-days): \(e(PlanFormat.staffing(phase.staffing, in: roadmap))).")
            lines.append("")
            lines.append("Staffing (FTE): \(e(phase.staffing.map { "\(roadmap.roleTitle($0.role)) \(PlanFormat.fte(phase.fte($0.effort)))" }.joined(separator: ", "))).")
        }

        lines.append("")
        lines.append("## Projected levels")
        lines.append("")
        lines.append("At the end of each phase.")
        lines.append("")
        lines.append("| Dimension | Now | " + PlanRows.phaseHeaders(roadmap).joined(separator: " | ") + " | Target |")
        lines.append("| --- | ---: | " + roadmap.projection.map { _ in "---:" }.joined(separator: " | ") + " | ---: |")
        for row in PlanRows.projection(roadmap) {
            lines.append("| `\(row.id)` | \(row.now) | " + row.levels.joined(separator: " | ") + " | \(row.target) |")
        }

        lines.append("")
        lines.append("## Targets")
        lines.append("")
        lines.append("| Dimension | Importance | Now | Target | " + roadmap.projection.map { "Phase \($0.phase)" }.joined(separator: " | ") + " | Outcome |")
        lines.append("| --- | ---: | ---: | ---: | " + roadmap.projection.map { _ in "---:" }.joined(separator: " | ") + " | --- |")
        for target in roadmap.targets {
            lines.append("| `\(target.id)` | \(target.importance) | \(target.current.map(String.init) ?? "—") | \(target.target) | " + target.projected.map(String.init).joined(separator: " | ") + " | \(e(PlanFormat.outcome(target))) |")
        }
        if !roadmap.covered.isEmpty {
            lines.append("")
            lines.append("## Covered another way")
            lines.append("")
            lines.append("| Action | Dimension | Level | Covered by |")
            lines.append("| --- | --- | ---: | --- |")
            for item in roadmap.covered {
                lines.append("| \(e(item.title)) (`\(item.id)`) | `\(item.dimension)` | \(item.level) | \(e(item.by)) |")
            }
        }

        if !roadmap.totals.staffing.isEmpty {
            lines.append("")
            lines.append("## Staffing over the plan")
            lines.append("")
            lines.append("| Role | Person-days |")
            lines.append("| --- | ---: |")
            for entry in PlanRows.staffing(roadmap.totals.staffing, in: roadmap) {
                lines.append("| \(e(entry.role)) | \(entry.effort) |")
            }
        }

        lines.append("")
        lines.append("## Backlog")
        lines.append("")
        if roadmap.backlog.isEmpty {
            lines.append("Empty: every needed action is scheduled.")
        } else {
            lines.append("| Action | Dimension | Level | Effort | Reason |")
            lines.append("| --- | --- | ---: | ---: | --- |")
            for item in PlanRows.backlog(roadmap) {
                lines.append("| \(e(item.title)) (`\(item.id)`) | `\(item.dimension)` | \(item.level) | \(item.effort) | \(e(item.reason)) |")
            }
        }
        if !roadmap.scenarios.isEmpty {
            lines.append("")
            lines.append("## Scenarios")
            lines.append("")
            lines.append("| Scenario | Phases | Capacity | Targets reached | Value | Importance 4–5 targets (phase reached) |")
            lines.append("| --- | ---: | ---: | ---: | ---: | --- |")
            for scenario in roadmap.scenarios {
                lines.append("| \(e(scenario.label)) | \(scenario.phases) | \(PlanFormat.days(scenario.capacity)) | \(scenario.targetsReached) of \(scenario.targetsPlanned) | \(scenario.value) of \(scenario.possibleValue) | \(e(PlanFormat.keyTargets(scenario) + (scenario.note.map { " (\($0))" } ?? ""))) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
