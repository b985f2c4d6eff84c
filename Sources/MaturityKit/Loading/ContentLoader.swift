/// Loads content format v1 from YAML text. Pure: takes text and a display
/// path, returns values and every diagnostic found in the file.
public enum ContentLoader {
    /// Loads a file of any kind, chosen by its `format:` key.
    /// - Parameter expecting: when given, a file of another kind is an error.
    public static func load(_ text: String, path: String,
                            expecting: ContentDocument.Kind? = nil) -> (ContentDocument?, [Diagnostic]) {
        let reader = YAMLReader(file: path)
        guard let root = reader.compose(text), let map = reader.mapping(root, what: "a mapping of keys at the top of the file") else {
            return (nil, reader.diagnostics)
        }
        guard let formatNode = map.required("format"), let format = reader.string(formatNode) else {
            return (nil, reader.diagnostics)
        }
        guard let kind = ContentDocument.Kind(rawValue: format) else {
            let known = ContentDocument.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            let hint = format.hasPrefix("ospo/") && format.contains("@")
                ? "; this version of ospo reads \(known)" : "; expected one of \(known)"
            reader.error(formatNode, "unknown format '\(format)'\(hint)")
            return (nil, reader.diagnostics)
        }
        if let expecting, expecting != kind {
            reader.error(formatNode, "expected a \(expecting.name) file (format: \(expecting.rawValue)), found a \(kind.name) file")
            return (nil, reader.diagnostics)
        }
        let loader = NodeLoader(reader: reader)
        let document: ContentDocument?
        switch kind {
        case .rubric: document = loader.rubric(map).map(ContentDocument.rubric)
        case .roles: document = loader.roles(map).map(ContentDocument.roles)
        case .questionnaire: document = loader.questionnaire(map).map(ContentDocument.questionnaire)
        case .answers: document = loader.answers(map).map(ContentDocument.answers)
        case .profile: document = loader.profile(map).map(ContentDocument.profile)
        case .mapping: document = loader.mapping(map).map(ContentDocument.mapping)
        }
        // A document read with errors is still returned, so that lint can go on
        // to check its references; loaders that throw never hand it out.
        return (document, reader.diagnostics)
    }

    /// Loads a file that must be of one kind, throwing every diagnostic when it
    /// has errors.
    public static func loadRubric(_ text: String, path: String) throws -> Rubric {
        try loadOrThrow(text, path: path, kind: .rubric) { if case .rubric(let value) = $0 { value } else { nil } }
    }

    public static func loadRoles(_ text: String, path: String) throws -> RoleCatalog {
        try loadOrThrow(text, path: path, kind: .roles) { if case .roles(let value) = $0 { value } else { nil } }
    }

    public static func loadQuestionnaire(_ text: String, path: String) throws -> Questionnaire {
        try loadOrThrow(text, path: path, kind: .questionnaire) { if case .questionnaire(let value) = $0 { value } else { nil } }
    }

    public static func loadAnswers(_ text: String, path: String) throws -> AnswerSet {
        try loadOrThrow(text, path: path, kind: .answers) { if case .answers(let value) = $0 { value } else { nil } }
    }

    public static func loadProfile(_ text: String, path: String) throws -> Profile {
        try loadOrThrow(text, path: path, kind: .profile) { if case .profile(let value) = $0 { value } else { nil } }
    }

    /// Loads a mapping for wide CSV imports (`format: ospo/mapping@1`); it is
    /// checked against its questionnaire when used (`MappingValidator`).
    public static func loadMapping(_ text: String, path: String) throws -> AnswerMapping {
        try loadOrThrow(text, path: path, kind: .mapping) { if case .mapping(let value) = $0 { value } else { nil } }
    }

    private static func loadOrThrow<T>(_ text: String, path: String, kind: ContentDocument.Kind,
                                       _ extract: (ContentDocument) -> T?) throws -> T {
        let (document, diagnostics) = load(text, path: path, expecting: kind)
        guard let document, !diagnostics.hasErrors, let value = extract(document) else {
            throw ContentError(diagnostics.hasErrors ? diagnostics
                               : diagnostics + [.error(SourceLocation(file: path), "expected a \(kind.name) file")])
        }
        return value
    }
}

/// Maps node trees to content values, one function per entity.
struct NodeLoader {
    let reader: YAMLReader

    // MARK: - Rubric

    func rubric(_ map: MappingReader) -> Rubric? {
        var source = SourceMap(map.location)
        let id = map.required("id").flatMap { reader.identifier($0) }
        source["id"] = map.valueLocation("id")
        let title = map.required("title").flatMap(reader.text)
        let version = map.required("version").flatMap(reader.text)
        let summary = map.optional("summary").flatMap(reader.text)
        var scale: [ScaleLevel] = []
        if let node = map.required("scale"), let items = reader.list(node) {
            source["scale"] = reader.location(of: node)
            for item in items {
                guard let m = reader.mapping(item, what: "a scale level ({level, name})") else { continue }
                let levelNode = m.required("level")
                var level = levelNode.flatMap(reader.integer)
                // Checks and reports walk the scale level by level: a level
                // past the limit is refused here, before anything counts up to it.
                if let value = level, !(0...InputLimits.scaleLevel).contains(value) {
                    reader.error(levelNode, "scale level \(value) is outside 0…\(InputLimits.scaleLevel); a scale counts up from 0 in steps of 1")
                    level = nil
                }
                let name = m.required("name").flatMap(reader.text)
                let description = m.optional("description").flatMap(reader.text)
                m.finish()
                if let level, let name {
                    source["scale.\(scale.count)"] = m.valueLocation("level")
                    scale.append(ScaleLevel(level: level, name: name, description: description))
                }
            }
        }
        var scoring = ScoringMethod.average
        if let node = map.optional("scoring"), let m = reader.mapping(node, what: "a scoring method ({method: average} or {method: gated, pass: 0.75})") {
            source["scoring"] = reader.location(of: node)
            if let methodNode = m.required("method"), let method = reader.string(methodNode) {
                switch method {
                case "average":
                    scoring = .average
                case "gated":
                    let pass = m.required("pass").flatMap(reader.double) ?? 1
                    if let passNode = m.optional("pass"), !(pass > 0 && pass <= 1) {
                        reader.error(passNode, "'pass' must be greater than 0 and at most 1, found \(pass)")
                    }
                    scoring = .gated(pass: pass)
                case "conformance":
                    scoring = .conformance
                default:
                    reader.error(methodNode, "unknown scoring method '\(method)'; expected 'average', 'gated' or 'conformance'")
                }
            }
            m.finish()
        }
        var dimensions: [Dimension] = []
        if let node = map.required("dimensions"), let items = reader.list(node) {
            if items.isEmpty { reader.error(node, "a rubric needs at least one dimension") }
            dimensions = items.compactMap(dimension)
        }
        let origin = map.optional("source").flatMap(self.origin)
        map.finish(allowed: ["format"])
        guard let id, let title, let version else { return nil }
        return Rubric(id: id, title: title, version: version, summary: summary, scale: scale,
                      scoring: scoring, dimensions: dimensions, origin: origin, source: source)
    }

    func dimension(_ node: YAMLNode) -> Dimension? {
        guard let map = reader.mapping(node, what: "a dimension") else { return nil }
        var source = SourceMap(map.location)
        let id = map.required("id").flatMap { reader.identifier($0) }
        source["id"] = map.valueLocation("id")
        let title = map.required("title").flatMap(reader.text)
        let weight = positive(map, "weight") ?? 1
        let summary = map.optional("summary").flatMap(reader.text)
        let references = map.optional("references").flatMap { reader.stringList($0, identifiers: false) }?.map(\.0) ?? []
        var levels: [Int: String] = [:]
        if let levelsNode = map.required("levels"), let entries = reader.entries(levelsNode, what: "a mapping of level → descriptor") {
            source["levels"] = reader.location(of: levelsNode)
            for entry in entries {
                guard let level = Int(entry.key) else {
                    reader.error(entry.keyNode, "level keys are whole numbers, found '\(entry.key)'")
                    continue
                }
                source["levels.\(level)"] = reader.location(of: entry.keyNode)
                if let text = reader.text(entry.value) { levels[level] = text }
            }
        }
        let actions = map.optional("actions").flatMap { reader.list($0) }?.compactMap(action) ?? []
        let passCount = map.optional("pass_count").flatMap(reader.integer)
        if let passCount, passCount < 1 {
            reader.error(map.optional("pass_count"), "'pass_count' must be at least 1, found \(passCount)")
        }
        source["pass_count"] = map.valueLocation("pass_count")
        map.finish()
        guard let id else { return nil }
        return Dimension(id: id, title: title ?? id, weight: weight, summary: summary, references: references,
                         levels: levels, actions: actions, passCount: passCount, source: source)
    }

    func action(_ node: YAMLNode) -> Action? {
        guard let map = reader.mapping(node, what: "an action") else { return nil }
        var source = SourceMap(map.location)
        let id = map.required("id").flatMap { reader.identifier($0) }
        source["id"] = map.valueLocation("id")
        let title = map.required("title").flatMap(reader.text)
        let level = map.required("level").flatMap(reader.integer)
        source["level"] = map.valueLocation("level")
        let (effort, scalesWith) = self.effort(map, source: &source)
        let impact = map.required("impact").flatMap(reader.integer)
        if let impact, !(1...5).contains(impact) {
            reader.error(map.optional("impact"), "'impact' must be from 1 to 5, found \(impact)")
        }
        var roles: [String] = []
        if let rolesNode = map.required("roles"), let items = reader.stringList(rolesNode) {
            if items.isEmpty { reader.error(rolesNode, "an action needs at least one role") }
            for (index, item) in items.enumerated() {
                source["roles.\(index)"] = reader.location(of: item.1)
                roles.append(item.0)
            }
        }
        var requires: [String] = []
        if let requiresNode = map.optional("requires"), let items = reader.stringList(requiresNode) {
            for (index, item) in items.enumerated() {
                source["requires.\(index)"] = reader.location(of: item.1)
                requires.append(item.0)
            }
        }
        let description = map.optional("description").flatMap(reader.text)
        let when = self.when(map, source: &source)
        let measures = map.optional("measures").flatMap { reader.list($0) }?.enumerated().compactMap { index, item -> Measure? in
            source["measures.\(index)"] = reader.location(of: item)
            if let idNode = item["id"] {
                source["measures.\(index).id"] = reader.location(of: idNode)
            }
            let result = measure(item)
            if let result, result.when != nil, let whenNode = item["when"] {
                source["measures.\(index).when"] = reader.location(of: whenNode)
            }
            return result
        } ?? []
        map.finish()
        guard let id else { return nil }
        // Broken fields were reported; stand-ins keep the action for the checks across files.
        return Action(id: id, title: title ?? id, level: level ?? 1, effort: effort ?? 1, impact: impact ?? 3, roles: roles,
                      requires: requires, description: description, measures: measures, when: when,
                      scalesWith: scalesWith, source: source)
    }

    func measure(_ node: YAMLNode) -> Measure? {
        guard let map = reader.mapping(node, what: "a measure") else { return nil }
        let id = map.required("id").flatMap { reader.identifier($0) }
        let name = map.required("name").flatMap(reader.text)
        let unit: MeasureUnit? = enumeration(map, "unit")
        let direction: MeasureDirection? = enumeration(map, "direction")
        let target = map.required("target").flatMap(reader.double)
        let baseline = map.optional("baseline").flatMap(reader.double)
        let currency = map.optional("currency").flatMap { reader.identifier($0, what: "a currency code such as EUR") }
        if currency != nil, let unit, unit != .currency, let node = map.optional("currency") {
            reader.error(node, "'currency' belongs to a measure of unit 'currency'; this one's unit is '\(unit.rawValue)'")
        } else if currency == nil, unit == .currency {
            reader.warning(map.node, "a measure of unit 'currency' should name its currency, e.g. 'currency: EUR', so reports can show it")
        }
        let when = map.optional("when").flatMap(condition)
        map.finish()
        guard let id, let name, let unit, let direction, let target else { return nil }
        return Measure(id: id, name: name, unit: unit, direction: direction, target: target, baseline: baseline,
                       currency: currency, when: when)
    }

    // MARK: - Roles

    func roles(_ map: MappingReader) -> RoleCatalog? {
        let source = SourceMap(map.location)
        var roles: [Role] = []
        if let node = map.required("roles"), let items = reader.list(node) {
            for item in items {
                guard let m = reader.mapping(item, what: "a role") else { continue }
                var roleSource = SourceMap(m.location)
                let id = m.required("id").flatMap { reader.identifier($0) }
                roleSource["id"] = m.valueLocation("id")
                let title = m.required("title").flatMap(reader.text)
                let summary = m.optional("summary").flatMap(reader.text)
                let competencies = m.optional("competencies").flatMap { reader.stringList($0, identifiers: false) }?.map(\.0) ?? []
                m.finish()
                if let id, let title {
                    roles.append(Role(id: id, title: title, summary: summary, competencies: competencies, source: roleSource))
                }
            }
        }
        map.finish(allowed: ["format"])
        return RoleCatalog(roles: roles, source: source)
    }

    // MARK: - Questionnaire

    func questionnaire(_ map: MappingReader) -> Questionnaire? {
        var source = SourceMap(map.location)
        let id = map.required("id").flatMap { reader.identifier($0) }
        source["id"] = map.valueLocation("id")
        let title = map.required("title").flatMap(reader.text)
        let version = map.required("version").flatMap(reader.text)
        let summary = map.optional("summary").flatMap(reader.text)
        var rubrics: [String] = []
        if let node = map.required("rubrics"), let items = reader.stringList(node) {
            for (index, item) in items.enumerated() {
                source["rubrics.\(index)"] = reader.location(of: item.1)
                rubrics.append(item.0)
            }
        }
        let unknown: UnknownPolicy = enumeration(map, "unknown", required: false) ?? .zero
        var scales: [AnswerScale] = []
        if let node = map.required("scales"), let entries = reader.entries(node, what: "a mapping of scale id → options") {
            for entry in entries {
                guard reader.identifier(entry.keyNode) != nil, let items = reader.list(entry.value, what: "a list of options") else { continue }
                var scaleSource = SourceMap(reader.location(of: entry.keyNode))
                var options: [ScaleOption] = []
                for (index, item) in items.enumerated() {
                    guard let m = reader.mapping(item, what: "an option ({id, label, value})") else { continue }
                    scaleSource["options.\(index)"] = m.location
                    let optionId = m.required("id").flatMap { reader.identifier($0) }
                    let label = m.required("label").flatMap(reader.text)
                    let value = m.required("value").flatMap(reader.double)
                    scaleSource["options.\(index).value"] = m.valueLocation("value")
                    m.finish()
                    if let optionId, let label, let value { options.append(ScaleOption(id: optionId, label: label, value: value)) }
                }
                scales.append(AnswerScale(id: entry.key, options: options, source: scaleSource))
            }
        }
        var roles: [RespondentRole] = []
        if let node = map.optional("roles"), let entries = reader.entries(node, what: "a mapping of role id → {title, weight}") {
            for entry in entries {
                guard reader.identifier(entry.keyNode) != nil, let m = reader.mapping(entry.value, what: "a role ({title, weight})") else { continue }
                source["roles.\(entry.key)"] = reader.location(of: entry.keyNode)
                let title = m.required("title").flatMap(reader.text)
                let weight = positive(m, "weight") ?? 1
                m.finish()
                if let title { roles.append(RespondentRole(id: entry.key, title: title, weight: weight)) }
            }
        }
        let context = map.optional("context").map(contextFacts) ?? []
        var sections: [Section] = []
        if let node = map.required("sections"), let items = reader.list(node) {
            for item in items {
                guard let m = reader.mapping(item, what: "a section") else { continue }
                let sectionId = m.required("id").flatMap { reader.identifier($0) }
                var sectionSource = SourceMap(m.location)
                sectionSource["id"] = m.valueLocation("id")
                let sectionTitle = m.required("title").flatMap(reader.text)
                let sectionSummary = m.optional("summary").flatMap(reader.text)
                let sectionWhen = when(m, source: &sectionSource)
                let questions = m.required("questions").flatMap { reader.list($0) }?.compactMap(question) ?? []
                m.finish()
                if let sectionId, let sectionTitle {
                    sections.append(Section(id: sectionId, title: sectionTitle, summary: sectionSummary, when: sectionWhen, questions: questions,
                                            source: sectionSource))
                }
            }
        }
        let origin = map.optional("source").flatMap(self.origin)
        map.finish(allowed: ["format"])
        guard let id, let title, let version else { return nil }
        return Questionnaire(id: id, title: title, version: version, summary: summary, rubrics: rubrics,
                             unknown: unknown, scales: scales, roles: roles, context: context, sections: sections, origin: origin,
                             source: source)
    }

    /// The `source:` block of converted content: the model, its version,
    /// where it is published, its licence and the attribution it asks for.
    func origin(_ node: YAMLNode) -> ContentOrigin? {
        guard let map = reader.mapping(node, what: "a source ({model, version, url, licence, attribution})") else { return nil }
        let model = map.required("model").flatMap(reader.text)
        let version = map.optional("version").flatMap(reader.text)
        let url = map.optional("url").flatMap(reader.text)
        let licence = map.required("licence").flatMap(reader.text)
        let attribution = map.optional("attribution").flatMap(reader.text)
        map.finish()
        guard let model, let licence else { return nil }
        return ContentOrigin(model: model, version: version, url: url, licence: licence, attribution: attribution)
    }

    func question(_ node: YAMLNode) -> Question? {
        guard let map = reader.mapping(node, what: "a question") else { return nil }
        var source = SourceMap(map.location)
        let id = map.required("id").flatMap { reader.identifier($0) }
        source["id"] = map.valueLocation("id")
        let text = map.required("text").flatMap(reader.text)
        let dimension = map.required("dimension").flatMap { reader.identifier($0) }
        source["dimension"] = map.valueLocation("dimension")
        let level = map.optional("level").flatMap(reader.integer)
        source["level"] = map.valueLocation("level")
        let scale = map.required("scale").flatMap { reader.identifier($0) }
        source["scale"] = map.valueLocation("scale")
        let weight = positive(map, "weight") ?? 1
        let allowNA = map.optional("allow_na").flatMap(reader.bool) ?? false
        let help = map.optional("help").flatMap(reader.text)
        source["help"] = map.valueLocation("help")
        let interviewerNotes = map.optional("interviewer_notes").flatMap(reader.text)
        let evidence = map.optional("evidence").flatMap(reader.text)
        var roles: [String]?
        if let rolesNode = map.optional("roles"), let items = reader.stringList(rolesNode) {
            for (index, item) in items.enumerated() { source["roles.\(index)"] = reader.location(of: item.1) }
            roles = items.map(\.0)
        }
        var when: Condition?
        if let whenNode = map.optional("when") {
            source["when"] = reader.location(of: whenNode)
            when = condition(whenNode)
        }
        map.finish()
        guard let id, let dimension, let scale else { return nil }
        return Question(id: id, text: text ?? id, dimension: dimension, level: level, scale: scale, weight: weight,
                        allowNA: allowNA, help: help, interviewerNotes: interviewerNotes, evidence: evidence,
                        roles: roles, when: when, source: source)
    }

    func condition(_ node: YAMLNode) -> Condition? {
        guard let map = reader.mapping(node, what: "a condition ({question, in}, {context, in}, {question, not_in}, {all}, {any})") else { return nil }
        let result: Condition?
        if map.has("all") || map.has("any") {
            let key = map.has("all") ? "all" : "any"
            let parts = map.required(key).flatMap { reader.list($0) }?.compactMap(condition) ?? []
            if parts.isEmpty { reader.error(map.node, "'\(key)' needs at least one condition") }
            result = key == "all" ? .all(parts) : .any(parts)
        } else if map.has("question") || map.has("context") {
            let isContext = map.has("context") && !map.has("question")
            if map.has("context") && map.has("question") {
                reader.error(map.node, "a condition names either 'question' or 'context', not both")
                _ = map.optional("context")
            }
            let question = map.required(isContext ? "context" : "question").flatMap { reader.identifier($0) }
            if map.has("in") && map.has("not_in") {
                reader.error(map.node, "a condition takes either 'in' or 'not_in', not both")
                _ = map.optional("in")
            }
            let key = map.has("not_in") ? "not_in" : "in"
            let options = map.required(key).flatMap { reader.stringList($0) }?.map(\.0) ?? []
            if let question, isContext {
                result = key == "in" ? .contextIn(fact: question, options: options) : .contextNotIn(fact: question, options: options)
            } else if let question {
                result = key == "in" ? .isIn(question: question, options: options) : .notIn(question: question, options: options)
            } else {
                result = nil
            }
        } else {
            reader.error(map.node, "a condition needs 'question' or 'context' with 'in' or 'not_in', or 'all', or 'any'")
            result = nil
        }
        map.finish()
        return result
    }

    // MARK: - Answers

    func answers(_ map: MappingReader) -> AnswerSet? {
        var source = SourceMap(map.location)
        let questionnaire = map.required("questionnaire").flatMap { reader.identifier($0) }
        source["questionnaire"] = map.valueLocation("questionnaire")
        let version = map.optional("version").flatMap(reader.text)
        let organisation = map.required("organisation").flatMap(reader.text)
        source["organisation"] = map.valueLocation("organisation")
        let date = map.required("date").flatMap(reader.date)
        source["date"] = map.valueLocation("date")
        let context = map.optional("context").map { contextValues($0, source: &source) } ?? OrganisationContext()
        var respondents: [Respondent] = []
        if let node = map.required("respondents"), let items = reader.list(node) {
            respondents = items.compactMap(respondent)
        }
        map.finish(allowed: ["format"])
        guard let questionnaire else { return nil }
        return AnswerSet(questionnaire: questionnaire, version: version, organisation: organisation ?? "",
                         date: date ?? CalendarDate(year: 1970, month: 1, day: 1), context: context, respondents: respondents,
                         source: source)
    }

    func respondent(_ node: YAMLNode) -> Respondent? {
        guard let map = reader.mapping(node, what: "a respondent") else { return nil }
        var source = SourceMap(map.location)
        let id = map.required("id").flatMap { reader.identifier($0) }
        source["id"] = map.valueLocation("id")
        let name = map.optional("name").flatMap(reader.text)
        let role = map.required("role").flatMap { reader.identifier($0) }
        source["role"] = map.valueLocation("role")
        var answers: [(String, Answer)] = []
        var locations: [String: AnswerLocation] = [:]
        if let answersNode = map.optional("answers"), let entries = reader.entries(answersNode, what: "a mapping of question id → answer") {
            for entry in entries {
                // A question left empty (`STR-01:` with nothing after it, or
                // `~`) was not answered: the skeleton `ospo form --format yaml`
                // writes lists every question this way. `null` stays an option id.
                if case .scalar(let scalar) = entry.value, scalar.style == .plain,
                   scalar.string.isEmpty || scalar.string == "~" {
                    continue
                }
                locations[entry.key] = AnswerLocation(key: reader.location(of: entry.keyNode), value: reader.location(of: entry.value))
                if let answer = answer(entry.value) { answers.append((entry.key, answer)) }
            }
        }
        map.finish()
        guard let id, let role else { return nil }
        var respondent = Respondent(id: id, name: name, role: role, answers: answers, source: source)
        respondent.answerLocations = locations
        return respondent
    }

    func answer(_ node: YAMLNode) -> Answer? {
        if case .mapping = node, let map = reader.mapping(node) {
            let choice = map.required("answer").flatMap { reader.identifier($0, what: "an option id") }
            let note = map.optional("note").flatMap(reader.text)
            let evidence = map.optional("evidence").flatMap(reader.text)
            let justification = map.optional("justification").flatMap(reader.text)
            map.finish()
            guard let choice else { return nil }
            return Answer(AnswerChoice(choice), note: note, evidence: evidence, justification: justification)
        }
        guard let choice = reader.identifier(node, what: "an option id or {answer, note, evidence, justification}") else { return nil }
        return Answer(AnswerChoice(choice))
    }

    // MARK: - Profile

    func profile(_ map: MappingReader) -> Profile? {
        var source = SourceMap(map.location)
        let organisation = map.optional("organisation").flatMap(reader.text)
        let defaultTarget = map.optional("default_target").flatMap(reader.integer) ?? 0
        source["default_target"] = map.valueLocation("default_target")
        var targets: [String: Profile.Target] = [:]
        if let node = map.optional("targets"), let entries = reader.entries(node, what: "a mapping of dimension id → target") {
            for entry in entries {
                guard reader.identifier(entry.keyNode) != nil else { continue }
                source["targets.\(entry.key)"] = reader.location(of: entry.keyNode)
                if case .mapping = entry.value, let m = reader.mapping(entry.value) {
                    let level = m.required("level").flatMap(reader.integer)
                    let importance = m.optional("importance").flatMap(reader.integer) ?? 3
                    if !(1...5).contains(importance) {
                        reader.error(m.optional("importance"), "'importance' must be from 1 to 5, found \(importance)")
                    }
                    m.finish()
                    if let level { targets[entry.key] = Profile.Target(level: level, importance: importance) }
                } else if let level = reader.integer(entry.value) {
                    targets[entry.key] = Profile.Target(level: level)
                }
            }
        }
        var plan: PlanSettings?
        if let node = map.required("plan"), let m = reader.mapping(node, what: "plan settings ({start, phase_months, phases, capacity})") {
            source["plan"] = m.location
            let start = m.required("start").flatMap(reader.date)
            let phaseMonths = positiveInteger(m, "phase_months", atMost: InputLimits.phaseMonths)
            let phases = positiveInteger(m, "phases", atMost: InputLimits.planPhases)
            let capacity = positive(m, "capacity", required: true)
            var share = 1.0
            if let node = m.optional("max_share_per_action"), let value = reader.double(node) {
                if value > 0 && value <= 1 {
                    share = value
                } else {
                    reader.error(node, "'max_share_per_action' is a share of a phase's capacity, above 0 and at most 1 (0.5 is half a phase); found \(formatNumber(value))")
                }
            }
            let dayRate = positive(m, "day_rate")
            let currency = m.optional("currency").flatMap(reader.text)
            m.finish()
            if let start, let phaseMonths, let phases, let capacity {
                plan = PlanSettings(start: start, phaseMonths: phaseMonths, phases: phases, capacity: capacity,
                                    maxSharePerAction: share, dayRate: dayRate, currency: currency)
            }
        }
        var done: [String] = []
        if let node = map.optional("done"), let items = reader.stringList(node) {
            for (index, item) in items.enumerated() { source["done.\(index)"] = reader.location(of: item.1) }
            done = items.map(\.0)
        }
        var exclude: [Profile.Exclusion] = []
        if let node = map.optional("exclude"), let items = reader.list(node) {
            for (index, item) in items.enumerated() {
                guard let m = reader.mapping(item, what: "an exclusion ({action, reason})") else { continue }
                source["exclude.\(index)"] = m.valueLocation("action")
                let action = m.required("action").flatMap { reader.identifier($0) }
                let reason = m.required("reason").flatMap(reader.text)
                m.finish()
                if let action, let reason { exclude.append(Profile.Exclusion(action: action, reason: reason)) }
            }
        }
        var covered: [Profile.Coverage] = []
        if let node = map.optional("covered"), let items = reader.list(node) {
            for (index, item) in items.enumerated() {
                guard let m = reader.mapping(item, what: "a covered action ({action, by})") else { continue }
                source["covered.\(index)"] = m.valueLocation("action")
                let action = m.required("action").flatMap { reader.identifier($0) }
                let by = m.required("by").flatMap(reader.text)
                m.finish()
                if let action, let by { covered.append(Profile.Coverage(action: action, by: by)) }
            }
        }
        var pins: [String: Int] = [:]
        if let node = map.optional("pin"), let entries = reader.entries(node, what: "a mapping of action id → phase") {
            for entry in entries {
                guard reader.identifier(entry.keyNode) != nil else { continue }
                source["pin.\(entry.key)"] = reader.location(of: entry.keyNode)
                if let phase = reader.integer(entry.value) {
                    if phase < 1 { reader.error(entry.value, "phases are numbered from 1, found \(phase)") }
                    pins[entry.key] = phase
                }
            }
        }
        map.finish(allowed: ["format"])
        guard let plan else { return nil }
        return Profile(organisation: organisation, defaultTarget: defaultTarget, targets: targets, plan: plan,
                       done: done, exclude: exclude, pins: pins, covered: covered, source: source)
    }

    // MARK: - Helpers

    private func positive(_ map: MappingReader, _ key: String, required: Bool = false) -> Double? {
        guard let node = required ? map.required(key) : map.optional(key), let value = reader.double(node) else { return nil }
        guard value > 0 else {
            reader.error(node, "'\(key)' must be greater than 0, found \(formatNumber(value))")
            return nil
        }
        return value
    }

    /// A required whole number from 1, and at most `limit` when one is given.
    private func positiveInteger(_ map: MappingReader, _ key: String, atMost limit: Int? = nil) -> Int? {
        guard let node = map.required(key), let value = reader.integer(node) else { return nil }
        guard value > 0 else {
            reader.error(node, "'\(key)' must be at least 1, found \(value)")
            return nil
        }
        if let limit, value > limit {
            reader.error(node, "'\(key)' must be at most \(limit), found \(value); plan a shorter horizon")
            return nil
        }
        return value
    }

    private func enumeration<T: RawRepresentable & CaseIterable>(_ map: MappingReader, _ key: String, required: Bool = true) -> T? where T.RawValue == String {
        guard let node = required ? map.required(key) : map.optional(key), let raw = reader.string(node) else { return nil }
        guard let value = T(rawValue: raw) else {
            let allowed = T.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            reader.error(node, "unknown \(key) '\(raw)'; expected one of \(allowed)")
            return nil
        }
        return value
    }
}



/// Formats a number the way a person writes it: no trailing `.0`.
public func formatNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
}
