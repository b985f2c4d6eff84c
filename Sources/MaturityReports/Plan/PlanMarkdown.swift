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
/// backlog) come from `PlanRows`. The layout is the `plan.md` template
/// in `FormatTemplates`, over `PlanMarkdownView`.
public enum PlanMarkdown {
    public static func render(_ roadmap: Roadmap) -> String {
        FormatTemplates.render(PlanMarkdownView(roadmap: roadmap), template: "plan.md")
    }
}
