import Foundation

/// Reads the cells of one question's column: option ids or labels in any
/// letter case, "don't know" and "not applicable" in their usual spellings,
/// and the texts a mapping gives, per question before global ones.
struct AnswerResolver {
    enum Outcome: Equatable {
        /// An answer; a "not applicable" written `na: why` brings its justification.
        case answer(AnswerChoice, justification: String?)
        /// "Not applicable" on a question that does not allow it.
        case notApplicableRefused
        /// A text the mapping lists under `no_answer`: like a blank cell.
        case noAnswer
        /// A text that means nothing for this question.
        case unrecognised
    }

    static let unknownSpellings = ["unknown", "don't know", "dont know", "do not know", "i don't know"]
    static let notApplicableSpellings = ["na", "n/a", "n.a.", "not applicable"]

    let question: Question
    /// The answers offered, for messages: `yes (Yes), no (No), unknown (Don't know)`.
    let offered: String
    private var byKey: [String: AnswerChoice] = [:]
    private var refusedKeys = Set<String>()
    private var noAnswerKeys = Set<String>()
    private var cache: [String: Outcome] = [:]

    init(question: Question, scale: AnswerScale?, mapping: AnswerMapping?) {
        self.question = question
        let options = scale?.options ?? []
        var offered = options.map { "\($0.id) (\($0.label))" } + ["unknown (Don't know)"]
        if question.allowNA { offered.append("na (Not applicable)") }
        self.offered = offered.joined(separator: ", ")
        let optionIds = Set(options.map(\.id))
        func isValid(_ choice: AnswerChoice) -> Bool {
            switch choice {
            case .option(let id): return optionIds.contains(id)
            case .unknown: return true
            case .notApplicable: return question.allowNA
            }
        }
        // Lowest precedence first: later entries replace earlier ones.
        for entry in mapping?.options ?? [] {
            let choice = AnswerChoice(entry.target)
            if isValid(choice) {
                byKey[LooseText.key(entry.text)] = choice
            } else if choice == .notApplicable {
                refusedKeys.insert(LooseText.key(entry.text))
            }
        }
        for spelling in Self.unknownSpellings { byKey[spelling] = .unknown }
        for spelling in Self.notApplicableSpellings {
            if question.allowNA { byKey[spelling] = .notApplicable } else { refusedKeys.insert(spelling) }
        }
        for option in options { byKey[LooseText.key(option.label)] = .option(option.id) }
        for option in options { byKey[LooseText.key(option.id)] = .option(option.id) }
        for entry in mapping?.questionOptions[question.id] ?? [] {
            let choice = AnswerChoice(entry.target)
            if isValid(choice) { byKey[LooseText.key(entry.text)] = choice }
        }
        for key in byKey.keys { refusedKeys.remove(key) }
        noAnswerKeys = Set((mapping?.noAnswer ?? []).map(LooseText.key))
    }

    /// What a non-blank cell means; results are remembered per text, since a
    /// survey repeats the same few texts down a column.
    mutating func resolve(_ cell: String) -> Outcome {
        if let known = cache[cell] { return known }
        let outcome = resolveUncached(cell)
        cache[cell] = outcome
        return outcome
    }

    private func resolveUncached(_ cell: String) -> Outcome {
        let key = LooseText.key(cell)
        if noAnswerKeys.contains(key) { return .noAnswer }
        if let choice = byKey[key] { return .answer(choice, justification: nil) }
        if refusedKeys.contains(key) { return .notApplicableRefused }
        // `na: why` — "not applicable" with its justification in the cell.
        if let colon = cell.firstIndex(of: ":") {
            let head = LooseText.key(String(cell[..<colon]))
            let rest = cell[cell.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            if byKey[head] == .notApplicable {
                return .answer(.notApplicable, justification: rest.isEmpty ? nil : rest)
            }
            if refusedKeys.contains(head) { return .notApplicableRefused }
        }
        return .unrecognised
    }
}
