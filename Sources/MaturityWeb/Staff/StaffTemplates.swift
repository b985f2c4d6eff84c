/// The layout of the team's pages and the pages of accounts: Mustache
/// templates in the reports' style, every value escaped by `{{ }}`, no
/// inline script or style (the Content-Security-Policy forbids them).
///
/// A page template starts with `{{>staffStart}}` and ends with
/// `{{>staffEnd}}`; pages shown before login use `{{>plainStart}}` and
/// `{{>plainEnd}}`.
enum StaffTemplates {
    static let all: [String: String] = [
        "staffStart": staffStart, "staffEnd": staffEnd, "plainStart": plainStart, "plainEnd": plainEnd,
        "staffMessage": staffMessage, "login": login, "setup": setup, "accountPage": accountPage,
        "home": home, "accounts": accounts, "accountAdded": accountAdded,
    ]

    static let head = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>{{title}} · ospo</title>
    <link rel="stylesheet" href="/static/respond.css">
    <link rel="stylesheet" href="/static/workspace.css">
    </head>
    <body>

    """#

    static let staffStart = head + #"""
    <a class="skip" href="#content">Skip to the page</a>
    <header class="topbar">
    <a class="brand" href="/">ospo workspace</a>
    <nav aria-label="Workspace"><a href="/">Organisations</a>{{#canPortfolio}} <a href="/portfolio">Portfolio</a>{{/canPortfolio}}{{#canUsers}} <a href="/accounts">Accounts</a>{{/canUsers}} <a href="/account">{{account}} <span class="sub">({{role}})</span></a>
    <form method="post" action="/logout" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit" class="link">Log out</button></form></nav>
    </header>
    <main class="wide" id="content">
    {{#organisation}}<nav class="org-nav" aria-label="{{name}}"><span class="org-name">{{name}}</span>{{#organisationLinks}} <a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/organisationLinks}}</nav>{{/organisation}}
    {{#notice}}<p class="notice" role="status">{{.}}</p>{{/notice}}
    {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}

    """#

    static let staffEnd = #"""
    <footer class="page-foot"><span>Changes you make here are recorded under your account.</span><span>Made with ospo</span></footer>
    </main>
    </body>
    </html>

    """#

    static let plainStart = head + #"""
    <header class="topbar"><span class="brand">ospo workspace</span></header>
    <main id="content">
    {{#notice}}<p class="notice" role="status">{{.}}</p>{{/notice}}
    {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}

    """#

    static let plainEnd = #"""
    <footer class="page-foot"><span>ospo workspace</span><span>Made with ospo</span></footer>
    </main>
    </body>
    </html>

    """#

    static let staffMessage = #"""
    {{>plainStart}}
    <h1>{{title}}</h1>
    <p class="lead">{{text}}</p>
    <p><a href="/">Go to the workspace</a></p>
    {{>plainEnd}}
    """#

    static let login = #"""
    {{>plainStart}}
    <h1>Log in</h1>
    <form method="post" action="/login" class="stack">
    <input type="hidden" name="csrf" value="{{loginCSRF}}">
    <input type="hidden" name="next" value="{{next}}">
    <label class="field">Name<input type="text" name="name" value="{{name}}" autocomplete="username" autocapitalize="none" spellcheck="false" required></label>
    <label class="field">Password<input type="password" name="password" autocomplete="current-password" required></label>
    <p><button type="submit">Log in</button></p>
    </form>
    <p class="sub">No account yet? An administrator of this workspace adds you and sends you a link to choose your password.</p>
    {{>plainEnd}}
    """#

    static let setup = #"""
    {{>plainStart}}
    <h1>Choose your password</h1>
    <p class="lead">Welcome, {{name}}. Choose the password for your account; this link then stops working.</p>
    <form method="post" action="/setup/{{token}}" class="stack">
    <input type="hidden" name="csrf" value="{{loginCSRF}}">
    <label class="field">Password<input type="password" name="password" autocomplete="new-password" minlength="12" required aria-describedby="rules"></label>
    <label class="field">The same password again<input type="password" name="repeat" autocomplete="new-password" minlength="12" required></label>
    <p class="sub" id="rules">At least 12 characters, not containing your name. A few unrelated words make a good one.</p>
    <p><button type="submit">Set the password</button></p>
    </form>
    {{>plainEnd}}
    """#

    static let accountPage = #"""
    {{>staffStart}}
    <h1><span class="kind">Your account</span>{{account}}</h1>
    <dl class="facts"><dt>Role</dt><dd>{{role}}</dd><dt>Organisations</dt><dd>{{reach}}</dd></dl>
    <h2>Change your password</h2>
    <p>Changing it logs you out everywhere else.</p>
    <form method="post" action="/account/password" class="stack">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <input type="text" name="username" value="{{account}}" autocomplete="username" hidden>
    <label class="field">Current password<input type="password" name="current" autocomplete="current-password" required></label>
    <label class="field">New password<input type="password" name="new" autocomplete="new-password" minlength="12" required></label>
    <label class="field">The new password again<input type="password" name="repeat" autocomplete="new-password" minlength="12" required></label>
    <p><button type="submit">Change the password</button></p>
    </form>
    {{>staffEnd}}
    """#

    static let home = #"""
    {{>staffStart}}
    <h1>Organisations</h1>
    {{#hasOrganisations}}
    <table>
    <thead><tr><th scope="col">Organisation</th><th scope="col">Sector</th><th scope="col" class="num">Assessments</th></tr></thead>
    <tbody>
    {{#organisations}}<tr><td><a href="/o/{{slug}}">{{name}}</a></td><td>{{sector}}</td><td class="num">{{assessments}}</td></tr>
    {{/organisations}}
    </tbody>
    </table>
    {{/hasOrganisations}}
    {{^hasOrganisations}}<p class="lead">{{#canAdd}}No organisation yet: add the first one below.{{/canAdd}}{{^canAdd}}Your account does not reach any organisation yet. Ask an administrator of this workspace.{{/canAdd}}</p>{{/hasOrganisations}}
    {{#canAdd}}
    <h2>Add an organisation</h2>
    <form method="post" action="/organisations" class="stack">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label class="field">Name<input type="text" name="name" value="{{typedName}}" required></label>
    <label class="field">Sector (optional)<input type="text" name="sector" value="{{typedSector}}"></label>
    <p><button type="submit">Add the organisation</button></p>
    </form>
    {{/canAdd}}
    {{>staffEnd}}
    """#

    static let accounts = #"""
    {{>staffStart}}
    <h1>Accounts</h1>
    <table>
    <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">State</th><th scope="col">Organisations</th><th scope="col">Disable</th></tr></thead>
    <tbody>
    {{#accounts}}<tr><td>{{name}}</td><td>{{role}}</td><td>{{state}}</td><td>{{reach}}</td><td>{{#canDisable}}<form method="post" action="/accounts/{{name}}/disable" class="inline-form">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label class="field">Your password<input type="password" name="password_again" autocomplete="current-password" required></label>
    <button type="submit" class="secondary">Disable {{name}}</button></form>{{/canDisable}}</td></tr>
    {{/accounts}}
    </tbody>
    </table>
    <h2>Add an account</h2>
    <p>The new account gets a one-time link to choose a password: send it to the person privately. It works once, for 72 hours.</p>
    <form method="post" action="/accounts" class="stack">
    <input type="hidden" name="csrf" value="{{csrf}}">
    <label class="field">Name<input type="text" name="name" value="{{typedName}}" autocapitalize="none" spellcheck="false" required></label>
    <fieldset class="choices"><legend>Role</legend>
    {{#roles}}<label class="choice"><input type="radio" name="role" value="{{value}}"{{#checked}} checked{{/checked}} required> <span><strong>{{value}}</strong>: {{text}}</span></label>
    {{/roles}}</fieldset>
    <fieldset class="choices"><legend>Organisations (none ticked: every organisation, including those added later)</legend>
    {{#organisations}}<label class="choice"><input type="checkbox" name="org" value="{{slug}}"{{#checked}} checked{{/checked}}> {{name}}</label>
    {{/organisations}}</fieldset>
    <label class="field">Your password, to confirm<input type="password" name="password_again" autocomplete="current-password" required></label>
    <p><button type="submit">Add the account</button></p>
    </form>
    {{>staffEnd}}
    """#

    static let accountAdded = #"""
    {{>staffStart}}
    <h1><span class="kind">Account added</span>{{name}}</h1>
    <p class="lead">{{name}} is a {{newRole}} on {{reach}}. Send this link privately; it is shown only now, works once and for {{hours}} hours.</p>
    <label class="field">Setup link<input type="text" value="{{link}}" readonly></label>
    <p><a href="/accounts">Back to the accounts</a></p>
    {{>staffEnd}}
    """#
}
