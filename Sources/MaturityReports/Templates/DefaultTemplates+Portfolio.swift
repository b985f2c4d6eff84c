/// The portfolio report's default templates, HTML then Markdown.
extension DefaultTemplates {
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

    static let portfolioMarkdown = #"""
    {{>page-start.md}}

    ## Organisations

    | Organisation | Group | Latest assessment | Assessments | Overall |
    | --- | --- | --- | ---: | ---: |
    {{#organisations}}
    | {{name}} | {{group}} | {{date}} | {{assessments}} | {{overall}} |
    {{/organisations}}
    {{#groups}}
    | **Average: {{name}}** ({{count}}) | | | | {{overall}} |
    {{/groups}}

    ## Scores by dimension

    Latest score per dimension; Ø marks a group average.

    | Dimension | {{#organisations}}{{name}} | {{/organisations}}{{#groups}}Ø {{name}} | {{/groups}}
    | --- | {{#organisations}}---: | {{/organisations}}{{#groups}}---: | {{/groups}}
    {{#rows}}
    | {{title}} | {{#scores}}{{value}} | {{/scores}}{{#averages}}{{value}} | {{/averages}}
    {{/rows}}
    | **Overall** | {{#overallScores}}{{value}} | {{/overallScores}}{{#overallAverages}}{{value}} | {{/overallAverages}}
    {{>page-end.md}}
    """#
}
