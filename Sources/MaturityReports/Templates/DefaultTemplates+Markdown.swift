extension DefaultTemplates {
    static let assessmentMarkdown = #"""
    {{>page-start.md}}

    **Overall maturity:** {{overall}} of {{maxLevel}} ({{overallLevel}}), from {{respondentCount}} respondents; {{dimensionCount}} dimensions, {{unassessedCount}} unassessed.

    ## Maturity by module

    | Module | Score | Level |
    | --- | ---: | --- |
    {{#modules}}
    | {{title}} | {{score}} | {{level}} |
    {{/modules}}

    ## Strengths

    {{#strengths}}
    - **{{title}}**: {{score}} ({{level}}).{{#text}} {{.}}{{/text}}
    {{/strengths}}
    {{^hasStrengths}}
    No dimension has reached level 1 yet.
    {{/hasStrengths}}

    ## {{#gapsByTarget}}Largest gaps to target{{/gapsByTarget}}{{^gapsByTarget}}Lowest scores{{/gapsByTarget}}

    {{#gaps}}
    - **{{title}}**: {{score}} ({{level}}).{{#text}} {{.}}{{/text}}
    {{/gaps}}
    {{#hasUnassessed}}

    Unassessed (no applicable question was answered, so no score, never 0): {{#unassessed}}{{.}}{{^last()}}; {{/last()}}{{/unassessed}}
    {{/hasUnassessed}}

    ## Dimensions

    What each dimension's current level means and what the next level requires, from the rubric. Coverage is the share of applicable questions answered; dissent counts questions where respondents differ by 0.5 or more.
    {{#modules}}

    ### {{title}}: {{score}} ({{level}})

    | Dimension | Score | Level | {{#hasTargets}}Target | {{/hasTargets}}Coverage | Dissent | Now | Next |
    | --- | ---: | --- | {{#hasTargets}}--- | {{/hasTargets}}---: | ---: | --- | --- |
    {{#dimensions}}
    | {{title}} | {{score}} | {{level}} | {{#hasTargets}}{{target}} | {{/hasTargets}}{{coverage}} | {{dissent}} | {{#current}}{{.}}{{/current}}{{#unassessed}}unassessed{{/unassessed}} | {{#next}}{{nextLevel}}: {{.}}{{/next}} |
    {{/dimensions}}
    {{/modules}}

    ## Dissent between respondents

    {{#hasDissent}}
    | Question | Dimension | Spread | Answers |
    | --- | --- | ---: | --- |
    {{#dissent}}
    | `{{{question}}}` {{text}} | {{dimension}} | {{spread}} | {{answers}} |
    {{/dissent}}
    {{/hasDissent}}
    {{^hasDissent}}
    No question shows dissent of 0.5 or more.
    {{/hasDissent}}

    ## Respondents

    | Respondent | Role | Answers |
    | --- | --- | ---: |
    {{#respondents}}
    | {{name}} | {{role}} | {{answered}} |
    {{/respondents}}
    {{#hasWarnings}}

    Answers left out:

    {{#warnings}}
    - {{.}}
    {{/warnings}}
    {{/hasWarnings}}

    ## Appendix: every answer

    Only http, https and mailto evidence is linked.
    {{#appendix}}

    ### {{title}} ({{score}})

    | Question | Status | Value | Answers |
    | --- | --- | ---: | --- |
    {{#questions}}
    | `{{{id}}}` {{text}} | {{status}}{{#dissent}}, dissent{{/dissent}} | {{value}} | {{#responses}}**{{respondent}}** ({{role}}): {{answer}} = {{value}}{{#.note}}. *Note:* {{.}}{{/.note}}{{#.evidence}}. *Evidence:* {{#evidenceURL}}[{{evidence}}](<{{{evidenceURL}}}>){{/evidenceURL}}{{^evidenceURL}}{{evidence}}{{/evidenceURL}}{{/.evidence}}{{#.justification}}. *N/A because:* {{.}}{{/.justification}}<br>{{/responses}}{{^hasResponses}}no answer{{/hasResponses}} |
    {{/questions}}
    {{/appendix}}
    {{>page-end.md}}
    """#

    static let executiveMarkdown = #"""
    {{>page-start.md}}

    {{headline}} {{aim}}

    | Overall level | Average target | Planned effort | Horizon |
    | --- | --- | --- | --- |
    | {{overallLevel}} (score {{overall}}) | level {{targetAverage}} | {{totalEffort}} person-days | {{horizon}} |

    ## Where it stands, where it aims

    | Dimension | Now | Target | Gap (levels) |
    | --- | ---: | ---: | ---: |
    {{#standing}}
    | {{title}} | {{now}} | {{target}} | {{gap}} |
    {{/standing}}

    ## The five largest gaps

    {{#hasGaps}}
    | Dimension | Now | Target | Importance | What the next level requires |
    | --- | --- | --- | ---: | --- |
    {{#gaps}}
    | {{title}} | {{now}} | {{target}} | {{importance}} | {{#next}}{{.}}{{/next}} |
    {{/gaps}}
    {{/hasGaps}}
    {{^hasGaps}}
    No dimension is below its target.
    {{/hasGaps}}

    ## Roadmap at a glance: effort and staffing per phase

    | Phase | Actions | Effort | Capacity | Main actions | Staffing (person-days) |
    | --- | ---: | ---: | ---: | --- | --- |
    {{#phases}}
    | {{number}}: {{dates}} | {{actions}} | {{effort}} | {{capacity}} ({{utilisation}}) | {{highlights}} | {{staffing}} |
    {{/phases}}

    {{summary}}{{#staffing}} Over the plan: {{.}}.{{/staffing}}{{#backlog}} {{.}}{{/backlog}}

    ## Measures leadership will see move

    {{#hasMeasures}}
    | Measure | Target | Action |
    | --- | --- | --- |
    {{#measures}}
    | {{name}} | {{target}} | {{action}} |
    {{/measures}}
    {{#hasMoreMeasures}}

    And {{moreMeasures}} more in the roadmap report.
    {{/hasMoreMeasures}}
    {{/hasMeasures}}
    {{^hasMeasures}}
    The scheduled actions define no measures.
    {{/hasMeasures}}
    {{>page-end.md}}
    """#

    /// The roadmap report as Markdown (`ospo report roadmap --format md`): the
    /// client's document, over `RoadmapView`. It stays beside `PlanMarkdown`
    /// (`ospo plan --format md`, the working plan) on purpose: it is branded,
    /// names dimensions by title, gives long dates and each objective's
    /// dependencies, and a brand's `templates` folder may replace it, while the
    /// plan keeps every figure the planner produced (impact, priority, FTE and
    /// cost, targets, covered actions, scenarios) in a fixed layout with ids.
    /// The rows both show come from `PlanRows`; see docs/reports.md.
    static let roadmapMarkdown = #"""
    {{>page-start.md}}

    {{horizon}}

    {{summary}}

    ## Gaps

    | Dimension | Now | Target | Importance | Gap |
    | --- | --- | --- | ---: | ---: |
    {{#gaps}}
    | {{title}} | {{now}} | {{target}} | {{importance}} | {{gap}} |
    {{/gaps}}
    {{#phases}}

    ## Phase {{number}}: {{dates}}

    {{effort}} of {{capacity}} person-days ({{utilisation}}). Staffing: {{staffingText}}.

    {{#empty}}
    Nothing scheduled.
    {{/empty}}
    {{^empty}}
    | Objective | Dimension | Level | Effort | Roles | After | Measures | Why here |
    | --- | --- | ---: | ---: | --- | --- | --- | --- |
    {{#actions}}
    | {{title}} (`{{{id}}}`) | {{dimension}} | {{level}} | {{effort}} | {{roles}} | {{#requires}}{{.}}{{/requires}} | {{#measures}}{{name}}: {{target}}. {{/measures}} | {{reason}} |
    {{/actions}}
    {{/empty}}
    {{/phases}}

    ## Projected levels

    | Dimension | Now | {{#phaseHeaders}}{{value}} | {{/phaseHeaders}}Target |
    | --- | ---: | {{#phaseHeaders}}---: | {{/phaseHeaders}}---: |
    {{#projection}}
    | {{title}} | {{now}} | {{#levels}}{{value}} | {{/levels}}{{target}} |
    {{/projection}}
    {{#hasStaffing}}

    ## Staffing over the plan

    | Role | Person-days |
    | --- | ---: |
    {{#staffing}}
    | {{role}} | {{effort}} |
    {{/staffing}}
    {{/hasStaffing}}

    ## Backlog

    {{#hasBacklog}}
    | Action | Dimension | Level | Effort | Reason |
    | --- | --- | ---: | ---: | --- |
    {{#backlog}}
    | {{title}} (`{{{id}}}`) | {{dimension}} | {{level}} | {{effort}} | {{reason}} |
    {{/backlog}}
    {{/hasBacklog}}
    {{^hasBacklog}}
    Empty: every needed action is scheduled.
    {{/hasBacklog}}
    {{>page-end.md}}
    """#

    static let progressMarkdown = #"""
    {{>page-start.md}}

    ## Objectives

    {{#counts}}{{count}} {{label}}{{^last()}}; {{/last()}}{{/counts}}

    {{#hasObjectives}}
    | Objective | Phase | Due | State | Status | Note |
    | --- | ---: | --- | --- | --- | --- |
    {{#objectives}}
    | {{title}} (`{{{id}}}`) | {{phase}} | {{due}} | {{state}} | {{statusLabel}} | {{#note}}{{.}}{{/note}} |
    {{/objectives}}
    {{/hasObjectives}}
    {{^hasObjectives}}
    No objective recorded yet.
    {{/hasObjectives}}

    ## Maturity over assessments

    {{#hasMaturity}}
    {{maturitySummary}}

    | Dimension | {{#snapshots}}{{date}} | {{/snapshots}}Target | Progress |
    | --- | {{#snapshots}}---: | {{/snapshots}}---: | ---: |
    {{#dimensions}}
    | {{title}} | {{#scores}}{{value}} | {{/scores}}{{target}} | {{progress}} |
    {{/dimensions}}
    | **Overall** | {{#snapshots}}{{overall}} | {{/snapshots}} | {{progressToDate}} |
    | **Percentage to target** | {{#snapshots}}{{percentage}} | {{/snapshots}} | |
    {{/hasMaturity}}
    {{^hasMaturity}}
    No assessment yet.
    {{/hasMaturity}}

    ## Measures against targets

    Progress is (latest − baseline) ÷ (target − baseline), from 0 to 100 %. The forecast is a straight line fitted through the readings, read at the due date: on track when it meets the target, at risk when it gets at least 80 % of the way, off track otherwise; no data with fewer than two readings.

    | Objective | Measure | Baseline | Latest | Target | Due | Forecast | Progress | Status |
    | --- | --- | ---: | ---: | --- | --- | ---: | ---: | --- |
    {{#objectives}}
    {{#measures}}
    | {{title}} | {{name}} | {{baseline}} | {{latest}} | {{target}} | {{due}} | {{forecast}} | {{progress}} | {{statusLabel}} |
    {{/measures}}
    {{/objectives}}
    {{#objectives}}
    {{#measures}}
    {{#hasReadings}}

    ### {{name}}

    | Date | Value | Source | Note |
    | --- | ---: | --- | --- |
    {{#readings}}
    | {{date}} | {{value}} | {{#.source}}{{.}}{{/.source}} | {{#.note}}{{.}}{{/.note}} |
    {{/readings}}
    {{/hasReadings}}
    {{/measures}}
    {{/objectives}}

    {{>page-end.md}}
    """#

    static let portfolioMarkdown = #"""
    {{>page-start.md}}

    ## Organisations

    | Organisation | Group | Latest assessment | Assessments | Overall |
    | --- | --- | --- | ---: | ---: |
    {{#organisations}}
    | {{name}} | {{group}} | {{date}} | {{assessments}} | {{overall}} |
    {{/organisations}}
    {{#groups}}
    | **Average: {{name}}** ({{count}}) | | | | {{overall}} |
    {{/groups}}

    ## Scores by dimension

    Latest score per dimension; Ø marks a group average.

    | Dimension | {{#organisations}}{{name}} | {{/organisations}}{{#groups}}Ø {{name}} | {{/groups}}
    | --- | {{#organisations}}---: | {{/organisations}}{{#groups}}---: | {{/groups}}
    {{#rows}}
    | {{title}} | {{#scores}}{{value}} | {{/scores}}{{#averages}}{{value}} | {{/averages}}
    {{/rows}}
    | **Overall** | {{#overallScores}}{{value}} | {{/overallScores}}{{#overallAverages}}{{value}} | {{/overallAverages}}
    {{>page-end.md}}
    """#
}
