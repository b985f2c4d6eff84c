
/// Converts the OpenChain ISO/IEC 5230 conformance questionnaire
/// (`questionnaire-en.json` of OpenChain-Project/conformance-questionnaire)
/// into an all-or-nothing conformance rubric: one dimension per numbered
/// question (its clauses as references), met when the question is answered
/// with its correct answer, or, for a question with sub-questions, when at
/// least `minNumberValidatedAnswers` of them are.
enum OpenChainConverter {
    static let origin = ContentOrigin(
        model: "OpenChain ISO/IEC 5230 conformance questionnaire",
        url: "https://github.com/OpenChain-Project/conformance-questionnaire", licence: "CC-BY-4.0",
        attribution: "Questions from the OpenChain Project's conformance questionnaire, licensed CC BY 4.0.")

    static func convert(_ files: [ModelFile], version: String?) -> (ConvertedModel?, [Diagnostic]) {
        guard files.count == 1, let file = files.first else {
            return (nil, [.error(SourceLocation(file: files[0].path), "give one questionnaire file (for example questionnaire-en.json), found \(files.count) files")])
        }
        let reader = YAMLReader(file: file.path)
        guard let root = ConversionSupport.root(file, reader: reader, format: .openchain) else { return (nil, reader.diagnostics) }
        guard root.has("sections") else {
            reader.error(root.node, "expected \(ModelFormat.openchain.layout); this file has no 'sections'")
            return (nil, reader.diagnostics)
        }
        let specVersion = version ?? root.optional("specVersion").flatMap { reader.string($0) }
        let language = root.optional("language").flatMap { reader.string($0) }
        var dimensions: [Dimension] = []
        var sections: [Section] = []
        var usedScales = Set<String>()
        var sectionIds = Set<String>()
        for sectionNode in root.optional("sections").flatMap({ reader.list($0, what: "a list of sections") }) ?? [] {
            guard let section = reader.mapping(sectionNode, what: "a section ({name, title, questions})") else { continue }
            let name = section.optional("name").flatMap { reader.string($0) }
            let title = section.required("title").flatMap(reader.text)
            var questions: [Question] = []
            for questionNode in section.required("questions").flatMap({ reader.list($0, what: "a list of questions") }) ?? [] {
                guard let parsed = question(questionNode, reader: reader) else { continue }
                let dimensionId = "oc-\(parsed.number)"
                let clauses = parsed.clauses.joined(separator: ", ")
                var levels = [0: "Not met: the answers do not show clause \(clauses) in place.",
                              1: "Met: \(parsed.subQuestions.isEmpty ? "answered as conformance requires" : "at least \(parsed.passCount ?? parsed.subQuestions.count) of its \(parsed.subQuestions.count) points answered as conformance requires") (clause \(clauses))."]
                if clauses.isEmpty { levels = levels.mapValues { $0.replacingOccurrences(of: " (clause )", with: "") } }
                let action = Action(id: "\(dimensionId).meet", title: "Meet OpenChain \(parsed.number)\(clauses.isEmpty ? "" : " (clause \(clauses))")",
                                    level: 1, effort: 3, impact: 4, roles: ["ospo-lead", "legal-liaison"], description: parsed.text)
                dimensions.append(Dimension(id: dimensionId, title: "\(parsed.number)\(clauses.isEmpty ? "" : " (clause \(clauses))") \(shortTitle(parsed.text))",
                                            summary: parsed.text, references: parsed.clauses.map { "ISO/IEC 5230 \($0)" },
                                            levels: levels, actions: [action],
                                            passCount: parsed.subQuestions.isEmpty ? nil : parsed.passCount))
                let items = parsed.subQuestions.isEmpty ? [parsed] : parsed.subQuestions
                for item in items {
                    let scale = item.correctYes ? "correct-yes" : "correct-no"
                    usedScales.insert(scale)
                    questions.append(Question(id: "q-\(item.number)", text: parsed.subQuestions.isEmpty ? item.text : "\(parsed.text) \(item.text)",
                                              dimension: dimensionId, scale: scale,
                                              help: item.clauses.isEmpty ? nil : "ISO/IEC 5230 clause \(item.clauses.joined(separator: ", "))"))
                }
            }
            section.finish(allowed: ["name", "title", "questions"])
            guard let title else { continue }
            let id = ConversionSupport.unique(ConversionSupport.slug(name ?? title), in: &sectionIds)
            sections.append(Section(id: id, title: title, questions: questions))
        }
        if dimensions.isEmpty && !reader.diagnostics.hasErrors {
            reader.error(root.node, "the questionnaire has no questions; expected \(ModelFormat.openchain.layout)")
        }
        guard !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        var origin = origin
        origin.version = specVersion.map { "specification \($0)" + (language.map { ", \($0)" } ?? "") }
        let rubric = Rubric(id: "iso-5230", title: "ISO/IEC 5230 (OpenChain) conformance", version: ConversionSupport.contentVersion(specVersion),
                            summary: "Whether the organisation's open source licence compliance programme meets every requirement of ISO/IEC 5230, clause by clause.",
                            scale: [ScaleLevel(level: 0, name: "Not conformant"), ScaleLevel(level: 1, name: "Conformant")],
                            scoring: .conformance, dimensions: dimensions, origin: origin)
        var scales: [AnswerScale] = []
        if usedScales.contains("correct-yes") {
            scales.append(AnswerScale(id: "correct-yes", options: [ScaleOption(id: "yes", label: "Yes", value: 1), ScaleOption(id: "no", label: "No", value: 0)]))
        }
        if usedScales.contains("correct-no") {
            scales.append(AnswerScale(id: "correct-no", options: [ScaleOption(id: "yes", label: "Yes", value: 0), ScaleOption(id: "no", label: "No", value: 1)]))
        }
        let questionnaire = Questionnaire(id: "iso-5230-self-certification", title: "ISO/IEC 5230 (OpenChain) self-certification",
                                          version: ConversionSupport.contentVersion(specVersion), rubrics: [rubric.id], unknown: .zero,
                                          scales: scales, sections: sections, origin: origin)
        return (ConvertedModel(rubric: rubric, questionnaire: questionnaire, diagnostics: reader.diagnostics), reader.diagnostics)
    }

    /// One question as the file gives it.
    struct Parsed {
        var number: String
        var text: String
        var clauses: [String]
        var correctYes: Bool
        var passCount: Int?
        var subQuestions: [Parsed]
    }

    static func question(_ node: YAMLNode, reader: YAMLReader) -> Parsed? {
        guard let map = reader.mapping(node, what: "a question ({number, question, type, ...})") else { return nil }
        let number = map.required("number").flatMap { reader.identifier($0, what: "a question number") }
        let text = map.required("question").flatMap(reader.text)
        let clauses = map.optional("specReference").flatMap { reader.stringList($0, identifiers: false) }?.map(\.0) ?? []
        let typeNode = map.required("type")
        let type = typeNode.flatMap { reader.string($0) }
        var correctYes = true
        var passCount: Int?
        var subQuestions: [Parsed] = []
        switch type {
        case "YES_NO":
            if let answerNode = map.required("correctAnswer"), let answer = reader.string(answerNode) {
                switch answer.lowercased() {
                case "yes": correctYes = true
                case "no": correctYes = false
                default: reader.error(answerNode, "expected 'Yes' or 'No' as the correct answer, found '\(answer)'")
                }
            }
        case "SUBQUESTIONS":
            if let subNode = map.required("subQuestions"), let entries = reader.entries(subNode, what: "a mapping of number → sub-question") {
                subQuestions = entries.compactMap { question($0.value, reader: reader) }
            }
            if let minNode = map.required("minNumberValidatedAnswers"), let minimum = reader.integer(minNode) {
                if !(1...max(1, subQuestions.count)).contains(minimum) {
                    reader.error(minNode, "'minNumberValidatedAnswers' must be from 1 to the \(subQuestions.count) sub-questions, found \(minimum)")
                }
                passCount = minimum
            }
        case let other?:
            reader.error(typeNode, "unknown question type '\(other)'; expected 'YES_NO' or 'SUBQUESTIONS'")
        case nil:
            break
        }
        map.finish(allowed: ["number", "question", "type", "correctAnswer", "specReference", "subQuestions", "minNumberValidatedAnswers"])
        guard let number, let text else { return nil }
        return Parsed(number: number, text: text, clauses: clauses, correctYes: correctYes, passCount: passCount, subQuestions: subQuestions)
    }

    /// The first words of a question, for a dimension title a table can hold.
    static func shortTitle(_ text: String) -> String {
        let words = text.split(separator: " ")
        let head = words.prefix(6).joined(separator: " ")
        return words.count > 6 ? head + "…" : head
    }
}
