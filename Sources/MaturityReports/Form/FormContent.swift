import Foundation
import MaturityKit

/// What a blank form shows, shared by its renderers: the sections and
/// questions put to one role (or to everyone), each question's answers in
/// the order a form lists them, and `when` conditions in words.
enum FormContent {
    /// One answer a form offers.
    struct Choice: Equatable {
        let id: String
        let label: String
    }

    /// The sections with the questions asked of `role` (every question when
    /// nil); sections left with no question are dropped.
    static func sections(_ questionnaire: Questionnaire, role: String?) -> [Section] {
        // Every section a form lists; a form for a stated context is made
        // from `Questionnaire.applying(_:)`, which has left out the rest.
        questionnaire.sections.compactMap { section in
            var section = section
            if let role { section.questions = section.questions.filter { $0.isAsked(of: role) } }
            return section.questions.isEmpty ? nil : section
        }
    }

    /// The scale's options, then "Not applicable" where allowed, then "Don't know".
    static func choices(_ question: Question, in questionnaire: Questionnaire) -> [Choice] {
        var result = (questionnaire.scale(question.scale)?.options ?? []).map { Choice(id: $0.id, label: $0.label) }
        if question.allowNA { result.append(Choice(id: "na", label: "Not applicable")) }
        result.append(Choice(id: "unknown", label: "Don't know"))
        return result
    }

    /// The titles of the roles a question is put to; nil when it is put to everyone.
    static func askedOf(_ question: Question, in questionnaire: Questionnaire) -> [String]? {
        question.roles.map { ids in ids.map { questionnaire.role($0)?.title ?? $0 } }
    }

    /// A condition in words: `STR-01 is "Yes"` with labels, `STR-01 is yes`
    /// with ids; several options read `is one of …` or `is none of …`.
    static func describe(_ condition: Condition, in questionnaire: Questionnaire, labels: Bool, nested: Bool = false) -> String {
        func name(_ option: String, of questionId: String) -> String {
            guard labels else { return option }
            let label: String
            switch option {
            case "unknown": label = "Don't know"
            case "na": label = "Not applicable"
            default:
                let question = questionnaire.questions.first { $0.id == questionId }
                label = question.flatMap { questionnaire.scale($0.scale)?.option(option)?.label } ?? option
            }
            return "\"\(label)\""
        }
        switch condition {
        case let .isIn(question, options):
            let names = options.map { name($0, of: question) }
            return names.count == 1 ? "\(question) is \(names[0])" : "\(question) is one of \(names.joined(separator: ", "))"
        case let .notIn(question, options):
            let names = options.map { name($0, of: question) }
            return names.count == 1 ? "\(question) is not \(names[0])" : "\(question) is none of \(names.joined(separator: ", "))"
        case let .contextIn(fact, options), let .contextNotIn(fact, options):
            let declared = questionnaire.fact(fact)
            let names = options.map { option in
                labels ? "\"\(declared?.option(option)?.label ?? option)\"" : option
            }
            let negated: Bool
            if case .contextNotIn = condition { negated = true } else { negated = false }
            let verb = names.count == 1 ? (negated ? "is not" : "is") : (negated ? "is none of" : "is one of")
            return "context \(fact) \(verb) \(names.joined(separator: ", "))"
        case let .all(parts), let .any(parts):
            let joiner: String
            if case .all = condition { joiner = " and " } else { joiner = " or " }
            let text = parts.map { describe($0, in: questionnaire, labels: labels, nested: true) }.joined(separator: joiner)
            return nested && parts.count > 1 ? "(\(text))" : text
        }
    }

    /// Text on one line, for places where a line break would end the text.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
