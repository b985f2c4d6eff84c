/// The assessment report's default templates, HTML then Markdown.
extension DefaultTemplates {
    static let assessmentHTML = #"""
    {{>page-start.html}}
    <div class="kpis">
    <div class="kpi"><div class="label">Overall score</div><div class="value">{{overall}}</div><div class="sub">on a scale of 0 to {{maxLevel}}</div></div>
    <div class="kpi"><div class="label">Overall level</div><div class="value">{{overallLevel}}</div></div>
    <div class="kpi"><div class="label">Respondents</div><div class="value">{{respondentCount}}</div></div>
    <div class="kpi"><div class="label">Dimensions</div><div class="value">{{dimensionCount}}</div><div class="sub">{{unassessedCount}} unassessed</div></div>
    </div>
    <h2>Maturity by module</h2>
    <table>
    <thead><tr><th>Module</th><th class="num">Score</th><th>Level</th></tr></thead>
    <tbody>
    {{#modules}}
    <tr><td>{{title}}</td><td class="num">{{score}}</td><td>{{level}}</td></tr>
    {{/modules}}
    </tbody>
    </table>
    {{#conformance}}
    <p class="conformance"><b>{{title}}:</b> {{#conformant}}conformant.{{/conformant}}{{^conformant}}not conformant; failing: {{failing}}.{{/conformant}}</p>
    {{/conformance}}
    <h2>Overview</h2>
    <div class="two">
    <figure>{{{radar}}}<figcaption>Current score per dimension{{#hasTargets}} and the target level{{/hasTargets}}; the table beside it has the same data.</figcaption></figure>
    <table>
    <thead><tr><th>Dimension</th><th class="num">Score</th>{{#hasTargets}}<th class="num">Target</th>{{/hasTargets}}</tr></thead>
    <tbody>
    {{#dimensions}}
    <tr><td>{{title}}</td><td class="num">{{score}}</td>{{#hasTargets}}<td class="num">{{target}}</td>{{/hasTargets}}</tr>
    {{/dimensions}}
    </tbody>
    </table>
    </div>
    <figure>{{{heatmap}}}<figcaption>How much of each level every dimension reaches; the scores are in the table above and in the dimension tables below.</figcaption></figure>
    <h2>Strengths and gaps</h2>
    <div class="cards">
    <div>
    <h3>Strengths</h3>
    {{#strengths}}
    <div class="card"><h4>{{title}}: {{score}} ({{level}})</h4>{{#text}}<div class="descriptor">{{.}}</div>{{/text}}</div>
    {{/strengths}}
    {{^hasStrengths}}<p class="muted">No dimension has reached level 1 yet.</p>{{/hasStrengths}}
    </div>
    <div>
    <h3>{{#gapsByTarget}}The five largest gaps{{/gapsByTarget}}{{^gapsByTarget}}Lowest scores{{/gapsByTarget}}</h3>
    {{#gaps}}
    <div class="card gap"><h4>{{title}}: {{score}} ({{level}})</h4>{{#text}}<div class="descriptor">{{.}}</div>{{/text}}</div>
    {{/gaps}}
    </div>
    </div>
    {{#hasUnassessed}}
    <p class="small"><b>Unassessed</b> (no applicable question was answered, so no score, never 0): {{#unassessed}}{{.}}{{^last()}}; {{/last()}}{{/unassessed}}</p>
    {{/hasUnassessed}}
    <h2>Dimensions</h2>
    <p class="small muted keep">For each dimension: what its current level means and what the next level requires, from the rubric. Coverage is the share of applicable questions answered; dissent counts questions where respondents differ by 0.5 or more.</p>
    {{#modules}}
    <h3>{{title}}: {{score}} ({{level}})</h3>
    <table>
    <thead><tr><th>Dimension</th><th class="num">Score</th><th>Level</th>{{#hasTargets}}<th>Target</th>{{/hasTargets}}<th class="num">Coverage</th><th class="num">Dissent</th></tr></thead>
    <tbody>
    {{#dimensions}}
    <tr><td><b>{{title}}</b>{{#current}}<div class="descriptor"><b>Now:</b> {{.}}</div>{{/current}}{{#unassessed}}<div class="descriptor">Unassessed: no applicable question was answered.</div>{{/unassessed}}{{#next}}<div class="descriptor"><b>Next, {{nextLevel}}:</b> {{.}}</div>{{/next}}</td><td class="num">{{score}}</td><td class="nowrap">{{level}}</td>{{#hasTargets}}<td class="nowrap">{{target}}</td>{{/hasTargets}}<td class="num">{{coverage}}</td><td class="num">{{dissent}}</td></tr>
    {{/dimensions}}
    </tbody>
    </table>
    {{/modules}}
    <h2>Dissent between respondents</h2>
    {{#hasDissent}}
    <table>
    <thead><tr><th>Question</th><th>Dimension</th><th class="num">Spread</th><th>Answers</th></tr></thead>
    <tbody>
    {{#dissent}}
    <tr><td>{{#page.showIds}}<code>{{question}}</code> {{/page.showIds}}{{text}}</td><td>{{dimension}}</td><td class="num">{{spread}}</td><td>{{answers}}</td></tr>
    {{/dissent}}
    </tbody>
    </table>
    {{/hasDissent}}
    {{^hasDissent}}<p class="muted">No question shows dissent of 0.5 or more.</p>{{/hasDissent}}
    <h2>Respondents</h2>
    {{#respondentsNamed}}
    <table>
    <thead><tr><th>Respondent</th><th>Role</th><th class="num">Answers</th></tr></thead>
    <tbody>
    {{#respondents}}
    <tr><td>{{name}}</td><td>{{role}}</td><td class="num">{{answered}}</td></tr>
    {{/respondents}}
    </tbody>
    </table>
    {{/respondentsNamed}}
    {{#respondentsByRole}}
    <p class="small muted keep">Respondents are shown by role only.</p>
    <table>
    <thead><tr><th>Role</th><th class="num">Respondents</th><th class="num">Answers</th></tr></thead>
    <tbody>
    {{#roles}}
    <tr><td>{{role}}</td><td class="num">{{count}}</td><td class="num">{{answered}}</td></tr>
    {{/roles}}
    </tbody>
    </table>
    {{/respondentsByRole}}
    {{#respondentsHidden}}<p class="muted">{{respondentCount}} people answered; this copy of the report does not say who, or in which role.</p>{{/respondentsHidden}}
    {{#origin}}
    <h2>About the content</h2>
    <p>The questions and levels come from {{summary}}{{#link}}, <a href="{{link}}">{{url}}</a>{{/link}}{{^link}}{{#url}}, {{.}}{{/url}}{{/link}}.{{#attribution}} {{.}}{{/attribution}}</p>
    {{/origin}}
    {{#hasWarnings}}
    <p class="small"><b>Answers left out:</b></p>
    <ul class="plain small">{{#warnings}}<li>{{.}}</li>{{/warnings}}</ul>
    {{/hasWarnings}}
    <section class="appendix break">
    <h2>Appendix: every answer</h2>
    <p class="muted keep">Each question with its status, its value (the role-weighted mean of the counted answers) and every answer with its note, evidence and N/A justification. Only http, https and mailto evidence is linked.</p>
    {{#appendix}}
    <h3>{{title}} <span class="muted">({{score}})</span></h3>
    <table class="flow">
    <thead><tr><th style="width:34%">Question</th><th>Status</th><th class="num">Value</th><th style="width:46%">Answers</th></tr></thead>
    <tbody>
    {{#questions}}
    <tr><td>{{#page.showIds}}<code>{{id}}</code> {{/page.showIds}}{{text}}</td><td>{{status}}{{#dissent}} · <b>dissent</b>{{/dissent}}</td><td class="num">{{value}}</td><td>{{#responses}}<div class="response">{{#.respondent}}<b>{{.}}</b>: {{/.respondent}}{{answer}} = {{value}}{{#.note}}. <i>Note:</i> {{.}}{{/.note}}{{#.evidence}}. <i>Evidence:</i> {{#evidenceURL}}<a href="{{evidenceURL}}">{{evidence}}</a>{{/evidenceURL}}{{^evidenceURL}}{{evidence}}{{/evidenceURL}}{{/.evidence}}{{#.justification}}. <i>N/A because:</i> {{.}}{{/.justification}}</div>{{/responses}}{{^hasResponses}}<span class="muted">no answer</span>{{/hasResponses}}</td></tr>
    {{/questions}}
    </tbody>
    </table>
    {{/appendix}}
    </section>
    {{>page-end.html}}
    """#

    static let assessmentMarkdown = #"""
    {{>page-start.md}}

    **Overall maturity:** {{overall}} of {{maxLevel}} ({{overallLevel}}), from {{respondentCount}} respondents; {{dimensionCount}} dimensions, {{unassessedCount}} unassessed.

    ## Maturity by module

    | Module | Score | Level |
    | --- | ---: | --- |
    {{#modules}}
    | {{title}} | {{score}} | {{level}} |
    {{/modules}}
    {{#conformance}}

    **{{title}}:** {{#conformant}}conformant.{{/conformant}}{{^conformant}}not conformant; failing: {{failing}}.{{/conformant}}
    {{/conformance}}

    ## Strengths

    {{#strengths}}
    - **{{title}}**: {{score}} ({{level}}).{{#text}} {{.}}{{/text}}
    {{/strengths}}
    {{^hasStrengths}}
    No dimension has reached level 1 yet.
    {{/hasStrengths}}

    ## {{#gapsByTarget}}The five largest gaps{{/gapsByTarget}}{{^gapsByTarget}}Lowest scores{{/gapsByTarget}}

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
    | {{#page.showIds}}`{{{question}}}` {{/page.showIds}}{{text}} | {{dimension}} | {{spread}} | {{answers}} |
    {{/dissent}}
    {{/hasDissent}}
    {{^hasDissent}}
    No question shows dissent of 0.5 or more.
    {{/hasDissent}}

    ## Respondents
    {{#respondentsNamed}}

    | Respondent | Role | Answers |
    | --- | --- | ---: |
    {{#respondents}}
    | {{name}} | {{role}} | {{answered}} |
    {{/respondents}}
    {{/respondentsNamed}}
    {{#respondentsByRole}}

    Respondents are shown by role only.

    | Role | Respondents | Answers |
    | --- | ---: | ---: |
    {{#roles}}
    | {{role}} | {{count}} | {{answered}} |
    {{/roles}}
    {{/respondentsByRole}}
    {{#respondentsHidden}}

    {{respondentCount}} people answered; this copy of the report does not say who, or in which role.
    {{/respondentsHidden}}
    {{#origin}}

    ## About the content

    The questions and levels come from {{summary}}{{#url}}, {{.}}{{/url}}.{{#attribution}} {{.}}{{/attribution}}
    {{/origin}}
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
    | {{#page.showIds}}`{{{id}}}` {{/page.showIds}}{{text}} | {{status}}{{#dissent}}, dissent{{/dissent}} | {{value}} | {{#responses}}{{#.respondent}}**{{.}}**: {{/.respondent}}{{answer}} = {{value}}{{#.note}}. *Note:* {{.}}{{/.note}}{{#.evidence}}. *Evidence:* {{#evidenceURL}}[{{evidence}}](<{{{evidenceURL}}}>){{/evidenceURL}}{{^evidenceURL}}{{evidence}}{{/evidenceURL}}{{/.evidence}}{{#.justification}}. *N/A because:* {{.}}{{/.justification}}<br>{{/responses}}{{^hasResponses}}no answer{{/hasResponses}} |
    {{/questions}}
    {{/appendix}}
    {{>page-end.md}}
    """#
}
