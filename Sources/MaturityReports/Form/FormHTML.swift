import MaturityKit

/// A printable answer form as one self-contained HTML page (inline CSS, a
/// print stylesheet, no scripts, nothing fetched), styled like the reports:
/// their style sheet and masthead, then the form's own parts. The same
/// content as `FormMarkdown`, with tick boxes drawn by CSS and ruled space
/// for notes.
/// Every text from the questionnaire is escaped; `summary` and `help` are
/// shown as plain paragraphs. Rendered through the `form.html` template.
public enum FormHTML {
    /// - Parameters:
    ///   - role: a respondent role id: only the questions put to that role.
    ///   - organisation: printed in the header when given.
    ///   - audience: the respondent's form leaves out the interviewer's notes.
    public static func render(_ questionnaire: Questionnaire, role: String? = nil, organisation: String? = nil,
                              for audience: FormAudience = .respondent) -> String {
        FormatTemplates.render(FormView(questionnaire, role: role, organisation: organisation, audience: audience, style: style),
                               template: "form.html")
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
    .for-interviewer{font-size:9pt;margin:4px 0;padding:2px 8px;border-left:3px solid #8a5a00;background:#fdf6e3;color:#3e4c59}
    .for-interviewer p{margin:2px 0}
    ul.choices{list-style:none;padding:0;margin:6px 0}
    ul.choices li{margin:3px 0}
    .box{display:inline-block;width:.85em;height:.85em;border:1.5px solid #1f2933;border-radius:2px;margin-right:.5em;vertical-align:-.1em}
    .notes{min-height:4.5em;border-top:1px dashed #9aa5b1;margin-top:6px;padding-top:2px;font-size:8pt;color:#616e7c;background-image:repeating-linear-gradient(transparent,transparent 1.45em,#e4e7eb 1.45em,#e4e7eb calc(1.45em + 1px))}
    @page{size:A4;margin:14mm 13mm 15mm}
    @media print{.form h2{break-after:avoid}.condition{color:#000}}
    """
}
