/// The plan page and the profile editor. The plan's figures come worded
/// from MaturityReports (`PlanPage`, the working plan's values), so the web
/// shows the same numbers as `ospo plan`.
enum PlanTemplates {
    static let all: [String: String] = [
        "planPage": planPage, "profileEditor": profileEditor, "planBody": planBody, "planHeadline": planHeadline,
    ]

    static let planPage = #"""
    {{>staffStart}}
    <h1><span class="kind">Plan</span>{{organisation.name}}</h1>
    {{#noAssessment}}<p class="lead">There is no assessment yet, so there is nothing to plan from. Start an assessment first.</p>{{/noAssessment}}
    {{#overview}}
    <p class="lead">Planned from assessment {{assessment}} with {{profileSource}}.</p>
    <p class="plan-actions">{{#canEdit}}<a class="button" href="/o/{{organisation.slug}}/profile">{{#hasDraft}}Continue editing the profile{{/hasDraft}}{{^hasDraft}}Edit the profile{{/hasDraft}}</a>{{/canEdit}}
    {{#hasDraft}}<span class="badge warn">an edited profile is waiting</span>{{/hasDraft}}</p>
    {{#canAccept}}{{#hasDraft}}
    <form method="post" action="/o/{{organisation.slug}}/plan/accept" class="inline-form">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit">Accept the edited profile's plan as the roadmap</button>
    </form>
    {{/hasDraft}}{{/canAccept}}
    {{#headline}}{{>planHeadline}}{{/headline}}
    {{#view}}{{>planBody}}{{/view}}
    {{/overview}}
    {{>staffEnd}}
    """#

    /// One plan's headline figures, as a definition list.
    static let planHeadline = #"""
    <dl class="facts"><dt>Targets reached</dt><dd>{{targetsReached}}</dd><dt>Effort</dt><dd>{{effort}}</dd><dt>Cost</dt><dd>{{cost}}</dd><dt>Last phase ends</dt><dd>{{end}}</dd><dt>Value</dt><dd>{{value}}</dd></dl>
    """#

    /// A plan: horizon, phases with their objectives, targets, covered
    /// actions, backlog and scenarios (`PlanMarkdownView`'s values).
    static let planBody = #"""
    <p>{{horizon}}. {{summary}}</p>
    <p class="sub">{{value}}</p>
    {{#hasWarnings}}<ul class="plan-warnings">{{#warnings}}<li>{{.}}</li>{{/warnings}}</ul>{{/hasWarnings}}
    {{#phases}}
    <section class="plan-phase">
    <h3>Phase {{number}}: {{start}} to {{end}}</h3>
    <p class="sub">{{effort}} of {{capacity}} person-days; {{cost}}</p>
    {{#empty}}<p>Nothing new starts in this phase.</p>{{/empty}}
    {{^empty}}
    <div class="table-scroll"><table>
    <thead><tr><th scope="col">Objective</th><th scope="col">Dimension</th><th scope="col" class="num">Level</th><th scope="col" class="num">Person-days</th><th scope="col">Roles</th></tr></thead>
    <tbody>
    {{#actions}}<tr><th scope="row">{{title}} <span class="sub">({{id}})</span>{{#hasSpan}}<br><span class="sub">{{span}}</span>{{/hasSpan}}</th><td>{{dimension}}</td><td class="num">{{level}}</td><td class="num">{{actionEffort}}</td><td>{{roles}}</td></tr>
    {{/actions}}
    </tbody></table></div>
    {{/empty}}
    {{#hasContinuing}}<p class="sub">Continuing: {{#continuing}}{{title}} ({{text}}) {{/continuing}}</p>{{/hasContinuing}}
    </section>
    {{/phases}}
    <h3>Targets</h3>
    <div class="table-scroll"><table>
    <thead><tr><th scope="col">Dimension</th><th scope="col" class="num">Importance</th><th scope="col" class="num">Now</th><th scope="col" class="num">Target</th><th scope="col">Outcome</th></tr></thead>
    <tbody>
    {{#targets}}<tr><th scope="row">{{id}}</th><td class="num">{{importance}}</td><td class="num">{{now}}</td><td class="num">{{target}}</td><td>{{outcome}}</td></tr>
    {{/targets}}
    </tbody></table></div>
    {{#hasCovered}}<h3>Covered another way (counted as done)</h3>
    <ul>{{#covered}}<li>{{title}} ({{id}}): {{by}}</li>{{/covered}}</ul>{{/hasCovered}}
    {{#hasBacklog}}<h3>Backlog</h3>
    <ul>{{#backlog}}<li>{{title}} ({{id}}, {{effort}} person-days): {{reason}}</li>{{/backlog}}</ul>{{/hasBacklog}}
    {{#hasScenarios}}<h3>What more or less budget buys</h3>
    <div class="table-scroll"><table>
    <thead><tr><th scope="col">Scenario</th><th scope="col" class="num">Phases</th><th scope="col" class="num">Capacity</th><th scope="col" class="num">Targets reached</th><th scope="col" class="num">Value</th><th scope="col">Key targets</th></tr></thead>
    <tbody>
    {{#scenarios}}<tr><th scope="row">{{label}}</th><td class="num">{{phaseCount}}</td><td class="num">{{scenarioCapacity}}</td><td class="num">{{targetsReached}} of {{targetsPlanned}}</td><td class="num">{{scenarioValue}} of {{possibleValue}}</td><td>{{keyTargets}}</td></tr>
    {{/scenarios}}
    </tbody></table></div>{{/hasScenarios}}
    """#

    static let profileEditor = #"""
    {{>staffStart}}
    <h1><span class="kind">Profile</span>{{organisation.name}}</h1>
    {{#noAssessment}}<p class="lead">There is no assessment yet, so there is nothing to plan from. Start an assessment first.</p>{{/noAssessment}}
    {{#editor}}
    <p class="lead">Change the targets and the means, save, and compare the plan they give with the current one before accepting it. What you save is kept until it is accepted or discarded.</p>
    {{#draftNote}}<p class="sub">Edited profile {{.}}.</p>{{/draftNote}}
    {{#hasDraft}}
    <h2>The edited profile's plan, next to the current one</h2>
    {{#proposedHeadline}}
    <div class="table-scroll"><table>
    <thead><tr><th scope="col">Figure</th><th scope="col">Current plan</th><th scope="col">Edited profile</th></tr></thead>
    <tbody>
    {{#comparison}}<tr><th scope="row">{{label}}</th><td>{{current}}</td><td>{{proposed}}{{#changed}} <span class="badge warn">changed</span>{{/changed}}</td></tr>
    {{/comparison}}
    </tbody></table></div>
    {{#canAccept}}
    <form method="post" action="/o/{{organisation.slug}}/plan/accept" class="inline-form">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit">Accept this plan as the roadmap</button>
    </form>
    {{/canAccept}}
    {{/proposedHeadline}}
    <form method="post" action="/o/{{organisation.slug}}/profile/discard" class="inline-form">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <button type="submit" class="secondary">Discard the edited profile</button>
    </form>
    {{/hasDraft}}
    <h2>Profile</h2>
    <form method="post" action="/o/{{organisation.slug}}/profile" class="profile-form">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <fieldset class="choices"><legend>Horizon and means</legend>
    <div class="inline-form">
    <label class="field">Start date<input type="text" name="start" value="{{start}}" inputmode="numeric" placeholder="YYYY-MM-DD"></label>
    <label class="field">Phases<input type="text" name="phases" value="{{phases}}" inputmode="numeric"></label>
    <label class="field">Months per phase<input type="text" name="phase_months" value="{{phase_months}}" inputmode="numeric"></label>
    <label class="field">Capacity (person-days per phase)<input type="text" name="capacity" value="{{capacity}}" inputmode="decimal"></label>
    <label class="field">Largest share of a phase for one action (0–1, empty for 1)<input type="text" name="max_share" value="{{max_share}}" inputmode="decimal"></label>
    <label class="field">Day rate (cost of a person-day)<input type="text" name="day_rate" value="{{day_rate}}" inputmode="decimal"></label>
    <label class="field">Currency<input type="text" name="currency" value="{{currency}}" placeholder="EUR"></label>
    </div></fieldset>
    <fieldset class="choices"><legend>Targets</legend>
    <label class="field">Default target level (for assessed dimensions left empty below)<input type="text" name="default_target" value="{{default_target}}" inputmode="numeric"></label>
    <div class="table-scroll"><table>
    <thead><tr><th scope="col">Dimension</th><th scope="col">Target level (empty: default)</th><th scope="col">Importance (1–5)</th></tr></thead>
    <tbody>
    {{#dimensions}}<tr><th scope="row" id="dim-{{id}}">{{title}} <span class="sub">({{id}})</span></th>
    <td><input type="text" name="target.{{id}}" value="{{target}}" inputmode="numeric" aria-label="Target level of {{title}}"></td>
    <td><input type="text" name="importance.{{id}}" value="{{importance}}" inputmode="numeric" aria-label="Importance of {{title}}"></td></tr>
    {{/dimensions}}
    </tbody></table></div></fieldset>
    <fieldset class="choices"><legend>Actions</legend>
    <label class="field">Done (one action id a line)<textarea name="done" rows="3">{{done}}</textarea></label>
    <label class="field">Covered another way (ACTION: how it is covered, one a line)<textarea name="covered" rows="3">{{covered}}</textarea></label>
    <label class="field">Excluded (ACTION: why, one a line)<textarea name="exclude" rows="3">{{exclude}}</textarea></label>
    <label class="field">Pinned to a phase (ACTION: PHASE, one a line)<textarea name="pins" rows="3">{{pins}}</textarea></label>
    </fieldset>
    <p><button type="submit">Save and show the plan</button></p>
    </form>
    <h2>The current plan</h2>
    {{#currentHeadline}}{{>planHeadline}}{{/currentHeadline}}
    {{#currentView}}{{>planBody}}{{/currentView}}
    {{#proposedView}}<h2>The edited profile's plan in full</h2>{{>planBody}}{{/proposedView}}
    {{/editor}}
    {{>staffEnd}}
    """#
}
