/// The progress report's default templates, HTML then Markdown.
extension DefaultTemplates {
    static let progressHTML = #"""
    {{>page-start.html}}
    <h2>Objectives</h2>
    <p>{{#counts}}<span class="status {{status}}">{{count}} {{label}}</span> {{/counts}}</p>
    {{#hasObjectives}}
    <table>
    <thead><tr><th>Objective</th><th class="num">Phase</th><th>Due</th><th>State</th><th>Status</th></tr></thead>
    <tbody>
    {{#objectives}}
    <tr><td><b>{{title}}</b> <code>{{id}}</code>{{#note}}<div class="descriptor">{{.}}</div>{{/note}}</td><td class="num">{{phase}}</td><td class="nowrap">{{due}}</td><td class="nowrap">{{state}}</td><td><span class="status {{status}}">{{statusLabel}}</span></td></tr>
    {{/objectives}}
    </tbody>
    </table>
    {{/hasObjectives}}
    {{^hasObjectives}}<p class="muted">No objective recorded yet.</p>{{/hasObjectives}}
    <h2>Maturity over assessments</h2>
    {{#hasMaturity}}
    <p class="keep">{{maturitySummary}}</p>
    <figure>{{{historyChart}}}<figcaption>Score per dimension at every assessment (oldest lightest) and the target level; same data in the table.</figcaption></figure>
    <table>
    <thead><tr><th>Dimension</th>{{#snapshots}}<th class="num">{{date}}</th>{{/snapshots}}<th class="num">Target</th><th class="num">Progress</th></tr></thead>
    <tbody>
    {{#dimensions}}
    <tr><td>{{title}}</td>{{#scores}}<td class="num">{{value}}</td>{{/scores}}<td class="num">{{target}}</td><td class="num">{{progress}}</td></tr>
    {{/dimensions}}
    <tr><th>Overall</th>{{#snapshots}}<th class="num">{{overall}}</th>{{/snapshots}}<th></th><th class="num">{{progressToDate}}</th></tr>
    <tr><th>Percentage to target</th>{{#snapshots}}<th class="num">{{percentage}}</th>{{/snapshots}}<th></th><th></th></tr>
    </tbody>
    </table>
    {{/hasMaturity}}
    {{^hasMaturity}}<p class="muted">No assessment yet.</p>{{/hasMaturity}}
    <h2>Measures against targets</h2>
    <p class="small muted keep">Progress is (latest − baseline) ÷ (target − baseline), from 0 to 100 %. The forecast is a straight line fitted through the readings, read at the due date: on track when it meets the target, at risk when it gets at least 80 % of the way, off track otherwise; no data with fewer than two readings.</p>
    {{#objectives}}
    {{#hasMeasures}}
    <div class="objective">
    <h3>{{title}} <span class="status {{status}}">{{statusLabel}}</span></h3>
    {{#measures}}
    <div class="measure">
    <figure>{{{chart}}}</figure>
    <div>
    <table>
    <tbody>
    <tr><th>Measure</th><td>{{name}}</td></tr>
    <tr><th>Status</th><td><span class="status {{status}}">{{statusLabel}}</span></td></tr>
    <tr><th>Baseline</th><td>{{baseline}}</td></tr>
    <tr><th>Latest</th><td>{{latest}}</td></tr>
    <tr><th>Target</th><td>{{target}} by {{due}}</td></tr>
    <tr><th>Forecast</th><td>{{forecast}}</td></tr>
    <tr><th>Progress</th><td>{{progress}}</td></tr>
    </tbody>
    </table>
    {{#hasReadings}}
    <table>
    <thead><tr><th>Date</th><th class="num">Value</th><th>Source</th>{{#hasNotes}}<th>Note</th>{{/hasNotes}}</tr></thead>
    <tbody>
    {{#readings}}
    <tr><td class="nowrap">{{date}}</td><td class="num">{{value}}</td><td class="small">{{#.source}}{{.}}{{/.source}}</td>{{#hasNotes}}<td class="small">{{#.note}}{{.}}{{/.note}}</td>{{/hasNotes}}</tr>
    {{/readings}}
    </tbody>
    </table>
    {{/hasReadings}}
    </div>
    </div>
    {{/measures}}
    </div>
    {{/hasMeasures}}
    {{/objectives}}
    {{>page-end.html}}
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
}
