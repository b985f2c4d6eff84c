import MaturityKit

/// `ospo form`: a blank answer form for a questionnaire, printable (md,
/// html), to fill in as a wide CSV, or as an answers skeleton (yaml).
public enum FormRenderer: RendersFormats {
    public static let formats: [OutputFormat] = [.md, .html, .csv, .yaml]

    /// - Parameters:
    ///   - role: only the questions put to this respondent role.
    ///   - organisation: written on the form (md, html, yaml).
    ///   - date: the date of the yaml skeleton.
    ///   - audience: md and html: the respondent's form leaves out the
    ///     interviewer's notes (csv and yaml never show them, nor the help).
    public static func render(_ questionnaire: Questionnaire, as format: OutputFormat, role: String? = nil,
                              organisation: String? = nil, date: CalendarDate,
                              for audience: FormAudience = .respondent) throws -> String {
        switch format {
        case .md: return FormMarkdown.render(questionnaire, role: role, organisation: organisation, for: audience)
        case .html: return FormHTML.render(questionnaire, role: role, organisation: organisation, for: audience)
        case .csv: return FormCSV.render(questionnaire, role: role)
        case .yaml: return FormYAML.render(questionnaire, role: role, organisation: organisation, date: date)
        case .text, .json, .pdf: throw UnsupportedFormat(subject: "the form", format: format, accepted: formats)
        }
    }
}
