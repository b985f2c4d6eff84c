extension ScoringEngine {
    /// What an `Accumulator` reads of the questionnaire for every answer,
    /// worked out once per engine instead of once per answer set: scoring a
    /// workspace's portfolio makes thousands of accumulators from a handful
    /// of engines, and flattening and copying every `Question` (a dozen
    /// strings and arrays) for each of them was a tenth of its time.
    /// Immutable, so engines share it freely.
    final class Layout: Sendable {
        /// Every question, in questionnaire order.
        let questions: [Question]
        let questionIds: [String]
        /// Per question: its `when` condition.
        let conditions: [Condition?]
        /// Per question: the roles it is put to; nil for every role.
        let askedRoles: [[String]?]
        let scales: [AnswerScale?]
        /// Per question: whether a `when` condition reads its answer.
        let conditioned: [Bool]
        /// Per question: whether it applies when no context fact is stated.
        let applicableWithoutContext: [Bool]
        let roleWeights: [String: Double]

        init(_ questionnaire: Questionnaire) {
            questions = questionnaire.questions
            questionIds = questions.map(\.id)
            conditions = questions.map(\.when)
            askedRoles = questions.map(\.roles)
            scales = questions.map { questionnaire.scale($0.scale) }
            let read = Set(questions.flatMap { $0.when?.references.map(\.question) ?? [] })
            conditioned = questions.map { read.contains($0.id) }
            applicableWithoutContext = questionnaire.applicability(in: OrganisationContext())
            roleWeights = Dictionary(questionnaire.roles.map { ($0.id, $0.weight) }, uniquingKeysWith: { first, _ in first })
        }

        /// Whether each question applies in `context` (§ applicability).
        func applicability(in context: OrganisationContext, of questionnaire: Questionnaire) -> [Bool] {
            context.isEmpty ? applicableWithoutContext : questionnaire.applicability(in: context)
        }
    }
}
