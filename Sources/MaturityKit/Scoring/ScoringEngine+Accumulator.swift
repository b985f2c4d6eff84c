extension ScoringEngine {
    /// The engine's incremental form: takes respondents one at a time, in
    /// the order of the answers file, and keeps per question only running
    /// aggregates, so that scoring a survey of any size holds one
    /// respondent's answers at a time. `ScoringEngine.score(_:)` is this
    /// accumulator fed every respondent.
    ///
    /// Applies docs/scoring.md § 1 (who a question is put to), § 2 (answer
    /// values) and § 3 (a question's value) as each respondent arrives;
    /// `finish` applies § 3's statuses and §§ 4–7. The sums are taken in
    /// respondent order within each question, as a question-major pass
    /// takes them, so the scores are the same to the last bit.
    public struct Accumulator: Sendable {
        public let engine: ScoringEngine
        /// Whether each question keeps the `Response` behind every answer
        /// (for `--explain` and the assessment report); without them the
        /// memory does not grow with the number of answers.
        public let keepResponses: Bool

        private let layout: Layout
        /// Per question: whether it applies to the organisation's context;
        /// one that does not is left out of the scorecard altogether.
        private let applies: [Bool]
        /// The assessment's context, which `when` conditions also read.
        public let context: OrganisationContext
        private var tallies: [Tally]
        private var summaries: [RespondentSummary] = []
        /// The choices `when` conditions read, of the respondent being added.
        private var visible: [String: String] = [:]

        public init(_ engine: ScoringEngine, context: OrganisationContext = OrganisationContext(), keepResponses: Bool = true) {
            self.engine = engine
            self.keepResponses = keepResponses
            self.context = context
            let questionnaire = engine.questionnaire
            layout = engine.layout
            applies = layout.applicability(in: context, of: questionnaire)
            tallies = Array(repeating: Tally(), count: layout.questions.count)
        }

        /// The number of respondents added so far.
        public var respondentCount: Int { summaries.count }

        /// Adds a respondent of an answer set; ignored answers are warned
        /// about at the places `respondent` records for them.
        public mutating func add(_ respondent: Respondent) {
            let ids = layout.questionIds
            add(id: respondent.id, name: respondent.name, role: respondent.role,
                answer: { index in respondent.answers[ids[index]] },
                location: { index in respondent.location(ofAnswer: ids[index]) })
        }

        /// Adds a respondent whose answers are given by position in
        /// `questionnaire.questions` (nil: not answered), as a wide CSV row
        /// holds them; `location(k)` is where the answer to question k was
        /// written, asked only for an answer that is warned about.
        public mutating func add(id: String, name: String?, role: String, answers: [Answer?],
                                 location: (Int) -> SourceLocation) {
            add(id: id, name: name, role: role,
                answer: { index in index < answers.count ? answers[index] : nil },
                location: location)
        }

        /// Questions are named by position, not passed by value: copying a
        /// `Question` (a dozen strings and arrays) for each answer was most
        /// of the time of scoring a workspace's portfolio.
        private mutating func add(id: String, name: String?, role: String,
                                  answer: (Int) -> Answer?, location: (Int) -> SourceLocation) {
            let roleWeight = layout.roleWeights[role] ?? 1
            let questionIds = layout.questionIds, conditions = layout.conditions
            let askedRoles = layout.askedRoles, conditioned = layout.conditioned, scales = layout.scales
            visible.removeAll(keepingCapacity: true)
            var shown = 0
            // In questionnaire order, so that `when` sees earlier visible
            // answers (§ 1). Only the choices a `when` reads are kept.
            for index in questionIds.indices {
                let given = answer(index)
                guard applies[index] else {
                    if given != nil {
                        let question = questionIds[index]
                        tallies[index].warnings.append(.warning(location(index), "ignored: \(question) does not apply to this organisation's context (respondent '\(id)')"))
                    }
                    continue
                }
                guard askedRoles[index].map({ $0.contains(role) }) ?? true else {
                    if given != nil {
                        let question = questionIds[index]
                        tallies[index].warnings.append(.warning(location(index), "ignored: \(question) is not asked of role '\(role)' (respondent '\(id)')"))
                    }
                    continue
                }
                tallies[index].askedOfSomeone = true
                let seen = visible
                guard conditions[index]?.holds({ seen[$0] }, context: context) ?? true else {
                    if given != nil {
                        let question = questionIds[index]
                        tallies[index].warnings.append(.warning(location(index), "ignored: \(question) is hidden for respondent '\(id)' by its 'when' condition"))
                    }
                    continue
                }
                tallies[index].shownToSomeone = true
                guard let given else { continue }
                shown += 1
                if conditioned[index] { visible[questionIds[index]] = given.choice.id }
                // Answer value (§ 2).
                let option = scales[index]?.option(given.choice.id)
                let value: Double?
                switch given.choice {
                case .option: value = option?.value
                case .unknown: value = engine.questionnaire.unknown == .zero ? 0 : nil
                case .notApplicable: value = nil
                }
                tallies[index].add(value: value, weight: roleWeight, choice: given.choice)
                if keepResponses {
                    let label: String
                    switch given.choice {
                    case .option: label = option?.label ?? given.choice.id
                    case .unknown: label = "Don't know"
                    case .notApplicable: label = "Not applicable"
                    }
                    tallies[index].responses.append(Response(respondent: id, role: role, roleWeight: roleWeight,
                                                             choice: given.choice.id, label: label, value: value,
                                                             note: given.note, evidence: given.evidence,
                                                             justification: given.justification))
                }
            }
            summaries.append(RespondentSummary(id: id, name: name, role: role, answered: shown))
        }

        /// The scorecard of every respondent added; the warnings (answers
        /// ignored) come question by question, each in respondent order.
        public func finish(organisation: String, date: CalendarDate) -> Scorecard {
            var results: [String: QuestionResult] = [:]
            var warnings: [Diagnostic] = []
            let questions = layout.questions
            for index in questions.indices {
                // A question that does not apply has no result: it is left
                // out, not shown as not applicable (docs/scoring.md).
                guard applies[index] else {
                    warnings += tallies[index].warnings
                    continue
                }
                results[questions[index].id] = tallies[index].result(of: questions[index])
                warnings += tallies[index].warnings
            }
            var card = engine.scorecard(results: results, respondents: summaries, organisation: organisation,
                                        date: date, warnings: warnings + unstatedFacts())
            card.context = engine.questionnaire.contextValues(context)
            return card
        }

        /// A note per fact that a condition reads but the context does not
        /// state: what depends on it is kept, as if it applied.
        private func unstatedFacts() -> [Diagnostic] {
            // Answers that state no context predate it: no note.
            guard !context.isEmpty else { return [] }
            let questionnaire = engine.questionnaire
            var read: [String] = []
            for section in questionnaire.sections {
                let conditions = [section.when] + section.questions.map(\.when)
                for reference in conditions.compactMap({ $0 }).flatMap(\.contextReferences)
                where context[reference.fact] == nil && !read.contains(reference.fact) {
                    read.append(reference.fact)
                }
            }
            return read.map { fact in
                .warning(questionnaire.source.entity, "context fact '\(fact)' is not stated, so the questions that depend on it are scored as if they applied; state it under 'context:' in the answers")
            }
        }
    }

    /// The running aggregates of one question across the respondents so far.
    struct Tally: Sendable {
        var askedOfSomeone = false
        var shownToSomeone = false
        /// Answers given where the question was shown, counted or not.
        var given = 0
        var allNotApplicable = true
        var counted = 0
        /// Σ role weight, and Σ role weight × value, of counted answers.
        var weightSum = 0.0
        var weightedSum = 0.0
        var high = 0.0
        var low = 0.0
        var responses: [Response] = []
        var warnings: [Diagnostic] = []

        mutating func add(value: Double?, weight: Double, choice: AnswerChoice) {
            given += 1
            if allNotApplicable && choice.id != "na" { allNotApplicable = false }
            guard let value else { return }
            counted += 1
            weightSum += weight
            weightedSum += weight * value
            // As `max()` and `min()` of the values in order: the first of equals.
            if counted == 1 {
                high = value
                low = value
            } else {
                if value > high { high = value }
                if value < low { low = value }
            }
        }

        /// The question's status, value and dissent (docs/scoring.md § 3).
        func result(of question: Question) -> QuestionResult {
            var result = QuestionResult(id: question.id, text: question.text, dimension: question.dimension,
                                        level: question.level, weight: question.weight, status: .unanswered,
                                        value: nil, dissent: nil, answered: given, responses: responses)
            if askedOfSomeone && !shownToSomeone {
                result.status = .hidden
                return result
            }
            if counted == 0 {
                result.status = given > 0 && allNotApplicable ? .notApplicable : .unanswered
                return result
            }
            result.value = weightedSum / weightSum
            result.status = .answered
            if counted >= 2 { result.dissent = high - low }
            return result
        }
    }
}
