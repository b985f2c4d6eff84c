/// The working plan's Markdown template, over `PlanMarkdownView`.
extension FormatTemplates {
    static let planMarkdown = #"""
    # Roadmap{{#hasOrganisation}}: {{organisation}}{{/hasOrganisation}}

    {{{horizon}}}.

    {{{summary}}}

    {{value}}
    {{#hasWarnings}}

    {{#warnings}}
    - **Warning:** {{.}}
    {{/warnings}}
    {{/hasWarnings}}

    ## Gaps

    | Dimension | Now | Target | Importance | Gap |
    | --- | --- | --- | ---: | --- |
    {{#gaps}}
    | {{title}} (`{{{id}}}`) | {{now}} | {{target}} | {{importance}} | {{gap}} |
    {{/gaps}}
    {{#phases}}

    ## Phase {{number}}: {{{start}}} to {{{end}}}

    {{{effort}}} of {{{capacity}}} person-days ({{cost}}).
    {{#hasContinuing}}

    {{#continuing}}
    - Continuing: {{title}} (`{{{id}}}`), {{text}}.
    {{/continuing}}
    {{/hasContinuing}}
    {{#empty}}

    Nothing scheduled.
    {{/empty}}
    {{^empty}}

    | Action | Dimension | Level | Effort | Impact | Priority | Roles | Why |
    | --- | --- | ---: | ---: | ---: | ---: | --- | --- |
    {{#actions}}
    | {{title}} (`{{{id}}}`) | `{{{dimension}}}` | {{level}} | {{{actionEffort}}}{{#hasScaling}} ({{scaling}}){{/hasScaling}} | {{impact}} | {{{priority}}} | {{roles}} | {{reason}}{{#hasSpan}}; {{span}}{{/hasSpan}} |
    {{/actions}}
    {{#hasMeasures}}

    Measures:

    {{#measures}}
    - `{{{action}}}`: {{name}}, {{target}}
    {{/measures}}
    {{/hasMeasures}}

    Staffing (person-days): {{staffing}}.

    Staffing (FTE): {{fte}}.
    {{/empty}}
    {{/phases}}

    ## Projected levels

    At the end of each phase.

    | Dimension | Now | {{{phaseHeaders}}} | Target |
    | --- | ---: | {{{phaseRule}}} | ---: |
    {{#projection}}
    | `{{{id}}}` | {{{now}}} | {{{levels}}} | {{target}} |
    {{/projection}}

    ## Targets

    | Dimension | Importance | Now | Target | {{{phaseHeaders}}} | Outcome |
    | --- | ---: | ---: | ---: | {{{phaseRule}}} | --- |
    {{#targets}}
    | `{{{id}}}` | {{importance}} | {{{now}}} | {{target}} | {{{projected}}} | {{outcome}} |
    {{/targets}}
    {{#hasCovered}}

    ## Covered another way

    | Action | Dimension | Level | Covered by |
    | --- | --- | ---: | --- |
    {{#covered}}
    | {{title}} (`{{{id}}}`) | `{{{dimension}}}` | {{level}} | {{by}} |
    {{/covered}}
    {{/hasCovered}}
    {{#hasStaffing}}

    ## Staffing over the plan

    | Role | Person-days |
    | --- | ---: |
    {{#totalStaffing}}
    | {{role}} | {{{effort}}} |
    {{/totalStaffing}}
    {{/hasStaffing}}

    ## Backlog

    {{^hasBacklog}}
    Empty: every needed action is scheduled.
    {{/hasBacklog}}
    {{#hasBacklog}}
    | Action | Dimension | Level | Effort | Reason |
    | --- | --- | ---: | ---: | --- |
    {{#backlog}}
    | {{title}} (`{{{id}}}`) | `{{{dimension}}}` | {{level}} | {{{effort}}} | {{reason}} |
    {{/backlog}}
    {{/hasBacklog}}
    {{#hasScenarios}}

    ## Scenarios

    | Scenario | Phases | Capacity | Targets reached | Value | Importance 4–5 targets (phase reached) |
    | --- | ---: | ---: | ---: | ---: | --- |
    {{#scenarios}}
    | {{label}} | {{phaseCount}} | {{{scenarioCapacity}}} | {{targetsReached}} of {{targetsPlanned}} | {{scenarioValue}} of {{possibleValue}} | {{keyTargets}} |
    {{/scenarios}}
    {{/hasScenarios}}

    """#
}
