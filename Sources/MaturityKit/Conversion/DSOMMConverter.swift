
/// Converts DevSecOps Maturity Model activity files (the YAML of
/// DevSecOps-MaturityModel-data: dimension → sub-dimension → activity) into a
/// rubric of one dimension per DSOMM dimension on a 0–5 scale, gated so that
/// a level counts once all its activities are in place. Each activity becomes
/// a yes/no question and an action: effort from `difficultyOfImplementation`,
/// impact from `usefulness`, and `dependsOn` (by name or uuid) as `requires`.
enum DSOMMConverter {
    static let origin = ContentOrigin(
        model: "OWASP DevSecOps Maturity Model (DSOMM)",
        url: "https://github.com/devsecopsmaturitymodel/DevSecOps-MaturityModel-data", licence: "GPL-3.0",
        attribution: "Activities from the OWASP DevSecOps Maturity Model data, licensed GPL-3.0.")

    /// Person-days by the rounded mean of knowledge, time and resources (1–5).
    static let effortByDifficulty: [Int: Double] = [1: 2, 2: 5, 3: 10, 4: 20, 5: 40]

    /// Keys at the top or under a dimension that hold no activities.
    static let metadataKeys: Set<String> = ["_meta", "meta", "implementations"]

    struct Activity {
        var name: String
        var uuid: String?
        var dimension: String
        var subDimension: String
        var level: Int
        var effort: Double
        var impact: Int
        var measure: String?
        var dependsOn: [(String, SourceLocation)]
        var id: String = ""
    }

    /// The YAML documents of a file (generated/model.yaml holds two), each
    /// as the whole text with the lines of the other documents blanked, so
    /// that every line and column stays as in the file.
    static func documents(of file: ModelFile) -> [ModelFile] {
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        let markers = lines.indices.filter { lines[$0] == "---" || lines[$0].hasPrefix("--- ") || lines[$0] == "---\r" }
        guard markers.count > 1 || (markers.count == 1 && lines[..<markers[0]].contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }) else {
            return [file]
        }
        let bounds = ([0] + markers.map { $0 + 1 }).enumerated().map { index, start in
            (start, index < markers.count ? markers[index] : lines.count)
        }
        return bounds.compactMap { start, end -> ModelFile? in
            let body = lines[start..<end]
            guard body.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.hasPrefix("#") }) else { return nil }
            let text = lines.indices.map { $0 >= start && $0 < end ? String(lines[$0]) : "" }.joined(separator: "\n")
            return ModelFile(path: file.path, text: text)
        }
    }

    static func convert(_ files: [ModelFile], version: String?) -> (ConvertedModel?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var activities: [Activity] = []
        var modelVersion: String?
        for file in files {
          for document in documents(of: file) {
            let reader = YAMLReader(file: file.path)
            defer { diagnostics += reader.diagnostics }
            guard let root = ConversionSupport.root(document, reader: reader, format: .dsomm),
                  let dimensions = reader.entries(root.node) else { continue }
            // generated/model.yaml opens with `meta: {version, released, publisher}`.
            if let meta = root.optional("meta"), let map = reader.mapping(meta) {
                modelVersion = map.optional("version").flatMap { reader.string($0) }
            }
            for (dimension, dimensionKey, dimensionNode) in dimensions where !metadataKeys.contains(dimension) {
                guard let subs = reader.entries(dimensionNode, what: "a mapping of sub-dimension → activities") else { continue }
                if subs.isEmpty { reader.error(dimensionKey, "expected \(ModelFormat.dsomm.layout); '\(dimension)' holds no sub-dimension") }
                for (subDimension, _, subNode) in subs where !metadataKeys.contains(subDimension) {
                    guard let entries = reader.entries(subNode, what: "a mapping of activity name → activity") else { continue }
                    for (name, nameNode, node) in entries {
                        guard let map = reader.mapping(node, what: "an activity ({level, difficultyOfImplementation, usefulness, ...})") else { continue }
                        guard map.has("level") else {
                            reader.error(nameNode, "expected \(ModelFormat.dsomm.layout); activity '\(name)' has no 'level'")
                            continue
                        }
                        guard let level = map.required("level").flatMap(reader.integer) else { continue }
                        if !(1...5).contains(level) { reader.error(map.optional("level"), "a DSOMM level is from 1 to 5, found \(level)") }
                        var difficulty: [Int] = []
                        if let node = map.optional("difficultyOfImplementation"), let d = reader.mapping(node, what: "{knowledge, time, resources}") {
                            difficulty = ["knowledge", "time", "resources"].compactMap { d.optional($0).flatMap(reader.integer) }
                        }
                        let mean = difficulty.isEmpty ? 3 : Int((Double(difficulty.reduce(0, +)) / Double(difficulty.count)).rounded())
                        let usefulness = map.optional("usefulness").flatMap(reader.integer) ?? 3
                        var dependsOn: [(String, SourceLocation)] = []
                        if let node = map.optional("dependsOn"), let items = reader.stringList(node, identifiers: false) {
                            dependsOn = items.map { ($0.0, reader.location(of: $0.1)) }
                        }
                        let measure = map.optional("measure").flatMap { reader.string($0) }
                        let uuid = map.optional("uuid").flatMap { reader.string($0) }
                        activities.append(Activity(name: name, uuid: uuid, dimension: dimension, subDimension: subDimension,
                                                   level: min(max(level, 1), 5), effort: effortByDifficulty[min(max(mean, 1), 5)] ?? 10,
                                                   impact: min(max(usefulness, 1), 5), measure: measure, dependsOn: dependsOn))
                    }
                }
            }
          }
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        guard !activities.isEmpty else {
            return (nil, diagnostics + [.error(SourceLocation(file: files[0].path), "no activity found; expected \(ModelFormat.dsomm.layout)")])
        }
        var taken = Set<String>()
        for index in activities.indices {
            activities[index].id = ConversionSupport.unique(ConversionSupport.slug(activities[index].name), in: &taken)
        }
        var idByReference: [String: String] = [:]
        for activity in activities {
            idByReference[activity.name.lowercased()] = activity.id
            if let uuid = activity.uuid { idByReference[uuid.lowercased()] = activity.id }
        }
        var dimensionOrder: [String] = []
        for activity in activities where !dimensionOrder.contains(activity.dimension) { dimensionOrder.append(activity.dimension) }
        var dimensionIds = Set<String>()
        var dimensions: [Dimension] = []
        var sections: [Section] = []
        var sectionIds = Set<String>()
        for name in dimensionOrder {
            let id = ConversionSupport.unique(ConversionSupport.slug(name), in: &dimensionIds)
            let own = activities.filter { $0.dimension == name }
            var levels = [0: "None of the \(name) activities is in place."]
            for level in 1...5 {
                let names = own.filter { $0.level == level }.map(\.name)
                levels[level] = names.isEmpty
                    ? "No \(name) activity sits at level \(level); reached with the levels below."
                    : "Every level-\(level) activity of \(name) is in place: \(names.joined(separator: "; "))."
            }
            let actions = own.map { activity -> Action in
                var requires: [String] = []
                var unknown: [String] = []
                for (reference, location) in activity.dependsOn {
                    if let target = idByReference[reference.lowercased()] {
                        if !requires.contains(target) { requires.append(target) }
                    } else {
                        unknown.append(reference)
                        diagnostics.append(.warning(location, "activity '\(activity.name)' depends on '\(reference)', which no activity of the files given is named; kept in the action's description, not in 'requires'"))
                    }
                }
                var description = activity.measure
                if !unknown.isEmpty {
                    description = [description, "Also depends on (not in the converted files): \(unknown.joined(separator: "; "))."].compactMap { $0 }.joined(separator: " ")
                }
                return Action(id: activity.id, title: activity.name, level: activity.level, effort: activity.effort,
                              impact: activity.impact, roles: ["security-liaison"], requires: requires, description: description)
            }
            dimensions.append(Dimension(id: id, title: name, levels: levels, actions: actions))
            var subOrder: [String] = []
            for activity in own where !subOrder.contains(activity.subDimension) { subOrder.append(activity.subDimension) }
            for sub in subOrder {
                let questions = own.filter { $0.subDimension == sub }.map { activity in
                    Question(id: activity.id, text: "\(activity.name): is it in place?", dimension: id, level: activity.level,
                             scale: "in-place", help: activity.measure)
                }
                sections.append(Section(id: ConversionSupport.unique(ConversionSupport.slug("\(name) \(sub)"), in: &sectionIds),
                                        title: "\(name): \(sub)", questions: questions))
            }
        }
        let version = version ?? modelVersion
        var origin = origin
        origin.version = version
        let rubric = Rubric(id: "dsomm", title: "DevSecOps Maturity Model", version: ConversionSupport.contentVersion(version),
                            summary: "DevSecOps practice by dimension: a level counts once every activity of that level is in place.",
                            scale: [ScaleLevel(level: 0, name: "None")] + (1...5).map { ScaleLevel(level: $0, name: "Level \($0)") },
                            scoring: .gated(pass: 1), dimensions: dimensions, origin: origin)
        let scale = AnswerScale(id: "in-place", options: [ScaleOption(id: "no", label: "No", value: 0),
                                                          ScaleOption(id: "partly", label: "Partly", value: 0.5),
                                                          ScaleOption(id: "yes", label: "Yes", value: 1)])
        let questionnaire = Questionnaire(id: "dsomm-assessment", title: "DevSecOps Maturity Model assessment", version: ConversionSupport.contentVersion(version),
                                          rubrics: [rubric.id], unknown: .zero, scales: [scale], sections: sections, origin: origin)
        return (ConvertedModel(rubric: rubric, questionnaire: questionnaire, diagnostics: diagnostics), diagnostics)
    }
}
