import Foundation

// MARK: - Mapping (`format: ospo/mapping@1`)

extension NodeLoader {
    func mapping(_ map: MappingReader) -> AnswerMapping? {
        var source = SourceMap(map.location)
        let questionnaire = map.optional("questionnaire").flatMap { reader.identifier($0) }
        source["questionnaire"] = map.valueLocation("questionnaire")

        // Every header text may be claimed once, by a column, a question, a
        // note or the ignore list; the first place it was written wins.
        var headers: [String: SourceLocation] = [:]
        func claimHeader(_ text: String, at location: SourceLocation) {
            let key = LooseText.key(text)
            if let first = headers[key] {
                reader.error(at: location, "column '\(text)' is already mapped at line \(first.line) (letter case and spaces do not count); map each column once")
            } else {
                headers[key] = location
            }
        }

        var respondentColumn: String?, nameColumn: String?, roleColumn: String?
        if let node = map.optional("columns"), let columns = reader.mapping(node, what: "a mapping of columns ({respondent, name, role})") {
            func column(_ key: String) -> String? {
                guard let valueNode = columns.optional(key), let text = reader.text(valueNode) else { return nil }
                source["columns.\(key)"] = reader.location(of: valueNode)
                claimHeader(text, at: reader.location(of: valueNode))
                return text
            }
            respondentColumn = column("respondent")
            nameColumn = column("name")
            roleColumn = column("role")
            columns.finish()
        }
        var ignore: [String] = []
        if let node = map.optional("ignore"), let items = reader.stringList(node, identifiers: false) {
            for (text, item) in items {
                claimHeader(text, at: reader.location(of: item))
                ignore.append(text)
            }
        }
        let questions = entries(map, "questions", what: "a mapping of column header → question id", claim: claimHeader)
        let notes = entries(map, "notes", what: "a mapping of column header → question id", claim: claimHeader)
        let options = entries(map, "options", what: "a mapping of cell text → option id")
        var questionOptions: [String: [AnswerMapping.Entry]] = [:]
        var questionOptionLocations: [String: SourceLocation] = [:]
        if let node = map.optional("question_options"),
           let perQuestion = reader.entries(node, what: "a mapping of question id → {cell text: option id}") {
            for entry in perQuestion {
                guard reader.identifier(entry.keyNode) != nil else { continue }
                questionOptionLocations[entry.key] = reader.location(of: entry.keyNode)
                questionOptions[entry.key] = textEntries(entry.value, what: "a mapping of cell text → option id")
            }
        }
        let roles = entries(map, "roles", what: "a mapping of cell text → role id")
        let noAnswer = map.optional("no_answer").flatMap { reader.stringList($0, identifiers: false) }?.map(\.0) ?? []
        let naJustification = map.optional("na_justification").flatMap(reader.text)
        map.finish(allowed: ["format"])
        return AnswerMapping(questionnaire: questionnaire, respondentColumn: respondentColumn, nameColumn: nameColumn,
                             roleColumn: roleColumn, questions: questions, notes: notes, options: options,
                             questionOptions: questionOptions, questionOptionLocations: questionOptionLocations,
                             roles: roles, ignore: ignore, noAnswer: noAnswer, naJustification: naJustification, source: source)
    }

    private func entries(_ map: MappingReader, _ key: String, what: String,
                         claim: ((String, SourceLocation) -> Void)? = nil) -> [AnswerMapping.Entry] {
        guard let node = map.optional(key) else { return [] }
        let result = textEntries(node, what: what)
        for entry in result { claim?(entry.text, entry.textLocation) }
        return result
    }

    /// `text: id` pairs; two texts that differ only in letter case or spaces
    /// are one text, so the second is an error.
    private func textEntries(_ node: YAMLNode, what: String) -> [AnswerMapping.Entry] {
        guard let pairs = reader.entries(node, what: what) else { return [] }
        var seen: [String: SourceLocation] = [:]
        var result: [AnswerMapping.Entry] = []
        for pair in pairs {
            let textLocation = reader.location(of: pair.keyNode)
            guard let target = reader.identifier(pair.value) else { continue }
            guard !pair.key.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                reader.error(pair.keyNode, "an empty text cannot be mapped; a blank cell is always no answer")
                continue
            }
            let key = LooseText.key(pair.key)
            if let first = seen[key] {
                reader.error(pair.keyNode, "'\(pair.key)' is already mapped at line \(first.line) (letter case and spaces do not count)")
                continue
            }
            seen[key] = textLocation
            result.append(AnswerMapping.Entry(text: pair.key, target: target, textLocation: textLocation,
                                              targetLocation: reader.location(of: pair.value)))
        }
        return result
    }
}
