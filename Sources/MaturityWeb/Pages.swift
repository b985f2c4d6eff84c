import Hummingbird
import MaturityKit
import MaturityUseCases
import Mustache

/// Renders the respondent's pages from `WebTemplates`.
enum Pages {
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, source) in WebTemplates.all {
            // The templates are this file's constants, parsed by the tests:
            // a template that did not parse would fail every page test.
            if let template = try? MustacheTemplate(string: source) { library.register(template, named: name) }
        }
        if let progress = try? MustacheTemplate(string: WebTemplates.progress) { library.register(progress, named: "progress") }
        return library
    }()

    /// An HTML response of template `name` filled with `values`.
    static func html(_ name: String, _ values: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        let text = library.render(clean(values), withTemplate: name) ?? ""
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// `value` with every nil optional left out of its dictionaries, so that a
    /// template's `{{#key}}` skips it and `{{^key}}` shows its alternative
    /// (a nil kept inside `Any` would be rendered as the word "nil").
    static func clean(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            guard let wrapped = mirror.children.first?.value else { return nil }
            return clean(wrapped)
        }
        if let dictionary = value as? [String: Any] { return dictionary.compactMapValues(clean) }
        if let array = value as? [[String: Any]] { return array.map { $0.compactMapValues(clean) } }
        return value
    }

    /// A plain page with a heading and a sentence.
    static func message(status: HTTPResponse.Status, title: String, text: String) -> Response {
        html("message", ["title": title, "heading": title, "text": text, "organisation": ""], status: status)
    }

    /// The one answer to every link that does not open: unknown, revoked or expired alike.
    static func invalidLink() -> Response {
        message(status: .notFound, title: "This link is not valid",
                text: "This link is not valid. Ask the person who sent it to you for a new one.")
    }

    /// A page that is not there, or not this respondent's.
    static func notFound() -> Response {
        message(status: .notFound, title: "Page not found",
                text: "There is no such page here. To reach your questions, open the private link you were sent again.")
    }

    // MARK: - The questionnaire

    static func common(_ form: RespondentQuestionnaire, _ respondent: WebRespondent, title: String) -> [String: Any] {
        ["title": title, "organisation": form.organisation, "respondent": form.respondentName, "questionnaire": form.title,
         "base": "/a/\(respondent.invitation)", "csrf": respondent.csrf, "closed": form.isClosed,
         "answered": form.answered, "total": form.total]
    }

    static func welcome(_ form: RespondentQuestionnaire, _ respondent: WebRespondent) -> Response {
        var values = common(form, respondent, title: "\(form.title): \(form.organisation)")
        values["role"] = form.roleTitle
        values["minutes"] = form.minutes
        values["started"] = form.answered > 0
        values["resume"] = (form.resumeSection ?? 0) + 1
        values["hasContext"] = !form.context.isEmpty
        values["context"] = form.context.map { ["text": $0.text, "label": $0.label] }
        values["contextPending"] = form.contextPending
        return html("welcome", values)
    }

    static func section(_ form: RespondentQuestionnaire, _ respondent: WebRespondent, index: Int, error: String? = nil,
                        typed: [String: SubmittedAnswer] = [:], followUps: Bool = false,
                        status: HTTPResponse.Status = .ok) -> Response {
        let section = form.sections[index]
        var values = common(form, respondent, title: "\(section.title): \(form.title)")
        values["script"] = !form.isClosed
        values["number"] = index + 1
        values["count"] = form.sections.count
        values["title"] = section.title
        values["summary"] = present(section.summary)
        values["error"] = present(error)
        values["followUps"] = followUps
        values["sections"] = form.sections.enumerated().map { ["number": $0.offset + 1, "title": $0.element.title, "current": $0.offset == index] }
        values["previous"] = index > 0 ? index as Int? : nil
        values["next"] = index + 1 < form.sections.count ? index + 2 as Int? : nil
        values["questions"] = section.questions.map { question(from: $0, typed: typed[$0.question.id]) }
        return html("section", values, status: status)
    }

    private static func question(from item: RespondentQuestion, typed: SubmittedAnswer?) -> [String: Any] {
        let q = item.question
        let chosen = typed?.choice ?? item.answer?.choice.id ?? ""
        var choices: [[String: Any]] = item.options.map { ["qid": q.id, "value": $0.id, "label": $0.label, "checked": chosen == $0.id] }
        choices.append(["qid": q.id, "value": "unknown", "label": "Don't know", "checked": chosen == "unknown"])
        if q.allowNA { choices.append(["qid": q.id, "value": "na", "label": "Not applicable", "checked": chosen == "na"]) }
        return ["id": q.id, "text": q.text, "help": present(q.help), "evidencePrompt": present(q.evidence), "asked": item.isAsked,
                "followUp": item.isFollowUp, "allowNA": q.allowNA, "choices": choices,
                "note": typed?.note ?? item.answer?.note ?? item.draft?.note ?? "",
                "evidence": typed?.evidence ?? item.answer?.evidence ?? item.draft?.evidence ?? "",
                "justification": typed?.justification ?? item.answer?.justification ?? ""]
    }

    static func finish(_ form: RespondentQuestionnaire, _ respondent: WebRespondent) -> Response {
        var values = common(form, respondent, title: "Summary: \(form.title)")
        values["complete"] = form.answered == form.total
        values["sections"] = form.sections.enumerated().filter { $0.element.isAsked }.map { index, section -> [String: Any] in
            ["number": index + 1, "title": section.title, "questions": section.questions.map { item -> [String: Any] in
                ["asked": item.isAsked, "text": item.question.text, "answerLabel": present(label(of: item)),
                 "justification": present(item.answer?.justification)]
            }]
        }
        return html("finish", values)
    }

    /// `text` for a template section, nil (which the template skips) when empty.
    private static func present(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    private static func label(of item: RespondentQuestion) -> String? {
        guard let answer = item.answer else { return nil }
        switch answer.choice {
        case .unknown: return "Don't know"
        case .notApplicable: return "Not applicable"
        case .option(let id): return item.options.first { $0.id == id }?.label ?? id
        }
    }
}
