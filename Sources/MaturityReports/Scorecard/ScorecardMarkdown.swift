import MaturityKit

/// The scorecard as Markdown: a table per module and, with `explain`, the
/// answers behind every dimension's score.
public enum ScorecardMarkdown {
    public static func render(_ card: Scorecard, explain: Bool = false) -> String {
        let e = MarkdownText.escape
        var lines: [String] = []
        lines.append("# Maturity scores: \(e(card.organisation))")
        lines.append("")
        lines.append("Questionnaire `\(card.questionnaire)` \(card.questionnaireVersion), answered \(card.date) by \(card.respondents.count) respondent\(card.respondents.count == 1 ? "" : "s").")
        lines.append("")
        if !card.context.isEmpty {
            lines.append("**Context:** " + card.context.map { "\($0.fact) \(e($0.label))" }.joined(separator: " · "))
            lines.append("")
        }
        lines.append("**Overall maturity:** " + (card.overall.map { "\(Fmt.score($0.score)) (level \($0.level))" } ?? "unassessed"))
        for module in card.modules {
            lines.append("")
            lines.append("## \(e(module.title)): \(Fmt.score(module.score)) (\(Fmt.levelText(module.level, module.level.map(module.levelName))))")
            lines.append("")
            lines.append("| Dimension | Score | Level | Coverage | Dissent |")
            lines.append("| --- | ---: | --- | ---: | ---: |")
            for dimension in module.dimensions {
                lines.append("| \(e(dimension.title)) | \(Fmt.score(dimension.score)) | \(Fmt.levelText(dimension.level, dimension.levelName)) | \(Fmt.percent(dimension.coverage)) | \(dimension.dissentCount) |")
            }
        }
        if explain {
            lines.append("")
            lines.append("## Answers behind each score")
            for dimension in card.dimensions {
                lines.append("")
                lines.append("### \(e(dimension.title)) (`\(dimension.id)`): \(Fmt.score(dimension.score))")
                lines.append("")
                lines.append("| Question | Weight | Status | Value | Responses |")
                lines.append("| --- | ---: | --- | ---: | --- |")
                for question in dimension.questions {
                    let responses = question.responses.map { response -> String in
                        var text = "\(e(response.respondent)) (\(e(response.role))): \(e(response.choice))"
                        if let note = response.note { text += " — \(e(note))" }
                        if let justification = response.justification { text += " — N/A because: \(e(justification))" }
                        return text
                    }.joined(separator: "<br>")
                    let status = question.dissentFlagged ? "\(question.status.rawValue), dissent \(Fmt.value(question.dissent))" : question.status.rawValue
                    lines.append("| \(question.id) | \(Fmt.number(question.weight)) | \(status) | \(Fmt.value(question.value)) | \(responses) |")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
