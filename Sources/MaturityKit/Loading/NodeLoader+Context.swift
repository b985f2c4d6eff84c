/// Loading of organisation context: the facts a questionnaire declares, the
/// facts an answers file states, and the effort of an action that scales
/// with one of them.
extension NodeLoader {
    /// The `context:` list of a questionnaire.
    func contextFacts(_ node: YAMLNode) -> [ContextFact] {
        guard let items = reader.list(node, what: "a list of context facts ({id, text, options})") else { return [] }
        var facts: [ContextFact] = []
        for item in items {
            guard let map = reader.mapping(item, what: "a context fact ({id, text, options})") else { continue }
            var source = SourceMap(map.location)
            let id = map.required("id").flatMap { reader.identifier($0) }
            source["id"] = map.valueLocation("id")
            let text = map.required("text").flatMap(reader.text)
            let help = map.optional("help").flatMap(reader.text)
            var options: [ContextOption] = []
            if let optionsNode = map.required("options"), let list = reader.list(optionsNode, what: "a list of options") {
                source["options"] = reader.location(of: optionsNode)
                if list.isEmpty { reader.error(optionsNode, "a context fact needs at least one option") }
                for (index, optionNode) in list.enumerated() {
                    guard let m = reader.mapping(optionNode, what: "an option ({id, label, effort_factor})") else { continue }
                    source["options.\(index)"] = m.valueLocation("id")
                    let optionId = m.required("id").flatMap { reader.identifier($0) }
                    let label = m.required("label").flatMap(reader.text)
                    var factor: Double?
                    if let factorNode = m.optional("effort_factor"), let value = reader.double(factorNode) {
                        if value > 0 {
                            factor = value
                        } else {
                            reader.error(factorNode, "'effort_factor' multiplies an action's effort and must be greater than 0, found \(formatNumber(value))")
                        }
                    }
                    m.finish()
                    if let optionId, let label { options.append(ContextOption(id: optionId, label: label, effortFactor: factor)) }
                }
            }
            map.finish()
            if let id { facts.append(ContextFact(id: id, text: text ?? id, help: help, options: options, source: source)) }
        }
        return facts
    }

    /// The `context:` map of an answers file: fact id → option id; each key
    /// and value located in `source` (`context.FACT`, `context.FACT.value`).
    func contextValues(_ node: YAMLNode, source: inout SourceMap) -> OrganisationContext {
        var context = OrganisationContext()
        guard let entries = reader.entries(node, what: "a mapping of context fact → option id") else { return context }
        source["context"] = reader.location(of: node)
        for entry in entries {
            // A fact left empty (as the skeleton of `ospo form --format yaml`
            // writes it) is not stated.
            if case .scalar(let scalar) = entry.value, scalar.style == .plain, scalar.string.isEmpty || scalar.string == "~" {
                continue
            }
            guard reader.identifier(entry.keyNode) != nil,
                  let value = reader.identifier(entry.value, what: "an option id") else { continue }
            source["context.\(entry.key)"] = reader.location(of: entry.keyNode)
            source["context.\(entry.key).value"] = reader.location(of: entry.value)
            context[entry.key] = value
        }
        return context
    }

    /// An action's `effort`: a number of person-days, or `{days, scales_with}`.
    func effort(_ map: MappingReader, source: inout SourceMap) -> (days: Double?, scalesWith: String?) {
        guard let node = map.required("effort") else { return (nil, nil) }
        source["effort"] = reader.location(of: node)
        guard case .mapping = node else { return (positiveDays(node), nil) }
        guard let m = reader.mapping(node, what: "an effort ({days, scales_with})") else { return (nil, nil) }
        let days = m.required("days").flatMap(positiveDays)
        let fact = m.optional("scales_with").flatMap { reader.identifier($0) }
        source["effort.scales_with"] = m.valueLocation("scales_with")
        m.finish()
        return (days, fact)
    }

    private func positiveDays(_ node: YAMLNode) -> Double? {
        guard let value = reader.double(node) else { return nil }
        guard value > 0 else {
            reader.error(node, "'effort' must be greater than 0, found \(formatNumber(value))")
            return nil
        }
        return value
    }

    /// An optional `when` of a section, action or measure, located at `source["when"]`.
    func when(_ map: MappingReader, source: inout SourceMap) -> Condition? {
        guard let node = map.optional("when") else { return nil }
        source["when"] = reader.location(of: node)
        return condition(node)
    }
}
