/// The roadmap report's default templates, HTML then Markdown.
extension DefaultTemplates {
    static let roadmapHTML = #"""
    {{>page-start.html}}
    <p class="lead">{{horizon}}</p>
    <p>{{summary}}</p>
    <figure>{{{timeline}}}<figcaption>Actions per dimension and phase (count · person-days), and each phase's effort against its capacity; the phase tables below list every action.</figcaption></figure>
    <h2>Gaps</h2>
    <table>
    <thead><tr><th>Dimension</th><th>Now</th><th>Target</th><th class="num">Importance</th><th class="num">Gap</th></tr></thead>
    <tbody>
    {{#gaps}}
    <tr><td>{{title}}</td><td>{{now}}</td><td>{{target}}</td><td class="num">{{importance}}</td><td class="num">{{gap}}</td></tr>
    {{/gaps}}
    </tbody>
    </table>
    {{#phases}}
    <h2>Phase {{number}}: {{dates}}</h2>
    <p class="keep">{{effort}} of {{capacity}} person-days ({{utilisation}} utilisation). Staffing: {{staffingText}}.</p>
    {{#empty}}<p class="muted">Nothing scheduled.</p>{{/empty}}
    {{^empty}}
    <table class="flow">
    <thead><tr><th style="width:36%">Objective</th><th>Dimension</th><th class="num">Level</th><th class="num">Effort</th><th>Roles</th><th style="width:26%">Why here</th></tr></thead>
    <tbody>
    {{#actions}}
    <tr><td><b>{{title}}</b>{{#page.showIds}} <code>{{id}}</code>{{/page.showIds}}{{#requires}}<div class="descriptor"><b>Comes after:</b> {{.}}</div>{{/requires}}{{#hasMeasures}}<div class="descriptor"><b>Measures:</b> {{#measures}}{{name}}: {{target}}. {{/measures}}</div>{{/hasMeasures}}</td><td>{{dimension}}</td><td class="num">{{level}}</td><td class="num">{{effort}}</td><td>{{roles}}</td><td class="small">{{reason}}</td></tr>
    {{/actions}}
    </tbody>
    </table>
    {{/empty}}
    {{/phases}}
    <h2>Projected levels</h2>
    <p class="small muted keep">The level each dimension reaches by the end of each phase, once every action of that level is done or scheduled.</p>
    <table>
    <thead><tr><th>Dimension</th><th class="num">Now</th>{{#phaseHeaders}}<th class="num">{{value}}</th>{{/phaseHeaders}}<th class="num">Target</th></tr></thead>
    <tbody>
    {{#projection}}
    <tr><td>{{title}}</td><td class="num">{{now}}</td>{{#levels}}<td class="num">{{value}}</td>{{/levels}}<td class="num">{{target}}</td></tr>
    {{/projection}}
    </tbody>
    </table>
    {{#hasStaffing}}
    <h2>Staffing over the plan</h2>
    <table>
    <thead><tr><th>Role</th><th class="num">Person-days</th></tr></thead>
    <tbody>
    {{#staffing}}
    <tr><td>{{role}}</td><td class="num">{{effort}}</td></tr>
    {{/staffing}}
    </tbody>
    </table>
    {{/hasStaffing}}
    <h2>Backlog</h2>
    {{#hasBacklog}}
    <table>
    <thead><tr><th>Action</th><th>Dimension</th><th class="num">Level</th><th class="num">Effort</th><th>Reason</th></tr></thead>
    <tbody>
    {{#backlog}}
    <tr><td>{{title}}{{#page.showIds}} <code>{{id}}</code>{{/page.showIds}}</td><td>{{dimension}}</td><td class="num">{{level}}</td><td class="num">{{effort}}</td><td class="small">{{reason}}</td></tr>
    {{/backlog}}
    </tbody>
    </table>
    {{/hasBacklog}}
    {{^hasBacklog}}<p class="muted">Empty: every needed action is scheduled.</p>{{/hasBacklog}}
    {{>page-end.html}}
    """#

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

    {{effort}} of {{capacity}} person-days ({{utilisation}} utilisation). Staffing: {{staffingText}}.

    {{#empty}}
    Nothing scheduled.
    {{/empty}}
    {{^empty}}
    | Objective | Dimension | Level | Effort | Roles | Comes after | Measures | Why here |
    | --- | --- | ---: | ---: | --- | --- | --- | --- |
    {{#actions}}
    | {{title}}{{#page.showIds}} (`{{{id}}}`){{/page.showIds}} | {{dimension}} | {{level}} | {{effort}} | {{roles}} | {{#requires}}{{.}}{{/requires}} | {{#measures}}{{name}}: {{target}}. {{/measures}} | {{reason}} |
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
    | {{title}}{{#page.showIds}} (`{{{id}}}`){{/page.showIds}} | {{dimension}} | {{level}} | {{effort}} | {{reason}} |
    {{/backlog}}
    {{/hasBacklog}}
    {{^hasBacklog}}
    Empty: every needed action is scheduled.
    {{/hasBacklog}}
    {{>page-end.md}}
    """#
}
