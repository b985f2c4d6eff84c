/// The board's pages: the objectives by state, one objective with its
/// forms, the progress report and the history. Every value is escaped by
/// `{{ }}` except the report's charts, SVG drawn by the reports' own
/// renderer, which escapes the text it draws.
enum BoardTemplates {
    static let all: [String: String] = [
        "boardObjectives": objectives, "boardObjective": objective, "boardProgress": progress, "boardHistory": history,
    ]

    static let objectives = #"""
    {{>staffStart}}
    <h1>Objectives</h1>
    {{#hasObjectives}}
    <p class="lead">{{summary}}</p>
    {{#groups}}
    <h2>{{heading}} <span class="sub">({{count}})</span></h2>
    <div class="table-scroll">
    <table class="board">
    <thead><tr><th scope="col">Objective</th><th scope="col" class="num">Phase</th><th scope="col">Due</th><th scope="col">Owner</th><th scope="col">Status</th><th scope="col">Measures: latest reading (target)</th></tr></thead>
    <tbody>
    {{#objectives}}
    <tr><th scope="row"><a href="{{href}}">{{title}}</a><br><span class="sub">{{action}}</span></th><td class="num">{{phase}}</td><td class="nowrap">{{due}}</td><td>{{owner}}</td>
    <td><span class="badge {{tone}}">{{status}}</span></td>
    <td>{{#measures}}<div class="measure-line">{{name}}: <b>{{latest}}</b> <span class="sub">({{target}})</span></div>{{/measures}}</td></tr>
    {{/objectives}}
    </tbody>
    </table>
    </div>
    {{/groups}}
    {{/hasObjectives}}
    {{^hasObjectives}}<p class="lead">No objective yet: this organisation has no accepted roadmap. A consultant accepts one from the plan.</p>{{/hasObjectives}}
    {{>staffEnd}}
    """#

    static let objective = #"""
    {{>staffStart}}
    <p><a href="{{backHref}}">← All objectives</a></p>
    <h1><span class="kind">Objective {{id}} · {{action}}</span>{{title}}</h1>
    <p class="status-line"><span class="badge {{tone}}">{{status}}</span> <span class="sub">state: {{state}}</span></p>
    <dl class="facts"><dt>Phase</dt><dd>{{phase}}, {{start}} to {{due}}</dd><dt>Due</dt><dd>{{due}}</dd><dt>Owner</dt><dd>{{owner}}</dd><dt>Dimension</dt><dd>{{dimension}}, level {{level}}</dd><dt>Effort</dt><dd>{{effort}} person-days</dd></dl>
    <h2>Measures</h2>
    {{^measures}}<p>This objective has no measure: its status follows its state and due date.</p>{{/measures}}
    <div class="cards">
    {{#measures}}
    <section class="card" aria-label="{{name}}">
    <h3>{{name}}</h3>
    <p><span class="badge {{tone}}">{{status}}</span></p>
    <p>Latest: <b>{{latest}}</b><br>Target: {{target}} by {{due}}</p>
    {{#hasReadings}}
    <table>
    <thead><tr><th scope="col">Date</th><th scope="col" class="num">Value</th><th scope="col">Source, note</th></tr></thead>
    <tbody>
    {{#readings}}<tr><td class="nowrap">{{date}}</td><td class="num">{{value}}</td><td class="sub">{{#source}}{{.}}{{/source}}{{#note}} {{.}}{{/note}}</td></tr>
    {{/readings}}
    </tbody>
    </table>
    {{/hasReadings}}
    </section>
    {{/measures}}
    </div>
    {{#canRecord}}
    <h2 id="record">Record a reading</h2>
    <form method="post" action="{{href}}/readings" class="stack">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label class="field">Measure<select name="measure" required>{{#measureChoices}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/measureChoices}}</select></label>
    <label class="field">Value (a number)<input type="text" name="value" value="{{typedValue}}" inputmode="decimal" required></label>
    <label class="field">Date of the reading<input type="date" name="date" value="{{typedDate}}" max="{{today}}"></label>
    <label class="field">Source (optional: a report, a dashboard)<input type="text" name="source" value="{{typedSource}}"></label>
    <label class="field">Note (optional)<input type="text" name="note" value="{{typedNote}}"></label>
    <p><button type="submit">Record the reading</button></p>
    </form>
    {{/canRecord}}
    {{#canMove}}
    <h2 id="move">Move the objective</h2>
    <form method="post" action="{{href}}/move" class="stack">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <fieldset class="choices"><legend>New state</legend>
    {{#moves}}<label class="choice"><input type="radio" name="move" value="{{value}}" required{{#checked}} checked{{/checked}}> {{label}}</label>
    {{/moves}}
    </fieldset>
    <label class="field">Note (why, or what happened)<textarea name="note" rows="3">{{typedNote}}</textarea></label>
    <p><button type="submit">Change the state</button></p>
    </form>
    {{/canMove}}
    <h2>History</h2>
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">When</th><th scope="col">State</th><th scope="col">Note</th><th scope="col">By</th></tr></thead>
    <tbody>
    {{#history}}<tr><td class="nowrap">{{at}}</td><td>{{status}}</td><td>{{#note}}{{.}}{{/note}}</td><td>{{by}}</td></tr>
    {{/history}}
    </tbody>
    </table>
    </div>
    {{>staffEnd}}
    """#

    static let progress = #"""
    {{>staffStart}}
    <h1>Progress <span class="sub">as of {{#report}}{{asOf}}{{/report}}</span></h1>
    <form method="get" class="inline-form" aria-label="Report as of a day">
    <label class="field">As of<input type="date" name="as_of" value="{{asOfValue}}"></label>
    <button type="submit" class="secondary">Show</button>
    </form>
    {{#report}}
    <h2>Needs attention</h2>
    <p class="lead">{{attentionSummary}}</p>
    {{#stalePlan}}<p class="notice">{{.}}</p>{{/stalePlan}}
    {{#hasAttention}}
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Objective</th><th scope="col">Why</th><th scope="col">Due</th></tr></thead>
    <tbody>
    {{#attention}}<tr><th scope="row">{{title}}</th><td><span class="badge st-{{status}}">{{reasons}}</span></td><td class="nowrap">{{due}}</td></tr>
    {{/attention}}
    </tbody>
    </table>
    </div>
    {{/hasAttention}}
    <h2>Objectives</h2>
    <p>{{#counts}}<span class="badge st-{{status}}">{{count}} {{label}}</span> {{/counts}}</p>
    {{#hasObjectives}}
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Objective</th><th scope="col" class="num">Phase</th><th scope="col">Due</th><th scope="col">State</th><th scope="col">Status</th></tr></thead>
    <tbody>
    {{#objectives}}<tr><th scope="row">{{title}}{{#.note}}<br><span class="sub">{{.}}</span>{{/.note}}</th><td class="num">{{phase}}</td><td class="nowrap">{{due}}</td><td class="nowrap">{{state}}</td><td><span class="badge st-{{status}}">{{statusLabel}}</span></td></tr>
    {{/objectives}}
    </tbody>
    </table>
    </div>
    {{/hasObjectives}}
    {{^hasObjectives}}<p>No objective recorded yet.</p>{{/hasObjectives}}
    <h2>Measures against targets</h2>
    <p class="sub">Each measure shows how much of the way from its baseline to its target the latest reading has come. The forecast is a straight line through three readings or more, read at the due date: on track when it meets the target, at risk when it gets at least 80 % of the way, off track otherwise.</p>
    {{#objectives}}{{#hasMeasures}}
    <section class="progress-objective" aria-label="{{title}}">
    <h3>{{title}} <span class="badge st-{{status}}">{{statusLabel}}</span></h3>
    {{#measures}}
    <div class="progress-measure">
    <figure>{{{chart}}}</figure>
    <div>
    <p><b>{{figure}}</b> of the way <span class="badge st-{{status}}">{{statusLabel}}</span></p>
    <p><b>{{name}}</b>. {{sentence}}</p>
    </div>
    </div>
    {{/measures}}
    </section>
    {{/hasMeasures}}{{/objectives}}
    {{#hasFinished}}
    <h2>Finished earlier</h2>
    <p class="sub">{{finishedSummary}}</p>
    <table>
    <thead><tr><th scope="col">Objective</th><th scope="col">Finished</th><th scope="col">Due</th><th scope="col">Outcome</th></tr></thead>
    <tbody>
    {{#finished}}<tr><th scope="row">{{title}}</th><td class="nowrap">{{finished}}</td><td class="nowrap">{{due}}</td><td>{{outcome}}</td></tr>
    {{/finished}}
    </tbody>
    </table>
    {{/hasFinished}}
    <h2>{{maturityHeading}}</h2>
    {{#hasMaturity}}
    <p>{{maturitySummary}}</p>
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Dimension</th>{{#snapshots}}<th scope="col" class="num">{{date}}</th>{{/snapshots}}<th scope="col" class="num">Target</th><th scope="col" class="num">Progress</th></tr></thead>
    <tbody>
    {{#dimensions}}<tr><th scope="row">{{title}}</th>{{#scores}}<td class="num">{{value}}</td>{{/scores}}<td class="num">{{target}}</td><td class="num">{{progress}}</td></tr>
    {{/dimensions}}
    <tr><th scope="row">Overall</th>{{#snapshots}}<td class="num">{{overall}}</td>{{/snapshots}}<td></td><td class="num">{{progressToDate}}</td></tr>
    </tbody>
    </table>
    </div>
    {{/hasMaturity}}
    {{^hasMaturity}}<p>No assessment yet.</p>{{/hasMaturity}}
    {{/report}}
    {{>staffEnd}}
    """#

    static let history = #"""
    {{>staffStart}}
    <h1>History</h1>
    <p class="lead">Every change to this organisation, newest first: changes from the web name the account (account:NAME), changes from the command line the operating-system user (cli:USER).</p>
    {{#hasEntries}}
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Change</th><th scope="col">Note</th></tr></thead>
    <tbody>
    {{#entries}}<tr><td class="nowrap">{{at}}</td><td>{{actor}}</td><td>{{action}}</td><td>{{subject}}</td><td>{{#note}}{{.}}{{/note}}</td></tr>
    {{/entries}}
    </tbody>
    </table>
    </div>
    {{/hasEntries}}
    {{^hasEntries}}<p>No change recorded yet.</p>{{/hasEntries}}
    {{>staffEnd}}
    """#
}
