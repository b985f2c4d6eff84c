import MaturityKit

/// A printable answer form in Markdown, for workshops and interviews on
/// paper: each section, each question with its help (and on the
/// interviewer's form the notes for the interviewer) and the evidence to ask
/// for, its answers as tick boxes ("Not applicable" where allowed, "Don't
/// know" always), follow-up questions marked with their condition, and room
/// for notes. Text from the questionnaire is escaped; `summary`, `help` and
/// `interviewer_notes` are Markdown by the content format and are kept as
/// written. Rendered
/// through the `form.md` template.
public enum FormMarkdown {
    /// - Parameters:
    ///   - role: a respondent role id: only the questions put to that role.
    ///   - organisation: printed in the header when given.
    ///   - audience: the respondent's form leaves out the interviewer's notes.
    public static func render(_ questionnaire: Questionnaire, role: String? = nil, organisation: String? = nil,
                              for audience: FormAudience = .respondent) -> String {
        FormatTemplates.render(FormView(questionnaire, role: role, organisation: organisation, audience: audience, style: ""),
                               template: "form.md")
    }
}
