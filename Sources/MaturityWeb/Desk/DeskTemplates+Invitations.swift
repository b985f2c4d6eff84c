extension DeskTemplates {
    static let invitations = #"""
    {{>staffStart}}
    {{>deskAssessmentHead}}
    <h1>Invitations</h1>
    <h2>Response rate by role</h2>
    <div class="table-scroll"><table>
    <thead><tr><th scope="col">Role</th><th scope="col" class="num">Invited</th><th scope="col" class="num">Started</th><th scope="col" class="num">Finished</th><th scope="col" class="num">Response rate</th></tr></thead>
    <tbody>{{#rates}}<tr><th scope="row">{{title}}</th><td class="num">{{invited}}</td><td class="num">{{started}}</td><td class="num">{{finished}}</td><td class="num">{{rate}}</td></tr>
    {{/rates}}</tbody>
    </table></div>
    <p class="sub">Finished: every question put to the person is answered. The response rate is finished ÷ invited; revoked links are not counted.</p>
    <h2>Who is invited</h2>
    {{#hasInvitations}}<div class="table-scroll"><table>
    <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">State</th><th scope="col" class="num">Answered</th><th scope="col">Last answer (UTC)</th><th scope="col">Link ends</th>{{#canInvite}}<th scope="col">Revoke</th>{{/canInvite}}</tr></thead>
    <tbody>{{#invitations}}<tr><th scope="row">{{name}}{{#email}} <span class="sub">{{.}}</span>{{/email}}</th><td>{{role}}</td><td><span class="badge {{badge}}">{{state}}</span></td><td class="num">{{progress}}</td><td>{{lastActivity}}</td><td>{{#expiresOn}}{{.}}{{/expiresOn}}{{^expiresOn}}when revoked{{/expiresOn}}</td>{{#canInvite}}<td>{{#canRevoke}}<form method="post" action="{{revokeHref}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="secondary">Revoke {{name}}’s link</button></form>{{/canRevoke}}</td>{{/canInvite}}</tr>
    {{/invitations}}</tbody>
    </table></div>{{/hasInvitations}}
    {{^hasInvitations}}<p>No one is invited yet.</p>{{/hasInvitations}}
    {{#canInvite}}
    <h2>Invite respondents</h2>
    <p>Each person gets a private link, shown once on the next page: send each their own. The workspace keeps only a fingerprint of it.</p>
    <form method="post" action="{{assessment.href}}/invitations" class="stack">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label class="field">Name<input type="text" name="name" value="{{typedName}}"></label>
    <label class="field">Role<select name="role">{{#roles}}<option value="{{id}}"{{#selected}} selected{{/selected}}>{{title}} ({{id}})</option>{{/roles}}</select></label>
    <label class="field">Email (optional)<input type="email" name="email" value="{{typedEmail}}"></label>
    <label class="field">Several people at once (optional): one a line, as “Jane Doe, engineer, jane@example.org”<textarea name="list" rows="4">{{typedList}}</textarea></label>
    <label class="field">Last day of the links (YYYY-MM-DD; empty: until revoked)<input type="text" name="expires" value="{{typedExpires}}" inputmode="numeric"></label>
    <p><button type="submit">Make the links</button></p>
    </form>
    {{/canInvite}}
    {{^assessment.open}}<p class="sub">The assessment is closed: no new invitations.</p>{{/assessment.open}}
    {{>staffEnd}}
    """#

    static let invited = #"""
    {{>staffStart}}
    <h1>{{#many}}Links made{{/many}}{{^many}}Link made{{/many}}</h1>
    <p class="lead">Copy each link now and send it to its person privately: it is shown only this once. Anyone with a link can answer as that person.</p>
    {{#issued}}<label class="field">{{name}} ({{role}}){{#expiresOn}}, until {{.}}{{/expiresOn}}<input type="text" value="{{link}}" readonly></label>
    {{/issued}}
    <p><a href="{{invitationsHref}}">Back to the invitations</a></p>
    {{>staffEnd}}
    """#
}
