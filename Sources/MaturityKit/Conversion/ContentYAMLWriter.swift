/// Writes rubrics, questionnaires and roles as content format v1 YAML, so
/// that converted models can be read back, linted and edited like any other
/// content. Every text is written double-quoted: no text from a model can
/// change the structure of the file, whatever characters it holds.
public enum ContentYAMLWriter {
    public static func rubric(_ rubric: Rubric) -> String {
        var out = ["format: ospo/rubric@1", "id: \(rubric.id)", "title: \(quoted(rubric.title))",
                   "version: \(quoted(rubric.version))"]
        if let summary = rubric.summary { out.append("summary: \(quoted(summary))") }
        if let origin = rubric.origin { out += self.origin(origin) }
        out.append("scale:")
        for level in rubric.scale {
            var line = "  - { level: \(level.level), name: \(quoted(level.name))"
            if let description = level.description { line += ", description: \(quoted(description))" }
            out.append(line + " }")
        }
        switch rubric.scoring {
        case .average: out.append("scoring: { method: average }")
        case .gated(let pass): out.append("scoring: { method: gated, pass: \(number(pass)) }")
        case .conformance: out.append("scoring: { method: conformance }")
        }
        out.append("dimensions:")
        for dimension in rubric.dimensions {
            out.append("  - id: \(dimension.id)")
            out.append("    title: \(quoted(dimension.title))")
            if dimension.weight != 1 { out.append("    weight: \(number(dimension.weight))") }
            if let summary = dimension.summary { out.append("    summary: \(quoted(summary))") }
            if !dimension.references.isEmpty {
                out.append("    references: [\(dimension.references.map(quoted).joined(separator: ", "))]")
            }
            if let passCount = dimension.passCount { out.append("    pass_count: \(passCount)") }
            out.append("    levels:")
            for level in dimension.levels.keys.sorted() {
                out.append("      \(level): \(quoted(dimension.levels[level] ?? ""))")
            }
            guard !dimension.actions.isEmpty else { continue }
            out.append("    actions:")
            for action in dimension.actions {
                out.append("      - id: \(action.id)")
                out.append("        title: \(quoted(action.title))")
                out.append("        level: \(action.level)")
                out.append("        effort: \(number(action.effort))")
                out.append("        impact: \(action.impact)")
                out.append("        roles: [\(action.roles.joined(separator: ", "))]")
                if !action.requires.isEmpty { out.append("        requires: [\(action.requires.joined(separator: ", "))]") }
                if let description = action.description { out.append("        description: \(quoted(description))") }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func questionnaire(_ questionnaire: Questionnaire) -> String {
        var out = ["format: ospo/questionnaire@1", "id: \(questionnaire.id)", "title: \(quoted(questionnaire.title))",
                   "version: \(quoted(questionnaire.version))"]
        if let summary = questionnaire.summary { out.append("summary: \(quoted(summary))") }
        if let origin = questionnaire.origin { out += self.origin(origin) }
        out.append("rubrics: [\(questionnaire.rubrics.joined(separator: ", "))]")
        out.append("unknown: \(questionnaire.unknown.rawValue)")
        out.append("scales:")
        for scale in questionnaire.scales {
            out.append("  \(scale.id):")
            for option in scale.options {
                out.append("    - { id: \(quoted(option.id)), label: \(quoted(option.label)), value: \(number(option.value)) }")
            }
        }
        if !questionnaire.roles.isEmpty {
            out.append("roles:")
            for role in questionnaire.roles {
                out.append("  \(role.id): { title: \(quoted(role.title)), weight: \(number(role.weight)) }")
            }
        }
        out.append("sections:")
        for section in questionnaire.sections {
            out.append("  - id: \(section.id)")
            out.append("    title: \(quoted(section.title))")
            if let summary = section.summary { out.append("    summary: \(quoted(summary))") }
            out.append("    questions:")
            for question in section.questions {
                out.append("      - id: \(question.id)")
                out.append("        text: \(quoted(question.text))")
                out.append("        dimension: \(question.dimension)")
                if let level = question.level { out.append("        level: \(level)") }
                out.append("        scale: \(question.scale)")
                if question.weight != 1 { out.append("        weight: \(number(question.weight))") }
                if question.allowNA { out.append("        allow_na: true") }
                if let help = question.help { out.append("        help: \(quoted(help))") }
                if let notes = question.interviewerNotes { out.append("        interviewer_notes: \(quoted(notes))") }
                if let evidence = question.evidence { out.append("        evidence: \(quoted(evidence))") }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public static func roles(_ catalog: RoleCatalog) -> String {
        var out = ["format: ospo/roles@1", "roles:"]
        for role in catalog.roles {
            out.append("  - id: \(role.id)")
            out.append("    title: \(quoted(role.title))")
            if let summary = role.summary { out.append("    summary: \(quoted(summary))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func origin(_ origin: ContentOrigin) -> [String] {
        var out = ["source:", "  model: \(quoted(origin.model))"]
        if let version = origin.version { out.append("  version: \(quoted(version))") }
        if let url = origin.url { out.append("  url: \(quoted(url))") }
        out.append("  licence: \(quoted(origin.licence))")
        if let attribution = origin.attribution { out.append("  attribution: \(quoted(attribution))") }
        return out
    }

    /// A YAML double-quoted scalar: backslash, quote and control characters escaped.
    static func quoted(_ text: String) -> String { YAMLQuoting.quoted(text) }

    /// A number without a needless ".0".
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}

