
/// Converts the OWASP SAMM core model (the YAML files of owaspsamm/core
/// `model/`, each with a `type`) into a rubric of one dimension per security
/// practice on a 0–3 scale, scored by the average method: 3 × the mean of
/// its six questions equals SAMM's own score, the sum over the three levels
/// of the mean of the two streams' answers.
enum SAMMConverter {
    static let origin = ContentOrigin(
        model: "OWASP SAMM", url: "https://github.com/owaspsamm/core", licence: "CC-BY-SA-4.0",
        attribution: "Content from the OWASP Software Assurance Maturity Model (SAMM), licensed CC BY-SA 4.0; adaptations must be shared alike.")

    /// One model file's fields, by the `type` it declares.
    struct Item {
        var type: String
        var fields: [String: String]
        var lists: [String: [String]]
        var answers: [(text: String, value: Double)]
        var location: SourceLocation
        func text(_ key: String) -> String? { fields[key] }
    }

    static func convert(_ files: [ModelFile], version: String?) -> (ConvertedModel?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var items: [Item] = []
        for file in files {
            let reader = YAMLReader(file: file.path)
            defer { diagnostics += reader.diagnostics }
            guard let root = ConversionSupport.root(file, reader: reader, format: .samm) else { continue }
            guard let typeNode = root.optional("type"), let type = reader.string(typeNode) else {
                reader.error(root.node, "expected \(ModelFormat.samm.layout); this file has no 'type'")
                continue
            }
            var fields: [String: String] = [:]
            var lists: [String: [String]] = [:]
            var answers: [(String, Double)] = []
            for key in ["id", "name", "shortName", "shortDescription", "title", "text", "function", "practice", "stream",
                        "level", "maturityLevel", "activity", "answerSet", "letter", "order", "number", "objective", "description"] {
                if let node = root.optional(key), case .scalar = node, let value = reader.string(node) { fields[key] = value }
            }
            if let node = root.optional("quality"), let values = reader.stringList(node, identifiers: false) { lists["quality"] = values.map(\.0) }
            if type == "AnswerSet", let node = root.required("values"), let values = reader.list(node) {
                for value in values {
                    guard let m = reader.mapping(value, what: "an answer ({text, value})") else { continue }
                    if let text = m.required("text").flatMap(reader.text), let number = m.required("value").flatMap(reader.double) {
                        answers.append((text, number))
                    }
                }
            }
            items.append(Item(type: type, fields: fields, lists: lists, answers: answers, location: root.location))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        func all(_ type: String) -> [Item] {
            items.filter { $0.type == type }.sorted { Int($0.text("order") ?? "") ?? 0 < Int($1.text("order") ?? "") ?? 0 }
        }
        func byId(_ type: String) -> [String: Item] {
            Dictionary(all(type).compactMap { item in item.text("id").map { ($0, item) } }, uniquingKeysWith: { first, _ in first })
        }
        let functions = all("Function"), practices = all("Practice")
        let streams = byId("Stream"), practiceLevels = byId("PracticeLevel"), maturityLevels = byId("MaturityLevel")
        let answerSets = byId("AnswerSet")
        let activitiesById = byId("Activity")
        guard !practices.isEmpty else {
            let at = items.first?.location ?? SourceLocation(file: files[0].path)
            return (nil, diagnostics + [.error(at, "no security practice found; expected \(ModelFormat.samm.layout), such as the files of owaspsamm/core model/")])
        }
        let maxLevel = 3
        var scales: [AnswerScale] = []
        var scaleIdOfSet: [String: String] = [:]
        var scaleIds = Set<String>()
        for (id, set) in answerSets.sorted(by: { $0.key < $1.key }) {
            let scaleId = ConversionSupport.unique("samm-answers-\(scaleIds.count + 1)", in: &scaleIds)
            scaleIdOfSet[id] = scaleId
            var optionIds = Set<String>()
            let options = set.answers.map { answer in
                ScaleOption(id: ConversionSupport.unique(ConversionSupport.slug(answer.text, maxLength: 24), in: &optionIds),
                            label: answer.text, value: answer.value)
            }
            scales.append(AnswerScale(id: scaleId, options: options))
        }
        var dimensions: [Dimension] = []
        var sections: [Section] = []
        var noteOnEffort = false
        let functionOrder = Dictionary(functions.enumerated().compactMap { index, item in item.text("id").map { ($0, index) } },
                                       uniquingKeysWith: { first, _ in first })
        let orderedPractices = practices.sorted { (functionOrder[$0.text("function") ?? ""] ?? 99) < (functionOrder[$1.text("function") ?? ""] ?? 99) }
        var questionsBySection: [String: [Question]] = [:]
        for practice in orderedPractices {
            guard let practiceId = practice.text("id") else { continue }
            let function = functions.first { $0.text("id") == practice.text("function") }
            let letter = function?.text("name").flatMap(\.first).map(String.init) ?? "x"
            let dimensionId = ConversionSupport.slug("\(letter)-\(practice.text("shortName") ?? practice.text("name") ?? practiceId)")
            var levels = [0: "No activity of this practice is in place."]
            for level in practiceLevels.values where level.text("practice") == practiceId {
                if let number = maturityLevels[level.text("maturityLevel") ?? ""]?.text("number").flatMap({ Int($0) }), let objective = level.text("objective") {
                    levels[number] = objective
                }
            }
            for number in 1...maxLevel where levels[number] == nil {
                levels[number] = "Maturity level \(number) of this practice."
                diagnostics.append(.warning(practice.location, "practice '\(practice.text("name") ?? practiceId)' has no objective for level \(number); a plain descriptor is written in its place"))
            }
            var actions: [Action] = []
            var questions: [Question] = []
            let practiceStreams = streams.values.filter { $0.text("practice") == practiceId }
                .sorted { ($0.text("letter") ?? "") < ($1.text("letter") ?? "") }
            for stream in practiceStreams {
                let streamActivities = activitiesById.values.filter { $0.text("stream") == stream.text("id") }
                for activity in streamActivities {
                    guard let levelNumber = practiceLevels[activity.text("level") ?? ""].flatMap({ maturityLevels[$0.text("maturityLevel") ?? ""] })?.text("number").flatMap({ Int($0) }) else {
                        diagnostics.append(.warning(activity.location, "activity '\(activity.text("title") ?? "?")' names no known practice level; left out"))
                        continue
                    }
                    let code = "\(dimensionId)-\(levelNumber)-\((stream.text("letter") ?? "x").lowercased())"
                    noteOnEffort = true
                    actions.append(Action(id: code, title: activity.text("title") ?? code, level: levelNumber, effort: 5, impact: 3,
                                          roles: ["security-liaison"], description: activity.text("shortDescription") ?? activity.text("benefit")))
                    for question in items where question.type == "Question" && question.text("activity") == activity.text("id") {
                        guard let text = question.text("text"), let scale = scaleIdOfSet[question.text("answerSet") ?? ""] else {
                            diagnostics.append(.warning(question.location, "question without text or a known answer set; left out"))
                            continue
                        }
                        let criteria = question.lists["quality"] ?? []
                        questions.append(Question(id: code, text: text, dimension: dimensionId, level: levelNumber, scale: scale,
                                                  help: criteria.isEmpty ? nil : "Counts when: " + criteria.joined(separator: "; ")))
                    }
                }
            }
            questions.sort { $0.id < $1.id }
            actions.sort { ($0.level, $0.id) < ($1.level, $1.id) }
            let sectionKey = function?.text("name") ?? "Other"
            questionsBySection[sectionKey, default: []] += questions
            dimensions.append(Dimension(id: dimensionId, title: practice.text("name") ?? dimensionId,
                                        summary: practice.text("shortDescription"), references: ["SAMM \(letter)-\(practice.text("shortName") ?? "")"],
                                        levels: levels, actions: actions))
        }
        if noteOnEffort {
            diagnostics.append(.warning(SourceLocation(file: files[0].path), "SAMM gives no effort or impact for its activities: each action is set at 5 person-days and impact 3, to be edited before planning"))
        }
        var sectionIds = Set<String>()
        for function in functions {
            let name = function.text("name") ?? "Other"
            guard let questions = questionsBySection[name], !questions.isEmpty else { continue }
            sections.append(Section(id: ConversionSupport.unique(ConversionSupport.slug(name), in: &sectionIds), title: name,
                                    summary: nil, questions: questions))
        }
        var origin = origin
        origin.version = version
        let rubric = Rubric(id: "samm", title: "OWASP SAMM", version: ConversionSupport.contentVersion(version ?? "2.0"),
                            summary: "Software assurance maturity by security practice, scored as SAMM scores it.",
                            scale: [ScaleLevel(level: 0, name: "None")] + (1...maxLevel).map { level in
                                ScaleLevel(level: level, name: "Level \(level)",
                                           description: maturityLevels.values.first { $0.text("number") == String(level) }?.text("description"))
                            },
                            scoring: .average, dimensions: dimensions, origin: origin)
        let questionnaire = Questionnaire(id: "samm-assessment", title: "OWASP SAMM assessment", version: ConversionSupport.contentVersion(version ?? "2.0"),
                                          rubrics: [rubric.id], unknown: .zero, scales: scales, sections: sections, origin: origin)
        return (ConvertedModel(rubric: rubric, questionnaire: questionnaire, diagnostics: diagnostics), diagnostics)
    }
}
