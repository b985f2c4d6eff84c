import MaturityKit

/// An answers skeleton (`format: ospo/answers@1`) with one respondent and
/// every question put to the role (every question without one), each left
/// empty under a comment giving its text, condition and answers. Filled in,
/// it loads as it is: a question left empty counts as not answered.
public enum FormYAML {
    /// - Parameters:
    ///   - role: a respondent role id: filled in, and only its questions listed.
    ///   - organisation: written as the organisation (a placeholder to replace when nil).
    ///   - date: the assessment date written in the file.
    public static func render(_ questionnaire: Questionnaire, role: String? = nil, organisation: String? = nil,
                              date: CalendarDate) -> String {
        var lines: [String] = []
        lines.append("# Answers to \"\(FormContent.oneLine(questionnaire.title))\" (\(questionnaire.id) \(FormContent.oneLine(questionnaire.version))).")
        lines.append("# After each question id write one of the answers listed above it: an option")
        lines.append("# id, `unknown` for \"don't know\", or, where offered, `{ answer: na,")
        lines.append("# justification: why it does not apply }`. To keep a note or evidence, write")
        lines.append("# `{ answer: \"yes\", note: ..., evidence: ... }`. A question left empty counts as")
        lines.append("# not answered; leave \"only if\" questions empty when their condition fails.")
        lines.append("# For more respondents, copy the respondent block. Check the file with")
        lines.append("# `ospo lint FILE`; score it with `ospo score FILE`.")
        lines.append("format: ospo/answers@1")
        lines.append("questionnaire: \(questionnaire.id)")
        lines.append("version: \(quoted(questionnaire.version))")
        if let organisation {
            lines.append("organisation: \(quoted(organisation))")
        } else {
            lines.append("organisation: \(quoted("Organisation name"))  # replace with the organisation assessed")
        }
        lines.append("date: \(date)")
        if !questionnaire.context.isEmpty {
            lines.append("context:  # about the organisation, once per assessment; leave a fact empty if not known")
            for fact in questionnaire.context {
                lines.append("  # \(FormContent.oneLine(fact.text))")
                let options = fact.options.map { "\($0.id) = \(FormContent.oneLine($0.label))" }.joined(separator: ", ")
                lines.append("  \(fact.id):  # \(options)")
            }
        }
        lines.append("respondents:")
        lines.append("  - id: r1  # a short id for the respondent: letters, digits, '.', '_' or '-'")
        lines.append("    # name: Full name  # optional")
        if let role {
            lines.append("    role: \(role)  # \(FormContent.oneLine(questionnaire.role(role)?.title ?? role))")
        } else if questionnaire.roles.isEmpty {
            lines.append("    role:  # the respondent's role, as an id")
        } else {
            lines.append("    role:  # one of: \(questionnaire.roles.map(\.id).joined(separator: ", "))")
        }
        lines.append("    answers:")
        for section in FormContent.sections(questionnaire, role: role) {
            lines.append("")
            lines.append("      # \(FormContent.oneLine(section.title))")
            for question in section.questions {
                lines.append("      # \(question.id): \(FormContent.oneLine(question.text))")
                if let when = question.when {
                    lines.append("      #   only if \(FormContent.describe(when, in: questionnaire, labels: false))")
                }
                if role == nil, let asked = question.roles {
                    lines.append("      #   asked of: \(asked.joined(separator: ", "))")
                }
                let choices = FormContent.choices(question, in: questionnaire).map { choice in
                    choice.id == "na" ? "na = Not applicable (with a justification)" : "\(choice.id) = \(FormContent.oneLine(choice.label))"
                }
                lines.append("      #   \(choices.joined(separator: " · "))")
                lines.append("      \(question.id):")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String { YAMLQuoting.quoted(text) }
}

