/// The organisation's context facts, asked once per assessment before the
/// first question of an interview: one fact at a time, answered by a number
/// or an option id, or left unstated with Enter (what depends on it then
/// applies). Pure: it takes lines and says which fact to save, so the
/// command line draws it and a test drives it.
public struct ContextInterview: Sendable {
    /// The facts not stated yet, in the questionnaire's order: the ones asked.
    public let facts: [ContextFact]
    /// The context so far: what was stated before, and what was stated here.
    public private(set) var context: OrganisationContext
    /// Why the last line was not taken, to show with the fact again.
    public private(set) var problem: String?
    private var index = 0

    public init(questionnaire: Questionnaire, stated: OrganisationContext) {
        facts = questionnaire.context.filter { stated[$0.id] == nil }
        context = stated
    }

    /// The fact in hand; nil once every fact was asked.
    public var current: ContextFact? { index < facts.count ? facts[index] : nil }

    public var isDone: Bool { current == nil }

    /// Takes one line: an option's number or id states the fact, and it is
    /// returned to be saved; an empty line leaves it unstated. Anything else
    /// is a problem, and the same fact is asked again.
    public mutating func handle(_ line: String) -> (fact: String, value: String)? {
        guard let fact = current else { return nil }
        let typed = line.trimmedWhitespace
        problem = nil
        if typed.isEmpty {
            index += 1
            return nil
        }
        let option: ContextOption?
        if let number = Int(typed), fact.options.indices.contains(number - 1) {
            option = fact.options[number - 1]
        } else {
            option = fact.options.first { $0.id.lowercased() == typed.lowercased() }
        }
        guard let option else {
            problem = "'\(typed)' is not one of the options: type 1 to \(fact.options.count), an option id, or Enter to leave it unstated"
            return nil
        }
        context[fact.id] = option.id
        index += 1
        return (fact.id, option.id)
    }
}
