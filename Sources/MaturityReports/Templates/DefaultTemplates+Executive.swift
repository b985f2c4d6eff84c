/// The executive report's default templates, HTML then Markdown.
extension DefaultTemplates {
    static let executiveHTML = #"""
    {{>page-start.html}}
    <p class="lead">{{headline}} {{aim}}</p>
    <div class="kpis">
    <div class="kpi"><div class="label">Overall level</div><div class="value">{{overallLevel}}</div><div class="sub">score {{overall}}</div></div>
    <div class="kpi"><div class="label">Average target</div><div class="value">{{targetAverage}}</div><div class="sub">level, over targeted dimensions</div></div>
    <div class="kpi"><div class="label">Planned effort</div><div class="value">{{totalEffort}}</div><div class="sub">person-days</div></div>
    <div class="kpi"><div class="label">Horizon</div><div class="value">{{phaseCount}}</div><div class="sub">{{horizon}}</div></div>
    </div>
    <h2>Where it stands, where it aims</h2>
    <div class="two">
    <figure>{{{radar}}}<figcaption>Current score (filled) and target level (dashed) per dimension; same data in the table.</figcaption></figure>
    <table>
    <thead><tr><th>Dimension</th><th class="num">Now</th><th class="num">Target</th><th class="num" title="target − current level">Gap (levels)</th></tr></thead>
    <tbody>
    {{#standing}}
    <tr><td>{{title}}</td><td class="num">{{now}}</td><td class="num">{{target}}</td><td class="num">{{gap}}</td></tr>
    {{/standing}}
    </tbody>
    </table>
    </div>
    <h2>The five largest gaps</h2>
    {{#hasGaps}}
    <table>
    <thead><tr><th>Dimension</th><th>Now</th><th>Target</th><th class="num">Importance</th><th>What the next level requires</th></tr></thead>
    <tbody>
    {{#gaps}}
    <tr><td><b>{{title}}</b></td><td class="nowrap">{{now}}</td><td class="nowrap">{{target}}</td><td class="num">{{importance}}</td><td class="small">{{#next}}{{.}}{{/next}}</td></tr>
    {{/gaps}}
    </tbody>
    </table>
    {{/hasGaps}}
    {{^hasGaps}}<p>No dimension is below its target.</p>{{/hasGaps}}
    <h2 class="break">Roadmap at a glance</h2>
    <figure class="timeline">{{{timeline}}}<figcaption>Work per dimension and phase (number of actions · person-days) and each phase's effort against its capacity; the table below has the same data.</figcaption></figure>
    <h2>Effort and staffing per phase</h2>
    <table>
    <thead><tr><th>Phase</th><th class="num">Actions</th><th class="num">Effort</th><th class="num">Capacity</th><th>Main actions</th><th>Staffing (person-days)</th></tr></thead>
    <tbody>
    {{#phases}}
    <tr><td>{{number}}: {{dates}}</td><td class="num">{{actions}}</td><td class="num">{{effort}}</td><td class="num">{{capacity}} ({{utilisation}})</td><td class="small">{{highlights}}</td><td class="small">{{staffing}}</td></tr>
    {{/phases}}
    </tbody>
    </table>
    <p class="small">{{summary}}{{#staffing}} Over the plan: {{.}}.{{/staffing}}{{#backlog}} {{.}}{{/backlog}}</p>
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
}
