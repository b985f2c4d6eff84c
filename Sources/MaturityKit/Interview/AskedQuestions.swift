/// Which questions are put to one respondent, as docs/scoring.md § 1 says
/// for one respondent: a question naming roles only to those roles, and a
/// follow-up only when its `when` holds on the respondent's answers to the
/// questions put to them before it.
///
/// The role's questions and what each condition looks up are worked out
/// once, so that deciding again after every answer (an interview, or a
/// server saving one answer a request) walks an array and reads the
/// answers only of the questions a condition names.
public struct AskedQuestions: Sendable {
    /// The questions it decides on, in questionnaire order.
    public let questions: [Question]
    /// The positions in `questions` of the role's questions, in order,
    /// with their ids and conditions beside them: a `Question` is a large
    /// value, and reading one out of the array copies all of it.
    private let candidates: [Int]
    private let candidateIDs: [String]
    private let conditions: [Condition?]
    /// For each id a condition names, the positions in `candidates` of
    /// the role's questions with that id (one, unless ids repeat).
    private let named: [String: [Int]]
    /// The ids of the questions some follow-up's condition names: only an
    /// answer to one of them can change what is asked.
    public let deciding: Set<String>

    public init(questions: [Question], role: String) {
        self.questions = questions
        let candidates = questions.indices.filter { questions[$0].isAsked(of: role) }
        self.candidates = candidates
        candidateIDs = candidates.map { questions[$0].id }
        conditions = candidates.map { questions[$0].when }
        var deciding = Set<String>()
        for condition in conditions { condition.map { Self.collectQuestions(of: $0, into: &deciding) } }
        self.deciding = deciding
        var named: [String: [Int]] = [:]
        for (slot, id) in candidateIDs.enumerated() where deciding.contains(id) {
            named[id, default: []].append(slot)
        }
        self.named = named
    }

    /// The questionnaire's questions, in order.
    public init(questionnaire: Questionnaire, role: String) {
        self.init(questions: questionnaire.questions, role: role)
    }

    /// The positions in `questions` of the questions put to the respondent
    /// with these answers, in order.
    public func indices(answers: [String: Answer]) -> [Int] {
        shownSlots(answers: answers).map { candidates[$0] }
    }

    /// The ids of the questions put to the respondent with these answers, in order.
    public func ids(answers: [String: Answer]) -> [String] {
        shownSlots(answers: answers).map { candidateIDs[$0] }
    }

    /// The positions in `candidates` of the questions put to the respondent.
    private func shownSlots(answers: [String: Answer]) -> [Int] {
        var shown = [Bool](repeating: false, count: candidates.count)
        var result: [Int] = []
        result.reserveCapacity(candidates.count)
        for slot in candidates.indices {
            if let condition = conditions[slot] {
                // An answer counts only when its question was put before this one.
                let holds = condition.holds { id in
                    guard let slots = named[id], slots.contains(where: { $0 < slot && shown[$0] }) else { return nil }
                    return answers[id]?.choice.id
                }
                guard holds else { continue }
            }
            shown[slot] = true
            result.append(slot)
        }
        return result
    }

    private static func collectQuestions(of condition: Condition, into ids: inout Set<String>) {
        switch condition {
        case let .isIn(question, _), let .notIn(question, _): ids.insert(question)
        case .contextIn, .contextNotIn: break
        case let .all(parts), let .any(parts): for part in parts { collectQuestions(of: part, into: &ids) }
        }
    }
}
