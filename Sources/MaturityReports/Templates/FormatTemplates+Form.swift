/// The blank form's templates, Markdown and HTML, over `FormView`.
extension FormatTemplates {
    static let formMarkdown = #"""
    # {{title}}

    {{{kind}}} · questionnaire `{{{id}}}` version {{version}}{{#hasRole}} · for the role: {{roleTitle}}{{/hasRole}}

    | | |
    | --- | --- |
    | Organisation | {{#hasOrganisation}}{{organisation}} {{/hasOrganisation}}|
    | Respondent | |
    {{#hasRole}}
    | Role | {{roleTitle}} |
    {{/hasRole}}
    {{^hasRole}}
    {{#hasRoles}}
    | Role (tick one) | {{#roles}}{{{separator}}}☐ {{title}}{{/roles}} |
    {{/hasRoles}}
    {{^hasRoles}}
    | Role | |
    {{/hasRoles}}
    {{/hasRole}}
    | Date | |
    {{#interviewer}}
    | Interviewer | |
    {{/interviewer}}

    **How to answer.** {{howToAnswer}}
    {{#hasSummary}}

    {{{summary}}}
    {{/hasSummary}}
    {{#hasContext}}

    ## Organisation context

    Asked once per assessment. Questions marked *Only if context …* are asked only when the context says so.
    {{#context}}

    **{{text}}** (`{{{id}}}`)

    {{#options}}{{{separator}}}☐ {{label}}{{/options}}
    {{/context}}
    {{/hasContext}}
    {{#sections}}

    ## {{title}}
    {{#hasSectionSummary}}

    {{{sectionSummary}}}
    {{/hasSectionSummary}}
    {{#questions}}

    ### {{id}} · {{text}}

    {{#hasMarks}}
    {{#hasAskedOf}}*Asked of:* {{askedOf}}{{/hasAskedOf}}{{#hasBothMarks}} · {{/hasBothMarks}}{{#hasCondition}}*Only if* {{condition}}{{/hasCondition}}

    {{/hasMarks}}
    {{#hasHelp}}
    {{{help}}}

    {{/hasHelp}}
    {{#hasNotes}}
    {{{notesQuoted}}}

    {{/hasNotes}}
    {{#hasEvidence}}
    *{{{evidenceLead}}}* {{evidence}}

    {{/hasEvidence}}
    {{#choices}}
    - [ ] {{label}}
    {{/choices}}

    | Notes |
    | --- |
    | &nbsp; |
    | &nbsp; |
    {{/questions}}
    {{/sections}}
    """#

    static let formHTML = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · answer form</title>
    <style>
    {{{style}}}
    </style>
    </head>
    <body>
    <main class="form">
    <header>
    <h1><span class="kind">{{{kind}}}</span>{{title}}</h1>
    <p class="subtitle">Questionnaire <code>{{id}}</code> version {{version}}{{#hasRole}} · for the role: {{roleTitle}}{{/hasRole}}</p>
    <table class="fill-in">
    <tr><th>Organisation</th><td>{{organisation}}</td></tr>
    <tr><th>Respondent</th><td></td></tr>
    {{#hasRole}}
    <tr><th>Role</th><td>{{roleTitle}}</td></tr>
    {{/hasRole}}
    {{^hasRole}}
    {{#hasRoles}}
    <tr><th>Role (tick one)</th><td>{{#roles}}{{{separator}}}<span class="role"><span class="box"></span>{{title}}</span>{{/roles}}</td></tr>
    {{/hasRoles}}
    {{^hasRoles}}
    <tr><th>Role</th><td></td></tr>
    {{/hasRoles}}
    {{/hasRole}}
    <tr><th>Date</th><td></td></tr>
    {{#interviewer}}
    <tr><th>Interviewer</th><td></td></tr>
    {{/interviewer}}
    </table>
    <p class="how"><strong>How to answer.</strong> {{howToAnswer}}</p>
    {{#summaryParagraphs}}
    <p class="summary">{{.}}</p>
    {{/summaryParagraphs}}
    </header>
    {{#hasContext}}
    <section id="context">
    <h2>Organisation context</h2>
    <p class="summary">Asked once per assessment. Questions marked <em>Only if context …</em> are asked only when the context says so.</p>
    {{#context}}
    <article class="question" id="context-{{id}}">
    <h3>{{text}}</h3>
    <ul class="choices">
    {{#options}}
    <li><span class="box"></span>{{label}}</li>
    {{/options}}
    </ul>
    </article>
    {{/context}}
    </section>
    {{/hasContext}}
    {{#sections}}
    <section id="section-{{id}}">
    <h2>{{title}}</h2>
    {{#sectionSummaryParagraphs}}
    <p class="summary">{{.}}</p>
    {{/sectionSummaryParagraphs}}
    {{#questions}}
    <article class="question" id="q-{{id}}">
    <h3><span class="qid">{{id}}</span> {{text}}</h3>
    {{#hasAskedOf}}
    <p class="mark"><em>Asked of:</em> {{askedOf}}</p>
    {{/hasAskedOf}}
    {{#hasCondition}}
    <p class="mark condition"><em>Only if</em> {{condition}}</p>
    {{/hasCondition}}
    {{#helpParagraphs}}
    <p class="help">{{.}}</p>
    {{/helpParagraphs}}
    {{#hasNotes}}
    <div class="for-interviewer"><strong>For the interviewer</strong>
    {{#notesParagraphs}}
    <p>{{.}}</p>
    {{/notesParagraphs}}
    </div>
    {{/hasNotes}}
    {{#hasEvidence}}
    <p class="evidence"><em>{{{evidenceLead}}}</em> {{evidenceLine}}</p>
    {{/hasEvidence}}
    <ul class="choices">
    {{#choices}}
    <li><span class="box"></span>{{label}}</li>
    {{/choices}}
    </ul>
    <div class="notes"><span>Notes</span></div>
    </article>
    {{/questions}}
    </section>
    {{/sections}}
    </main>
    </body>
    </html>

    """#
}
