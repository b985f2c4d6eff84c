/// The desk's pages: Mustache templates in the layout of the team's pages
/// (`{{>staffStart}}` … `{{>staffEnd}}`), every value escaped by `{{ }}`,
/// no inline script or style.
enum DeskTemplates {
    static let all: [String: String] = [
        "deskOrganisation": organisation, "deskAssessmentHead": assessmentHead, "deskScorecard": scorecard,
        "deskAnswers": answers, "deskContext": context, "deskClose": close,
        "deskInvitations": invitations, "deskInvited": invited,
    ]

    static let organisation = #"""
    {{>staffStart}}
    <h1><span class="kind">Organisation</span>{{name}}</h1>
    {{#sector}}<p class="sub">{{.}}</p>{{/sector}}
    <h2>Assessments</h2>
    {{#hasAssessments}}
    <div class="table-scroll"><table>
    <thead><tr><th scope="col">Assessment</th><th scope="col">Date</th><th scope="col">Questionnaire</th><th scope="col">Status</th>{{#seesScores}}<th scope="col" class="num">Overall</th><th scope="col" class="num">Coverage</th><th scope="col" class="num">Respondents</th>{{/seesScores}}<th scope="col" class="num">Invited</th><th scope="col" class="num">Finished</th></tr></thead>
    <tbody>
    {{#assessments}}<tr><th scope="row">{{#linked}}<a href="{{href}}">Assessment {{id}}</a>{{/linked}}{{^linked}}Assessment {{id}}{{/linked}}{{#label}} <span class="sub">({{.}})</span>{{/label}}</th><td>{{date}}</td><td>{{questionnaire}} {{version}}</td><td><span class="badge{{#open}} good{{/open}}">{{status}}</span></td>{{#seesScores}}<td class="num">{{overall}}</td><td class="num">{{coverage}}</td><td class="num">{{respondents}}</td>{{/seesScores}}<td class="num">{{invited}}</td><td class="num">{{finished}}</td></tr>
    {{/assessments}}
    </tbody>
    </table></div>
    {{/hasAssessments}}
    {{^hasAssessments}}<p class="lead">No assessment yet.{{#canStart}} Start the first one below.{{/canStart}}</p>{{/hasAssessments}}
    <h2>Roadmap</h2>
    {{#plan}}<p>A roadmap was accepted on {{acceptedAt}}.{{#linked}} <a href="{{href}}">See the roadmap</a>{{/linked}}</p>{{/plan}}
    {{^plan}}<p>No roadmap accepted yet.</p>{{/plan}}
    {{#hasReports}}<h2>Reports</h2>
    <ul class="desk-links">{{#reports}}<li><a href="{{href}}">{{label}}</a></li>{{/reports}}</ul>{{/hasReports}}
    {{#canStart}}
    <h2>Start an assessment</h2>
    <form method="post" action="/o/{{organisation.slug}}/assessments" class="stack">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label class="field">Questionnaire<select name="questionnaire">{{#questionnaires}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{title}} ({{id}})</option>{{/questionnaires}}</select></label>
    <label class="field">Date (YYYY-MM-DD; empty for today, {{today}})<input type="text" name="date" value="{{typedDate}}" inputmode="numeric" placeholder="{{today}}"></label>
    <label class="field">Label (optional, such as “baseline”)<input type="text" name="label" value="{{typedLabel}}"></label>
    <p><button type="submit">Start the assessment</button></p>
    </form>
    {{/canStart}}
    {{>staffEnd}}
    """#

    /// The heading of an assessment's pages, with a link back to its scorecard.
    static let assessmentHead = #"""
    {{#assessment}}<p class="sub desk-crumb"><a href="{{href}}">Assessment {{id}}</a> · {{date}} · {{questionnaire}} {{version}}{{#label}} · {{.}}{{/label}} · <span class="badge{{#open}} good{{/open}}">{{status}}</span></p>{{/assessment}}
    """#

    static let scorecard = #"""
    {{>staffStart}}
    {{#assessment}}<h1><span class="kind">Assessment {{id}}{{#label}} · {{.}}{{/label}}</span>Scorecard</h1>
    <dl class="facts"><dt>Date</dt><dd>{{date}}</dd><dt>Questionnaire</dt><dd>{{questionnaire}} {{version}}</dd><dt>Status</dt><dd><span class="badge{{#open}} good{{/open}}">{{status}}</span></dd>{{/assessment}}
    <dt>Overall</dt><dd>{{overall}}</dd><dt>Respondents</dt><dd>{{respondents}}</dd>
    {{#context}}<dt>{{text}}</dt><dd>{{label}}</dd>{{/context}}</dl>
    {{#hasLinks}}<ul class="desk-links">{{#links}}<li><a href="{{href}}">{{label}}</a></li>{{/links}}</ul>{{/hasLinks}}
    <div class="table-scroll"><table>
        <thead><tr><th scope="col">Module / dimension</th><th scope="col" class="num">Score</th><th scope="col">Level</th>{{#hasTargets}}<th scope="col" class="num">Target</th>{{/hasTargets}}<th scope="col" class="num">Coverage</th><th scope="col" class="num">Dissent</th></tr></thead>
    {{#modules}}<tbody>
    <tr class="desk-module"><th scope="rowgroup" colspan="2">{{title}}</th><td>{{score}} {{level}}</td>{{#hasTargets}}<td></td>{{/hasTargets}}<td></td><td></td></tr>
    {{#dimensions}}<tr><th scope="row">{{#answersHref}}<a href="{{.}}">{{title}}</a>{{/answersHref}}{{^answersHref}}{{title}}{{/answersHref}}</th><td class="num">{{score}}</td><td>{{level}}</td>{{#hasTargets}}<td class="num">{{target}}</td>{{/hasTargets}}<td class="num">{{coverage}}</td><td class="num">{{#dissent}}<span class="badge warn">{{dissent}}</span>{{/dissent}}{{^dissent}}0{{/dissent}}</td></tr>
    {{/dimensions}}</tbody>
    {{/modules}}
    </table></div>
    {{>staffEnd}}
    """#

    static let answers = #"""
    {{>staffStart}}
    {{>deskAssessmentHead}}
    {{#dimension}}<h1><span class="kind">Answers behind</span>{{title}}</h1>
    <dl class="facts"><dt>Score</dt><dd>{{score}}</dd><dt>Coverage</dt><dd>{{coverage}}</dd></dl>{{/dimension}}
    {{#questions}}<section class="desk-question" aria-labelledby="q-{{id}}">
    <h2 id="q-{{id}}"><span class="tag">{{id}}</span> {{text}}</h2>
    <p class="sub">{{status}} · value {{value}}{{#dissent}} · <span class="badge warn">dissent {{.}}</span>{{/dissent}}</p>
    {{#hasResponses}}<div class="table-scroll"><table>
    <thead><tr><th scope="col">Respondent</th><th scope="col">Role</th><th scope="col">Answer</th><th scope="col">Note</th><th scope="col">Evidence</th></tr></thead>
    <tbody>{{#responses}}<tr><th scope="row">{{name}}</th><td>{{role}}</td><td>{{label}}</td><td>{{note}}</td><td>{{#evidenceHref}}<a href="{{.}}" rel="noopener noreferrer">{{evidence}}</a>{{/evidenceHref}}{{^evidenceHref}}{{evidence}}{{/evidenceHref}}</td></tr>
    {{/responses}}</tbody>
    </table></div>{{/hasResponses}}
    {{^hasResponses}}<p>No answer yet.</p>{{/hasResponses}}
    </section>
    {{/questions}}
    {{>staffEnd}}
    """#

    static let context = #"""
    {{>staffStart}}
    {{>deskAssessmentHead}}
    <h1>Context facts</h1>
    <p class="lead">Facts about the organisation that decide which questions apply. Respondents are not asked the questions a stated fact leaves out.</p>
    {{^hasFacts}}<p>This questionnaire declares no context facts.</p>{{/hasFacts}}
    {{#hasFacts}}{{#assessment.open}}
    <form method="post" action="{{assessment.href}}/context" class="stack">
    <input type="hidden" name="csrf" value="{{csrf}}">
    {{#facts}}<label class="field">{{text}}{{#help}} <span class="sub">{{.}}</span>{{/help}}
    <select name="fact.{{id}}">{{#unstated}}<option value="">(not stated)</option>{{/unstated}}{{#options}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select></label>
    {{/facts}}
    <p><button type="submit">Save the context facts</button></p>
    </form>
    {{/assessment.open}}
    {{^assessment.open}}<dl class="facts">{{#facts}}<dt>{{text}}</dt><dd>{{stated}}</dd>{{/facts}}</dl>
    <p class="sub">The assessment is closed: its context is kept as it was.</p>{{/assessment.open}}{{/hasFacts}}
    {{>staffEnd}}
    """#

    static let close = #"""
    {{>staffStart}}
    {{>deskAssessmentHead}}
    <h1>Close assessment {{assessment.id}}?</h1>
    {{#assessment.open}}
    <p class="lead">A closed assessment takes no more answers: respondents' links show their answers read-only, and nothing of it can be changed. It cannot be opened again; start a new assessment to measure again.</p>
    <form method="post" action="{{assessment.href}}/close" class="actions">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="hidden" name="confirm" value="close">
    <button type="submit" class="danger">Close assessment {{assessment.id}}</button> <a href="{{assessment.href}}">Keep it open</a>
    </form>
    {{/assessment.open}}
    {{^assessment.open}}<p class="lead">This assessment is already closed.</p>{{/assessment.open}}
    {{>staffEnd}}
    """#
}
