import MaturityKit

/// A printable answer form in Markdown, for workshops and interviews on
/// paper: each section, each question (with its help, for the interviewer)
/// and the evidence to ask for, its answers as tick boxes ("Not applicable" where allowed, "Don't
/// know" always), follow-up questions marked with their condition, and room
/// for notes. Text from the questionnaire is escaped; `summary` and `help`
/// are Markdown by the content format and are kept as written.
public enum FormMarkdown {
    /// - Parameters:
    ///   - role: a respondent role id: only the questions put to that role.
    ///   - organisation: printed in the header when given.
    ///   - audience: the respondent's form leaves out the interviewer's help.
    public static func render(_ questionnaire: Questionnaire, role: String? = nil, organisation: String? = nil,
                              for audience: FormAudience = .respondent) -> String {
        let e = MarkdownText.escape
        var lines: [String] = []
        lines.append("# \(e(questionnaire.title))")
        lines.append("")
        var subtitle = (audience == .interviewer ? "Interviewer's form" : "Answer form")
            + " · questionnaire `\(questionnaire.id)` version \(e(questionnaire.version))"
        if let role { subtitle += " · for the role: \(e(questionnaire.role(role)?.title ?? role))" }
        lines.append(subtitle)
        lines.append("")
        lines.append("| | |")
        lines.append("| --- | --- |")
        lines.append(organisation.map { "| Organisation | \(e($0)) |" } ?? "| Organisation | |")
        lines.append("| Respondent | |")
        if let role {
            lines.append("| Role | \(e(questionnaire.role(role)?.title ?? role)) |")
        } else if !questionnaire.roles.isEmpty {
            lines.append("| Role (tick one) | \(questionnaire.roles.map { "☐ \(e($0.title))" }.joined(separator: " ")) |")
        } else {
            lines.append("| Role | |")
        }
        lines.append("| Date | |")
        if audience == .interviewer { lines.append("| Interviewer | |") }
        lines.append("")
        lines.append("**How to answer.** " + e(audience.howToAnswer))
        if let summary = questionnaire.summary {
            lines.append("")
            lines.append(summary.trimmingTrailingNewlines())
        }
        if !questionnaire.context.isEmpty {
            // The organisation's context first: it decides which questions apply.
            lines.append("")
            lines.append("## Organisation context")
            lines.append("")
            lines.append("Asked once per assessment. Questions marked *Only if context …* are asked only when the context says so.")
            for fact in questionnaire.context {
                lines.append("")
                lines.append("**\(e(fact.text))** (`\(fact.id)`)")
                lines.append("")
                lines.append(fact.options.map { "☐ \(e($0.label))" }.joined(separator: " "))
            }
        }
        for section in FormContent.sections(questionnaire, role: role) {
            lines.append("")
            lines.append("## \(e(section.title))")
            if let summary = section.summary {
                lines.append("")
                lines.append(summary.trimmingTrailingNewlines())
            }
            for question in section.questions {
                lines.append("")
                lines.append("### \(e(question.id)) · \(e(question.text))")
                lines.append("")
                var marks: [String] = []
                if role == nil, let titles = FormContent.askedOf(question, in: questionnaire) {
                    marks.append("*Asked of:* \(titles.map(e).joined(separator: ", "))")
                }
                if let when = question.when {
                    marks.append("*Only if* \(e(FormContent.describe(when, in: questionnaire, labels: true)))")
                }
                if !marks.isEmpty {
                    lines.append(marks.joined(separator: " · "))
                    lines.append("")
                }
                if audience.showsHelp, let help = question.help {
                    lines.append(help.trimmingTrailingNewlines())
                    lines.append("")
                }
                if let evidence = question.evidence {
                    lines.append("*\(audience.evidenceLead)* \(e(evidence))")
                    lines.append("")
                }
                for choice in FormContent.choices(question, in: questionnaire) {
                    let label = choice.id == "na" ? "Not applicable (write why in the notes)" : choice.label
                    lines.append("- [ ] \(e(label))")
                }
                lines.append("")
                lines.append("| Notes |")
                lines.append("| --- |")
                lines.append("| &nbsp; |")
                lines.append("| &nbsp; |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

private extension String {
    /// The text without line breaks at its end, so a block scalar's final
    /// newline does not leave a gap in the output.
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
