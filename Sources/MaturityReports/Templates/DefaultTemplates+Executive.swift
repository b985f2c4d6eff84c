/// The executive report's default templates, HTML then Markdown.
extension DefaultTemplates {
    static let executiveHTML = #"""
    {{>page-start.html}}
    <section class="decision">
    <h2>Decision asked for</h2>
    <p class="lead">{{decision}}</p>
    <p>{{decisionCost}} {{outcome}}</p>
    </section>
    <div class="kpis">
    <div class="kpi"><div class="label">Overall level now</div><div class="value">{{overallLevel}}</div><div class="sub">score {{overall}} of {{maxLevel}}</div></div>
    <div class="kpi"><div class="label">Targets reached</div><div class="value">{{targetsReached}}</div><div class="sub">by the end of the plan</div></div>
    <div class="kpi"><div class="label">Planned effort</div><div class="value">{{totalEffort}}</div><div class="sub">person-days · {{totalFTE}} FTE{{#totalCost}} · {{.}}{{/totalCost}}</div></div>
    <div class="kpi"><div class="label">Horizon</div><div class="value">{{phaseCount}}</div><div class="sub">{{horizon}}</div></div>
    </div>
    <h2>Where it stands and where the plan takes it</h2>
    <div class="two">
    <figure>{{{radar}}}<figcaption>Current score (filled) and target level (dashed).</figcaption></figure>
    <div>
    <table>
    <thead><tr><th>Dimension</th><th class="num">Now</th><th class="num">Target</th><th>End of plan</th></tr></thead>
    <tbody>
    {{#standing}}
    <tr><td>{{title}}</td><td class="num">{{now}}</td><td class="num">{{target}}</td><td class="nowrap{{#short}} short{{/short}}">{{projected}}, {{outcome}}</td></tr>
    {{/standing}}
    </tbody>
    </table>
    <p class="small muted">Now: score (level reached). End of plan: the level the roadmap reaches, and the phase it meets the target in.</p>
    </div>
    </div>
    {{#hasShortfalls}}
    <p class="small"><b>Not reached by this plan:</b></p>
    <ul class="plain small">{{#shortfalls}}<li>{{.}}</li>{{/shortfalls}}</ul>
    {{/hasShortfalls}}
    {{#hasScenarios}}
    <h2>What more or less budget buys</h2>
    <table>
    <thead><tr><th>Option</th><th class="num">Person-days a phase</th><th class="num">Budget</th><th class="num">Targets reached</th><th>Important targets not reached</th></tr></thead>
    <tbody>
    {{#scenarios}}
    <tr{{#planned}} class="chosen"{{/planned}}><td>{{label}}</td><td class="num">{{capacity}}</td><td class="num">{{budget}}</td><td class="num">{{reached}}</td><td class="small">{{missed}}</td></tr>
    {{/scenarios}}
    </tbody>
    </table>
    <p class="small muted">The same targets planned with another capacity or horizon. Budget: person-days available. Important: importance 4 or 5.</p>
    {{/hasScenarios}}
    <h2>The five largest gaps</h2>
    {{#hasGaps}}
    <table>
    <thead><tr><th>Dimension</th><th>Now</th><th>Target</th><th class="num">Gap (levels)</th><th class="num">Importance</th><th>What the next level requires</th></tr></thead>
    <tbody>
    {{#gaps}}
    <tr><td><b>{{title}}</b></td><td class="nowrap">{{now}}</td><td class="nowrap">{{target}}</td><td class="num">{{gap}}</td><td class="num">{{importance}}</td><td class="small">{{#next}}{{.}}{{/next}}</td></tr>
    {{/gaps}}
    </tbody>
    </table>
    <p class="small muted">{{gapNote}}</p>
    {{/hasGaps}}
    {{^hasGaps}}<p>No dimension is below its target.</p>{{/hasGaps}}
    <h2>Roadmap at a glance</h2>
    <figure class="timeline">{{{timeline}}}<figcaption>Actions · person-days per dimension and phase; the table has each phase's figures.{{#notPlanned}} {{.}}{{/notPlanned}}</figcaption></figure>
    <table>
    <thead><tr><th>Phase</th><th class="num">Actions</th><th class="num">Effort (person-days)</th><th class="num">Capacity (person-days)</th><th class="num">Utilisation</th><th class="num">FTE</th>{{#hasCost}}<th class="num">Cost</th>{{/hasCost}}</tr></thead>
    <tbody>
    {{#phases}}
    <tr><td class="nowrap">{{number}}: {{dates}}</td><td class="num">{{actions}}</td><td class="num">{{effort}}</td><td class="num">{{capacity}}</td><td class="num">{{utilisation}}</td><td class="num">{{fte}}</td>{{#hasCost}}<td class="num">{{#cost}}{{.}}{{/cost}}</td>{{/hasCost}}</tr>
    {{/phases}}
    </tbody>
    </table>
    <p class="small">{{#staffing}}Staffing over the plan (person-days): {{.}}; the roadmap report has it per phase.{{/staffing}}{{#backlog}} {{.}}{{/backlog}}</p>
    <h2>Measures leadership will see move</h2>
    {{#hasMeasures}}
    <table>
    <thead><tr><th>Measure</th><th>Target</th><th>Action</th></tr></thead>
    <tbody>
    {{#measures}}
    <tr><td>{{name}}</td><td class="nowrap">{{target}}</td><td class="small">{{action}}</td></tr>
    {{/measures}}
    </tbody>
    </table>
    {{#hasMoreMeasures}}<p class="small muted">And {{moreMeasures}} more in the roadmap report.</p>{{/hasMoreMeasures}}
    {{/hasMeasures}}
    {{^hasMeasures}}<p class="muted">The scheduled actions define no measures.</p>{{/hasMeasures}}
    {{>page-end.html}}
    """#

    static let executiveMarkdown = #"""
    {{>page-start.md}}

    ## Decision asked for

    {{decision}}

    {{decisionCost}} {{outcome}}

    | Overall level now | Targets reached | Planned effort | Horizon |
    | --- | --- | --- | --- |
    | {{overallLevel}} (score {{overall}}) | {{targetsReached}} | {{totalEffort}} person-days, {{totalFTE}} FTE{{#totalCost}}, {{.}}{{/totalCost}} | {{horizon}} |

    ## Where it stands and where the plan takes it

    {{headline}}

    | Dimension | Now | Target | End of plan |
    | --- | ---: | ---: | --- |
    {{#standing}}
    | {{title}} | {{now}} | {{target}} | {{projected}}, {{outcome}} |
    {{/standing}}

    Now: score (level reached). End of plan: the level the roadmap reaches, and the phase it meets the target in.
    {{#hasShortfalls}}

    Not reached by this plan:

    {{#shortfalls}}
    - {{.}}
    {{/shortfalls}}
    {{/hasShortfalls}}

    {{#hasScenarios}}
    ## What more or less budget buys

    | Option | Person-days a phase | Budget | Targets reached | Important targets not reached |
    | --- | ---: | ---: | ---: | --- |
    {{#scenarios}}
    | {{label}} | {{capacity}} | {{budget}} | {{reached}} | {{missed}} |
    {{/scenarios}}

    The same targets planned with another capacity or horizon. Budget: person-days available. Important: importance 4 or 5.
    {{/hasScenarios}}

    ## The five largest gaps

    {{#hasGaps}}
    | Dimension | Now | Target | Gap (levels) | Importance | What the next level requires |
    | --- | --- | --- | ---: | ---: | --- |
    {{#gaps}}
    | {{title}} | {{now}} | {{target}} | {{gap}} | {{importance}} | {{#next}}{{.}}{{/next}} |
    {{/gaps}}

    {{gapNote}}
    {{/hasGaps}}
    {{^hasGaps}}
    No dimension is below its target.
    {{/hasGaps}}

    ## Roadmap at a glance

    | Phase | Actions | Effort (person-days) | Capacity (person-days) | Utilisation | FTE |{{#hasCost}} Cost |{{/hasCost}}
    | --- | ---: | ---: | ---: | ---: | ---: |{{#hasCost}} ---: |{{/hasCost}}
    {{#phases}}
    | {{number}}: {{dates}} | {{actions}} | {{effort}} | {{capacity}} | {{utilisation}} | {{fte}} |{{#hasCost}} {{#cost}}{{.}}{{/cost}} |{{/hasCost}}
    {{/phases}}
    {{#notPlanned}}

    {{.}}
    {{/notPlanned}}

    {{#staffing}}Staffing over the plan (person-days): {{.}}; the roadmap report has it per phase.{{/staffing}}{{#backlog}} {{.}}{{/backlog}}

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
}
