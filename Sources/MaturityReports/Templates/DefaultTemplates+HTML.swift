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
    <h3>{{#gapsByTarget}}Largest gaps to target{{/gapsByTarget}}{{^gapsByTarget}}Lowest scores{{/gapsByTarget}}</h3>
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
    <tr><td><code>{{question}}</code> {{text}}</td><td>{{dimension}}</td><td class="num">{{spread}}</td><td>{{answers}}</td></tr>
    {{/dissent}}
    </tbody>
    </table>
    {{/hasDissent}}
    {{^hasDissent}}<p class="muted">No question shows dissent of 0.5 or more.</p>{{/hasDissent}}
    <h2>Respondents</h2>
    <table>
    <thead><tr><th>Respondent</th><th>Role</th><th class="num">Answers</th></tr></thead>
    <tbody>
    {{#respondents}}
    <tr><td>{{name}}</td><td>{{role}}</td><td class="num">{{answered}}</td></tr>
    {{/respondents}}
    </tbody>
    </table>
    {{#hasWarnings}}
    <p class="small"><b>Answers left out:</b></p>
    <ul class="plain small">{{#warnings}}<li>{{.}}</li>{{/warnings}}</ul>
    {{/hasWarnings}}
    <section class="appendix break">
    <h2>Appendix: every answer</h2>
    <p class="muted keep">Each question with its status, its value (the role-weighted mean of the counted answers) and every respondent's answer, note, evidence and N/A justification. Only http, https and mailto evidence is linked.</p>
    {{#appendix}}
    <h3>{{title}} <span class="muted">({{score}})</span></h3>
    <table>
    <thead><tr><th style="width:34%">Question</th><th>Status</th><th class="num">Value</th><th style="width:46%">Answers</th></tr></thead>
    <tbody>
    {{#questions}}
    <tr><td><code>{{id}}</code> {{text}}</td><td>{{status}}{{#dissent}} · <b>dissent</b>{{/dissent}}</td><td class="num">{{value}}</td><td>{{#responses}}<div class="response"><b>{{respondent}}</b> ({{role}}): {{answer}} = {{value}}{{#.note}}. <i>Note:</i> {{.}}{{/.note}}{{#.evidence}}. <i>Evidence:</i> {{#evidenceURL}}<a href="{{evidenceURL}}">{{evidence}}</a>{{/evidenceURL}}{{^evidenceURL}}{{evidence}}{{/evidenceURL}}{{/.evidence}}{{#.justification}}. <i>N/A because:</i> {{.}}{{/.justification}}</div>{{/responses}}{{^hasResponses}}<span class="muted">no answer</span>{{/hasResponses}}</td></tr>
    {{/questions}}
    </tbody>
    </table>
    {{/appendix}}
    </section>
    {{>page-end.html}}
    """#

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
    <p class="keep">{{effort}} of {{capacity}} person-days ({{utilisation}}). Staffing: {{staffingText}}.</p>
    {{#empty}}<p class="muted">Nothing scheduled.</p>{{/empty}}
    {{^empty}}
    <table>
    <thead><tr><th style="width:36%">Objective</th><th>Dimension</th><th class="num">Level</th><th class="num">Effort</th><th>Roles</th><th style="width:24%">Why here</th></tr></thead>
    <tbody>
    {{#actions}}
    <tr><td><b>{{title}}</b> <code>{{id}}</code>{{#requires}}<div class="descriptor"><b>After:</b> {{.}}</div>{{/requires}}{{#hasMeasures}}<div class="descriptor"><b>Measures:</b> {{#measures}}{{name}}: {{target}}. {{/measures}}</div>{{/hasMeasures}}</td><td>{{dimension}}</td><td class="num">{{level}}</td><td class="num">{{effort}}</td><td>{{roles}}</td><td class="small">{{reason}}</td></tr>
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
    <tr><td>{{title}} <code>{{id}}</code></td><td>{{dimension}}</td><td class="num">{{level}}</td><td class="num">{{effort}}</td><td class="small">{{reason}}</td></tr>
    {{/backlog}}
    </tbody>
    </table>
    {{/hasBacklog}}
    {{^hasBacklog}}<p class="muted">Empty: every needed action is scheduled.</p>{{/hasBacklog}}
    {{>page-end.html}}
    """#

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

    static let portfolioHTML = #"""
    {{>page-start.html}}
    <h2>Organisations</h2>
    <table>
    <thead><tr><th>Organisation</th><th>Group</th><th>Latest assessment</th><th class="num">Assessments</th><th class="num">Overall</th></tr></thead>
    <tbody>
    {{#organisations}}
    <tr><td>{{name}}</td><td>{{group}}</td><td>{{date}}</td><td class="num">{{assessments}}</td><td class="num">{{overall}}</td></tr>
    {{/organisations}}
    {{#groups}}
    <tr><th>Average: {{name}} ({{count}})</th><th></th><th></th><th></th><th class="num">{{overall}}</th></tr>
    {{/groups}}
    </tbody>
    </table>
    <h2>Scores by dimension</h2>
    <figure>{{{heatmap}}}<figcaption>{{#chartNote}}{{.}} {{/chartNote}}Latest score per dimension; Ø marks a group average. The table below has the same data.</figcaption></figure>
    <table>
    <thead><tr><th class="wide">Dimension</th>{{#organisations}}<th class="num">{{name}}</th>{{/organisations}}{{#groups}}<th class="num">Ø {{name}}</th>{{/groups}}</tr></thead>
    <tbody>
    {{#rows}}
    <tr><td>{{title}}</td>{{#scores}}<td class="num">{{value}}</td>{{/scores}}{{#averages}}<td class="num">{{value}}</td>{{/averages}}</tr>
    {{/rows}}
    <tr><th>Overall</th>{{#overallScores}}<th class="num">{{value}}</th>{{/overallScores}}{{#overallAverages}}<th class="num">{{value}}</th>{{/overallAverages}}</tr>
    </tbody>
    </table>
    {{>page-end.html}}
    """#
}
