/// The progress report's default templates, HTML then Markdown: what needs
/// attention first, then objectives, measures, objectives finished long ago
/// and maturity since the roadmap was planned.
extension DefaultTemplates {
    static let progressHTML = #"""
    {{>page-start.html}}
    <section class="attention">
    <h2>Needs attention</h2>
    <p class="lead">{{attentionSummary}}</p>
    {{#stalePlan}}<p class="stale">{{.}}</p>{{/stalePlan}}
    {{#hasAttention}}
    <table>
    <thead><tr><th>Objective</th><th>Why</th><th>Due</th></tr></thead>
    <tbody>
    {{#attention}}
    <tr><td><b>{{title}}</b></td><td><span class="status {{status}}">{{reasons}}</span></td><td class="nowrap">{{due}}</td></tr>
    {{/attention}}
    </tbody>
    </table>
    {{/hasAttention}}
    </section>
    <h2>Objectives</h2>
    <p>{{#counts}}<span class="status {{status}}">{{count}} {{label}}</span> {{/counts}}</p>
    {{#hasObjectives}}
    <table class="flow">
    <thead><tr><th>Objective</th><th class="num">Phase</th><th>Due</th><th>State</th><th>Status</th></tr></thead>
    <tbody>
    {{#objectives}}
    <tr><td><b>{{title}}</b>{{#.note}}<div class="descriptor">{{.}}</div>{{/.note}}</td><td class="num">{{phase}}</td><td class="nowrap">{{due}}</td><td class="nowrap">{{state}}</td><td><span class="status {{status}}">{{statusLabel}}</span></td></tr>
    {{/objectives}}
    </tbody>
    </table>
    {{/hasObjectives}}
    {{^hasObjectives}}<p class="muted">No objective recorded yet.</p>{{/hasObjectives}}
    <h2>Measures against targets</h2>
    <p class="small muted keep">Each measure shows one figure: how much of the way from its baseline to its target the latest reading has come (0 to 100 %). The forecast is a straight line fitted through three readings or more, read at the due date: on track when it meets the target, at risk when it gets at least 80 % of the way, off track otherwise.</p>
    {{#objectives}}
    {{#hasMeasures}}
    <div class="objective">
    <h3>{{title}} <span class="status {{status}}">{{statusLabel}}</span></h3>
    {{#measures}}
    <div class="measure">
    <figure>{{{chart}}}</figure>
    <div>
    <p class="figure"><span class="big">{{figure}}</span> of the way <span class="status {{status}}">{{statusLabel}}</span></p>
    <p><b>{{name}}</b>. {{sentence}}</p>
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
    {{#hasFinished}}
    <h2>Finished earlier</h2>
    <p class="small muted">{{finishedSummary}}</p>
    <table>
    <thead><tr><th>Objective</th><th>Finished</th><th>Due</th><th>Outcome</th></tr></thead>
    <tbody>
    {{#finished}}
    <tr><td>{{title}}</td><td class="nowrap">{{finished}}</td><td class="nowrap">{{due}}</td><td>{{outcome}}</td></tr>
    {{/finished}}
    </tbody>
    </table>
    {{/hasFinished}}
    <h2>{{maturityHeading}}</h2>
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
    {{>page-end.html}}
    """#

    static let progressMarkdown = #"""
    {{>page-start.md}}

    ## Needs attention

    {{attentionSummary}}
    {{#stalePlan}}

    {{.}}
    {{/stalePlan}}

    {{#hasAttention}}
    | Objective | Why | Due |
    | --- | --- | --- |
    {{#attention}}
    | {{title}} | {{reasons}} | {{due}} |
    {{/attention}}
    {{/hasAttention}}

    ## Objectives

    {{#counts}}{{count}} {{label}}{{^last()}}; {{/last()}}{{/counts}}

    {{#hasObjectives}}
    | Objective | Phase | Due | State | Status | Note |
    | --- | ---: | --- | --- | --- | --- |
    {{#objectives}}
    | {{title}} | {{phase}} | {{due}} | {{state}} | {{statusLabel}} | {{#.note}}{{.}}{{/.note}} |
    {{/objectives}}
    {{/hasObjectives}}
    {{^hasObjectives}}
    No objective recorded yet.
    {{/hasObjectives}}

    ## Measures against targets

    Each measure shows one figure: how much of the way from its baseline to its target the latest reading has come (0 to 100 %). The forecast is a straight line fitted through three readings or more, read at the due date: on track when it meets the target, at risk when it gets at least 80 % of the way, off track otherwise.

    | Objective | Measure | Of the way | Status | What it means |
    | --- | --- | ---: | --- | --- |
    {{#objectives}}
    {{#measures}}
    | {{title}} | {{name}} | {{figure}} | {{statusLabel}} | {{sentence}} |
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
    {{#hasFinished}}

    ## Finished earlier

    {{finishedSummary}}

    | Objective | Finished | Due | Outcome |
    | --- | --- | --- | --- |
    {{#finished}}
    | {{title}} | {{finished}} | {{due}} | {{outcome}} |
    {{/finished}}
    {{/hasFinished}}

    ## {{maturityHeading}}

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

    {{>page-end.md}}
    """#
}
