import MaturityKit

/// The scorecard as a readable table for a terminal.
public enum ScorecardText {
    public static func render(_ card: Scorecard, explain: Bool = false) -> String {
        var lines: [String] = []
        lines.append("\(card.organisation) — \(card.questionnaire) \(card.questionnaireVersion), \(card.date), \(card.respondents.count) respondent\(card.respondents.count == 1 ? "" : "s")")
        if !card.context.isEmpty {
            lines.append("Context: " + card.context.map { "\($0.fact) \($0.label)" }.joined(separator: " · "))
        }
        if let overall = card.overall {
            lines.append("Overall maturity: \(Fmt.score(overall.score)) (level \(overall.level))")
        } else {
            lines.append("Overall maturity: unassessed")
        }
        lines.append("")
        let rows: [[String]] = card.modules.flatMap { module -> [[String]] in
            let head = [module.title, Fmt.score(module.score), Fmt.levelText(module.level, module.level.map(module.levelName)), "", ""]
            return [head] + module.dimensions.map { dimension in
                ["  " + dimension.title, Fmt.score(dimension.score), Fmt.levelText(dimension.level, dimension.levelName),
                 Fmt.percent(dimension.coverage), String(dimension.dissentCount)]
            }
        }
        let header = ["Module / dimension", "Score", "Level", "Coverage", "Dissent"]
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        let rightAligned: Set<Int> = [1, 3, 4]
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { Fmt.pad($1, widths[$0], right: rightAligned.contains($0)) }
                .joined(separator: "  ").trimmingTrailingSpaces()
        }
        lines.append(line(header))
        lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        lines += rows.map(line)
        let unassessed = card.dimensions.filter { !$0.isAssessed }
        if !unassessed.isEmpty {
            lines.append("")
            lines.append("Unassessed (no answered question): \(unassessed.map(\.id).joined(separator: ", "))")
        }
        if explain {
            for dimension in card.dimensions {
                lines.append("")
                lines += explanation(dimension)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func explanation(_ dimension: DimensionScore) -> [String] {
        var lines: [String] = []
        let method: String
        switch dimension.method {
        case .average:
            method = "average: \(dimension.maxLevel) × Σ(weight × value) ÷ Σ weight over answered questions"
        case .gated(let pass):
            let means = dimension.levelMeans.keys.sorted().map { "L\($0) \(Fmt.value(dimension.levelMeans[$0] ?? nil))" }
            method = "gated, pass \(Fmt.number(pass)): level means \(means.joined(separator: ", "))"
        }
        lines.append("\(dimension.id) — \(dimension.title): \(Fmt.score(dimension.score)) (\(Fmt.levelText(dimension.level, dimension.levelName))), coverage \(Fmt.percent(dimension.coverage))")
        lines.append("  method: \(method)")
        for question in dimension.questions {
            var head = "  \(question.id)"
            if let level = question.level { head += " [L\(level)]" }
            head += "  weight \(Fmt.number(question.weight))  \(question.status.rawValue)"
            if question.status == .answered { head += "  value \(Fmt.value(question.value))" }
            if let dissent = question.dissent, question.dissentFlagged { head += "  DISSENT \(Fmt.value(dissent))" }
            lines.append(head)
            for response in question.responses {
                var text = "      \(response.respondent) (\(response.role), weight \(Fmt.number(response.roleWeight))): \(response.choice)"
                text += response.value.map { " = \(Fmt.value($0))" } ?? " (not counted)"
                if let note = response.note { text += " — note: \(note.singleLine)" }
                if let evidence = response.evidence { text += " — evidence: \(evidence.singleLine)" }
                if let justification = response.justification { text += " — justification: \(justification.singleLine)" }
                lines.append(text)
            }
        }
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.hasSuffix(" ") { copy.removeLast() }
        return copy
    }

    var singleLine: String {
        split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
