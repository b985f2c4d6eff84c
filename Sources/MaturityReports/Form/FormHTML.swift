import MaturityKit

/// A printable answer form as one self-contained HTML page (inline CSS, a
/// print stylesheet, no scripts, nothing fetched), styled like the reports:
/// their style sheet and masthead, then the form's own parts. The same
/// content as `FormMarkdown`, with tick boxes drawn by CSS and ruled space
/// for notes.
/// Every text from the questionnaire is escaped; `summary` and `help` are
/// shown as plain paragraphs.
public enum FormHTML {
    /// - Parameters:
    ///   - role: a respondent role id: only the questions put to that role.
    ///   - organisation: printed in the header when given.
    ///   - audience: the respondent's form leaves out the interviewer's help.
    public static func render(_ questionnaire: Questionnaire, role: String? = nil, organisation: String? = nil,
                              for audience: FormAudience = .respondent) -> String {
        let e = HTMLText.escape
        var html: [String] = []
        html.append("<!DOCTYPE html>")
        html.append("<html lang=\"en\">")
        html.append("<head>")
        html.append("<meta charset=\"utf-8\">")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.append("<title>\(e(questionnaire.title)) · answer form</title>")
        html.append("<style>")
        // The reports' palette and style sheet, then the form's own parts.
        html.append(":root{--primary:\(ChartPalette.defaultPrimary);--accent:\(ChartPalette.defaultAccent)}")
        html.append(DefaultTemplates.style)
        html.append(style)
        html.append("</style>")
        html.append("</head>")
        html.append("<body>")
        html.append("<main class=\"form\">")
        html.append("<header>")
        let kind = audience == .interviewer ? "Interviewer's form" : "Answer form"
        html.append("<h1><span class=\"kind\">\(kind)</span>\(e(questionnaire.title))</h1>")
        var subtitle = "Questionnaire <code>\(e(questionnaire.id))</code> version \(e(questionnaire.version))"
        if let role { subtitle += " · for the role: \(e(questionnaire.role(role)?.title ?? role))" }
        html.append("<p class=\"subtitle\">\(subtitle)</p>")
        html.append("<table class=\"fill-in\">")
        html.append("<tr><th>Organisation</th><td>\(organisation.map(e) ?? "")</td></tr>")
        html.append("<tr><th>Respondent</th><td></td></tr>")
        if let role {
            html.append("<tr><th>Role</th><td>\(e(questionnaire.role(role)?.title ?? role))</td></tr>")
        } else if !questionnaire.roles.isEmpty {
            let boxes = questionnaire.roles.map { "<span class=\"role\"><span class=\"box\"></span>\(e($0.title))</span>" }.joined(separator: " ")
            html.append("<tr><th>Role (tick one)</th><td>\(boxes)</td></tr>")
        } else {
            html.append("<tr><th>Role</th><td></td></tr>")
        }
        html.append("<tr><th>Date</th><td></td></tr>")
        if audience == .interviewer { html.append("<tr><th>Interviewer</th><td></td></tr>") }
        html.append("</table>")
        html.append("<p class=\"how\"><strong>How to answer.</strong> \(e(audience.howToAnswer))</p>")
        if let summary = questionnaire.summary { html.append(HTMLText.paragraphs(summary, class: "summary")) }
        html.append("</header>")
        if !questionnaire.context.isEmpty {
            // The organisation's context first: it decides which questions apply.
            html.append("<section id=\"context\">")
            html.append("<h2>Organisation context</h2>")
            html.append("<p class=\"summary\">Asked once per assessment. Questions marked <em>Only if context …</em> are asked only when the context says so.</p>")
            for fact in questionnaire.context {
                html.append("<article class=\"question\" id=\"context-\(e(fact.id))\">")
                html.append("<h3>\(e(fact.text))</h3>")
                html.append("<ul class=\"choices\">")
                for option in fact.options { html.append("<li><span class=\"box\"></span>\(e(option.label))</li>") }
                html.append("</ul>")
                html.append("</article>")
            }
            html.append("</section>")
        }
        for section in FormContent.sections(questionnaire, role: role) {
            html.append("<section id=\"section-\(e(section.id))\">")
            html.append("<h2>\(e(section.title))</h2>")
            if let summary = section.summary { html.append(HTMLText.paragraphs(summary, class: "summary")) }
            for question in section.questions {
                html.append("<article class=\"question\" id=\"q-\(e(question.id))\">")
                html.append("<h3><span class=\"qid\">\(e(question.id))</span> \(e(question.text))</h3>")
                if role == nil, let titles = FormContent.askedOf(question, in: questionnaire) {
                    html.append("<p class=\"mark\"><em>Asked of:</em> \(e(titles.joined(separator: ", ")))</p>")
                }
                if let when = question.when {
                    html.append("<p class=\"mark condition\"><em>Only if</em> \(e(FormContent.describe(when, in: questionnaire, labels: true)))</p>")
                }
                if audience.showsHelp, let help = question.help { html.append(HTMLText.paragraphs(help, class: "help")) }
                if let evidence = question.evidence {
                    html.append("<p class=\"evidence\"><em>\(audience.evidenceLead)</em> \(e(FormContent.oneLine(evidence)))</p>")
                }
                html.append("<ul class=\"choices\">")
                for choice in FormContent.choices(question, in: questionnaire) {
                    let label = choice.id == "na" ? "Not applicable (write why in the notes)" : choice.label
                    html.append("<li><span class=\"box\"></span>\(e(label))</li>")
                }
                html.append("</ul>")
                html.append("<div class=\"notes\"><span>Notes</span></div>")
                html.append("</article>")
            }
            html.append("</section>")
        }
        html.append("</main>")
        html.append("</body>")
        html.append("</html>")
        return html.joined(separator: "\n") + "\n"
    }

    /// The form's own parts, after the reports' style sheet.
    static let style = """
    .form h2{border-bottom:2px solid var(--primary);padding-bottom:2px;margin-top:18px}
    .form h3{font-size:10.5pt;margin:0 0 4px;color:#1f2933}
    .qid{display:inline-block;min-width:4.5em;font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:9pt;color:#52606d}
    table.fill-in{border-collapse:collapse;width:100%;margin:10px 0}
    table.fill-in th{text-align:left;width:9em;font-weight:600;padding:5px 8px 5px 0;vertical-align:top;background:none;border:0}
    table.fill-in td{border:0;border-bottom:1px solid #9aa5b1;padding:5px 0}
    .role{white-space:nowrap;margin-right:1em}
    .question{border:1px solid #d9dee3;border-left:4px solid var(--primary);padding:8px 12px;margin:10px 0;break-inside:avoid}
    .mark{margin:2px 0;font-size:9pt;color:#52606d}
    .condition{color:#8a5a00}
    .help,.evidence{font-size:9pt;margin:4px 0;color:#3e4c59}
    ul.choices{list-style:none;padding:0;margin:6px 0}
    ul.choices li{margin:3px 0}
    .box{display:inline-block;width:.85em;height:.85em;border:1.5px solid #1f2933;border-radius:2px;margin-right:.5em;vertical-align:-.1em}
    .notes{min-height:4.5em;border-top:1px dashed #9aa5b1;margin-top:6px;padding-top:2px;font-size:8pt;color:#616e7c;background-image:repeating-linear-gradient(transparent,transparent 1.45em,#e4e7eb 1.45em,#e4e7eb calc(1.45em + 1px))}
    @page{size:A4;margin:14mm 13mm 15mm}
    @media print{.form h2{break-after:avoid}.condition{color:#000}}
    """
}
