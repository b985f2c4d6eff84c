/// The scorecard's Markdown template, over `ScorecardMarkdownView`.
extension FormatTemplates {
    static let scorecardMarkdown = #"""
    # Maturity scores: {{organisation}}

    Questionnaire `{{{questionnaire}}}` {{{questionnaireVersion}}}, answered {{{date}}} by {{{respondents}}}.
    {{#hasOrigin}}

    Content from {{origin}}{{#hasAttribution}}: {{attribution}}{{/hasAttribution}}
    {{/hasOrigin}}

    {{#hasContext}}
    **Context:** {{#context}}{{{separator}}}{{{fact}}} {{label}}{{/context}}

    {{/hasContext}}
    **Overall maturity:** {{{overall}}}
    {{#modules}}

    ## {{title}}: {{{score}}} ({{{levelText}}})

    | Dimension | Score | Level | Coverage | Dissent |
    | --- | ---: | --- | ---: | ---: |
    {{#dimensions}}
    | {{title}} | {{{score}}} | {{{levelText}}} | {{{coverage}}} | {{dissentCount}} |
    {{/dimensions}}
    {{#showsConformance}}

    {{#conformant}}
    **Conformant.**
    {{/conformant}}
    {{^conformant}}
    **Not conformant.** Failing: {{failing}}.
    {{/conformant}}
    {{/showsConformance}}
    {{/modules}}
    {{#explain}}

    ## Answers behind each score
    {{#explained}}

    ### {{title}} (`{{{id}}}`): {{{score}}}

    | Question | Weight | Status | Value | Responses |
    | --- | ---: | --- | ---: | --- |
    {{#questions}}
    | {{{id}}} | {{{weight}}} | {{{status}}} | {{{value}}} | {{#responses}}{{{separator}}}{{respondent}} ({{role}}): {{choice}}{{#hasNote}} — {{note}}{{/hasNote}}{{#hasJustification}} — N/A because: {{justification}}{{/hasJustification}}{{/responses}} |
    {{/questions}}
    {{/explained}}
    {{/explain}}

    """#
}
