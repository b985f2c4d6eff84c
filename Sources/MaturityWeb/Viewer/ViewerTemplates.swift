/// The viewer's pages: a report shown inside the workspace's layout (the
/// report itself in a frame, served with a policy of its own), the reports
/// page of downloads and the portfolio.
enum ViewerTemplates {
    static let all: [String: String] = [
        "viewerReport": report, "viewerDownloads": downloads,
    ]

    /// `heading`, `warnings`, and either `frame` (the document's address,
    /// with `downloads`) or `missing` (a sentence saying what to do).
    static let report = #"""
    {{>staffStart}}
    <h1>{{heading}}</h1>
    {{#warnings}}<p class="notice" role="status">{{.}}</p>{{/warnings}}
    {{#missing}}<p class="lead">{{.}}</p>{{/missing}}
    {{#hasFrame}}
    <p class="report-links"><a href="{{frame}}">Open the report on its own page</a> (to print it, or read it full width){{#hasDownloads}}. Download:{{#downloads}} <a href="{{href}}" download>{{label}}</a>{{/downloads}}{{/hasDownloads}}</p>
    <iframe class="report-frame" src="{{frame}}" title="{{heading}}" sandbox></iframe>
    {{/hasFrame}}
    {{>staffEnd}}
    """#

    /// The organisation's reports, each in every format, with the options
    /// of `ospo report` that change what a download holds.
    static let downloads = #"""
    {{>staffStart}}
    <h1>Reports</h1>
    <p class="lead">Every report of {{organisationName}} as <code>ospo report</code> writes it from this workspace, in every format. A download is made when you ask for it, from the answers and the accepted roadmap as they are now.</p>
    <form method="get" action="{{base}}/reports" class="inline-form" aria-label="Report options">
    <label class="field">Dates<select name="locale">{{#locales}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/locales}}</select></label>
    <label class="field">Respondents (assessment report)<select name="respondents">{{#respondentChoices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/respondentChoices}}</select></label>
    <label class="field">Progress as of<input type="date" name="as-of" value="{{asOf}}"></label>
    <label class="field check"><input type="checkbox" name="ids" value="1"{{#showIds}} checked{{/showIds}}> Show ids (consultant's copy)</label>
    <button type="submit">Apply to the links</button>
    </form>
    {{^pdfAvailable}}<p class="notice" role="status">PDF is not offered: this server has no headless Chromium (the Debian package chromium). Download the HTML and print it from your browser, or ask whoever runs the server to install it.</p>{{/pdfAvailable}}
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Report</th><th scope="col">Download</th></tr></thead>
    <tbody>
    {{#reports}}<tr><th scope="row">{{title}}<br><span class="sub">{{about}}</span></th><td>{{#problem}}<span class="sub">Not available yet: {{.}}</span>{{/problem}}{{^problem}}{{#formats}}<a class="format" href="{{href}}" download>{{label}}</a> {{/formats}}{{/problem}}</td></tr>
    {{/reports}}
    </tbody>
    </table>
    </div>
    {{>staffEnd}}
    """#
}
