import MaturityKit

/// A printable answer form as one self-contained HTML page (inline CSS, a
/// print stylesheet, no scripts, nothing fetched): the same content as
/// `FormMarkdown`, with tick boxes drawn by CSS and ruled space for notes.
/// Every text from the questionnaire is escaped; `summary` and `help` are
/// shown as plain paragraphs.
public enum FormHTML {
    /// - Parameters:
    ///   - role: a respondent role id: only the questions put to that role.
    ///   - organisation: printed in the header when given.
    public static func render(_ questionnaire: Questionnaire, role: String? = nil, organisation: String? = nil) -> String {
        let e = HTMLText.escape
        var html: [String] = []
        html.append("<!DOCTYPE html>")
        html.append("<html lang=\"en\">")
        html.append("<head>")
        html.append("<meta charset=\"utf-8\">")
        html.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.append("<title>\(e(questionnaire.title)) · answer form</title>")
        html.append("<style>")
        html.append(style)
        html.append("</style>")
        html.append("</head>")
        html.append("<body>")
        html.append("<header>")
        html.append("<h1>\(e(questionnaire.title))</h1>")
        var subtitle = "Answer form · questionnaire <code>\(e(questionnaire.id))</code> version \(e(questionnaire.version))"
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
        html.append("<tr><th>Interviewer</th><td></td></tr>")
        html.append("</table>")
        html.append("<p class=\"how\"><strong>How to answer.</strong> Tick one box per question. “Don't know” is always a fair answer. “Not applicable” is offered only where the question allows it, for what cannot apply to the organisation; write why in the notes. “Not yet” is “No”, not “Not applicable”. A question marked <em>Only if</em> is asked only when its condition holds: skip it otherwise. Write anything worth keeping, and the evidence seen, under <em>Notes</em>.</p>")
        if let summary = questionnaire.summary { html.append(HTMLText.paragraphs(summary, class: "summary")) }
        html.append("</header>")
        html.append("<main>")
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
                if let help = question.help { html.append(HTMLText.paragraphs(help, class: "help")) }
                if let evidence = question.evidence {
                    html.append("<p class=\"evidence\"><em>Evidence to ask for:</em> \(e(FormContent.oneLine(evidence)))</p>")
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

    static let style = """
    :root { color-scheme: light; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
    h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
    h2 { font-size: 1.25rem; border-bottom: 2px solid #1b1b1b; padding-bottom: 0.2rem; margin-top: 2rem; }
    h3 { font-size: 1rem; margin: 0 0 0.4rem; }
    .subtitle { color: #555; margin-top: 0; }
    .qid { display: inline-block; min-width: 4.5rem; font-family: ui-monospace, "SFMono-Regular", Menlo, monospace; color: #555; }
    table.fill-in { border-collapse: collapse; width: 100%; margin: 1rem 0; }
    table.fill-in th { text-align: left; width: 9rem; font-weight: 600; padding: 0.35rem 0.5rem 0.35rem 0; vertical-align: top; }
    table.fill-in td { border-bottom: 1px solid #999; padding: 0.35rem 0; }
    .role { white-space: nowrap; margin-right: 1rem; }
    .question { border: 1px solid #ccc; border-radius: 4px; padding: 0.75rem 1rem; margin: 0.9rem 0; }
    .mark { margin: 0.2rem 0; font-size: 0.9rem; color: #444; }
    .condition { color: #7a4b00; }
    .help, .evidence { font-size: 0.9rem; margin: 0.3rem 0; }
    ul.choices { list-style: none; padding: 0; margin: 0.6rem 0; }
    ul.choices li { margin: 0.25rem 0; }
    .box { display: inline-block; width: 0.85em; height: 0.85em; border: 1.5px solid #1b1b1b; border-radius: 2px; margin-right: 0.5em; vertical-align: -0.1em; }
    .notes { min-height: 4.5em; border-top: 1px dashed #999; margin-top: 0.6rem; padding-top: 0.2rem; font-size: 0.8rem; color: #666;
      background-image: repeating-linear-gradient(transparent, transparent 1.45em, #ddd 1.45em, #ddd calc(1.45em + 1px)); }
    @media print {
      body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
      @page { margin: 15mm; }
      h2 { break-after: avoid; page-break-after: avoid; }
      .question { break-inside: avoid; page-break-inside: avoid; border-color: #999; }
      .condition { color: #000; }
      .box { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
