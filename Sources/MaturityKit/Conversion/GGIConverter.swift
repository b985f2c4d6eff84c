
/// Converts the OW2 Good Governance Initiative activities file of
/// my-ggi-board (`ggi_activities_full.json`: `goals`, `roles` and
/// `activities`, each activity's handbook text in `content`) into a rubric
/// of one dimension per activity on a 0–1 scale: its checkpoints (the task
/// list items `- [ ]` of its text) become yes/no questions, the activity
/// becomes the action that reaches level 1, and the activity counts as done
/// when every checkpoint is ticked. Goals become the questionnaire's
/// sections; the model's roles become a roles file.
enum GGIConverter {
    static let origin = ContentOrigin(
        model: "OW2 OSPO Alliance Good Governance Initiative (GGI) handbook",
        url: "https://ospo-alliance.org/ggi/", licence: "CC-BY-4.0",
        attribution: "Activities from the OSPO Alliance's Good Governance Initiative handbook, licensed CC BY 4.0.")

    static func convert(_ files: [ModelFile], version: String?) -> (ConvertedModel?, [Diagnostic]) {
        guard files.count == 1, let file = files.first else {
            return (nil, [.error(SourceLocation(file: files[0].path), "give one activities file (ggi_activities_full.json), found \(files.count) files")])
        }
        let reader = YAMLReader(file: file.path)
        guard let root = ConversionSupport.root(file, reader: reader, format: .ggi) else { return (nil, reader.diagnostics) }
        guard root.has("goals"), root.has("activities") else {
            reader.error(root.node, "expected \(ModelFormat.ggi.layout); this file has no '\(root.has("goals") ? "activities" : "goals")'")
            return (nil, reader.diagnostics)
        }
        let handbook = version ?? root.optional("handbook_version").flatMap { reader.string($0) }
        var goals: [String] = []
        for node in root.optional("goals").flatMap({ reader.list($0, what: "a list of goals") }) ?? [] {
            if let goal = reader.mapping(node, what: "a goal ({name, ...})"), let name = goal.required("name").flatMap(reader.text) {
                goals.append(name)
            }
        }
        var roleIds: [String: String] = [:]
        var roles: [Role] = []
        var taken = Set<String>()
        if let node = root.optional("roles"), let entries = reader.entries(node, what: "a mapping of role → colour") {
            for entry in entries {
                let id = ConversionSupport.unique("ggi-" + ConversionSupport.slug(entry.key), in: &taken)
                roleIds[entry.key] = id
                roles.append(Role(id: id, title: entry.key, summary: "A role the GGI handbook names for its activities."))
            }
        }
        var dimensions: [Dimension] = []
        var questionsByGoal: [String: [Question]] = [:]
        var dimensionIds = Set<String>()
        var defaultsNoted = false
        for node in root.optional("activities").flatMap({ reader.list($0, what: "a list of activities") }) ?? [] {
            guard let activity = reader.mapping(node, what: "an activity ({id, name, goal, roles, content})") else { continue }
            let code = activity.required("id").flatMap { reader.identifier($0, what: "an activity id") }
            let name = activity.required("name").flatMap(reader.text)
            let goalNode = activity.required("goal")
            let goal = goalNode.flatMap(reader.text)
            let content = activity.optional("content").flatMap { reader.string($0) } ?? ""
            var activityRoles: [String] = []
            if let node = activity.optional("roles"), let items = reader.stringList(node, identifiers: false) {
                for (label, labelNode) in items {
                    if let id = roleIds[label] { activityRoles.append(id) } else {
                        let id = ConversionSupport.unique("ggi-" + ConversionSupport.slug(label), in: &taken)
                        roleIds[label] = id
                        roles.append(Role(id: id, title: label, summary: "A role the GGI handbook names for its activities."))
                        activityRoles.append(id)
                        reader.warning(labelNode, "role '\(label)' is not in the file's 'roles'; added to the roles file")
                    }
                }
            }
            guard let code, let name, let goal else { continue }
            if !goals.contains(goal) {
                reader.warning(goalNode, "goal '\(goal)' is not in the file's 'goals'; its activities get a section of their own")
                goals.append(goal)
            }
            let id = ConversionSupport.unique(ConversionSupport.slug(code), in: &dimensionIds)
            let checkpoints = Self.checkpoints(in: content)
            if checkpoints.isEmpty {
                reader.warning(node, "activity \(code) has no checkpoint ('- [ ] …' item) in its text; it gets one question: is the activity done?")
            }
            let texts = checkpoints.isEmpty ? ["The activity '\(name)' is carried out."] : checkpoints
            let questions = texts.enumerated().map { index, text in
                Question(id: "\(id).c\(index + 1)", text: text, dimension: id, scale: "ticked")
            }
            questionsByGoal[goal, default: []] += questions
            defaultsNoted = true
            let action = Action(id: "\(id).do", title: name, level: 1, effort: 10, impact: 3,
                                roles: activityRoles.isEmpty ? ["ospo-lead"] : activityRoles,
                                description: "GGI activity \(code) (goal: \(goal)).")
            dimensions.append(Dimension(id: id, title: "\(code) \(name)", summary: "Goal: \(goal).", references: [code],
                                        levels: [0: "Not every checkpoint of \(code) is ticked yet.",
                                                 1: "Every checkpoint of \(code) is ticked: the activity is done."],
                                        actions: [action]))
        }
        if dimensions.isEmpty && !reader.diagnostics.hasErrors {
            reader.error(root.node, "the file lists no activity; expected \(ModelFormat.ggi.layout)")
        }
        guard !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        if defaultsNoted {
            reader.warning(root.node, "GGI gives no effort or impact for its activities: each action is set at 10 person-days and impact 3, to be edited before planning")
        }
        var origin = origin
        origin.version = handbook
        var sectionIds = Set<String>()
        let sections = goals.compactMap { goal -> Section? in
            guard let questions = questionsByGoal[goal], !questions.isEmpty else { return nil }
            return Section(id: ConversionSupport.unique(ConversionSupport.slug(goal), in: &sectionIds), title: goal, questions: questions)
        }
        let rubric = Rubric(id: "ggi", title: "Good Governance Initiative", version: ConversionSupport.contentVersion(handbook),
                            summary: "The GGI handbook's activities, each done when all of its checkpoints are ticked.",
                            scale: [ScaleLevel(level: 0, name: "Not done"), ScaleLevel(level: 1, name: "Done")],
                            scoring: .average, dimensions: dimensions, origin: origin)
        let scale = AnswerScale(id: "ticked", options: [ScaleOption(id: "no", label: "Not ticked", value: 0),
                                                        ScaleOption(id: "yes", label: "Ticked", value: 1)])
        let questionnaire = Questionnaire(id: "ggi-checkpoints", title: "Good Governance Initiative checkpoints", version: ConversionSupport.contentVersion(handbook),
                                          rubrics: [rubric.id], unknown: .zero, scales: [scale], sections: sections, origin: origin)
        let catalog = roles.isEmpty ? nil : RoleCatalog(roles: roles)
        return (ConvertedModel(rubric: rubric, questionnaire: questionnaire, roles: catalog, diagnostics: reader.diagnostics), reader.diagnostics)
    }

    /// The task list items (`- [ ] text`, `- [x] text`, `* [ ] text`) of a
    /// Markdown text, in order, without their box.
    static func checkpoints(in markdown: String) -> [String] {
        markdown.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard trimmed.hasPrefix("- [") || trimmed.hasPrefix("* [") else { return nil }
            let afterBullet = trimmed.dropFirst(3)
            guard let close = afterBullet.firstIndex(of: "]"), afterBullet.distance(from: afterBullet.startIndex, to: close) == 1 else { return nil }
            let text = afterBullet[afterBullet.index(after: close)...].trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
    }
}
