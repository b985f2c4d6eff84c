/// Scores answers against a questionnaire and its rubrics, following the
/// rules of docs/scoring.md, sections 1–7. Pure and deterministic: values in,
/// values out.
public struct ScoringEngine: Sendable {
    public let questionnaire: Questionnaire
    public let rubrics: [Rubric]

    public init(questionnaire: Questionnaire, rubrics: [Rubric]) {
        self.questionnaire = questionnaire
        self.rubrics = rubrics
    }

    /// Builds an engine from a library that holds the questionnaire and its rubrics.
    public init?(library: ContentLibrary, questionnaire id: String) {
        guard let questionnaire = library.questionnaire(id) else { return nil }
        self.init(questionnaire: questionnaire, rubrics: questionnaire.rubrics.compactMap { library.rubric($0) })
    }

    public func score(_ answers: AnswerSet) -> Scorecard {
        let roleWeights = Dictionary(questionnaire.roles.map { ($0.id, $0.weight) }, uniquingKeysWith: { first, _ in first })
        var warnings: [Diagnostic] = []
        // Who each question is put to (docs/scoring.md § 1), respondent by
        // respondent, in questionnaire order so that `when` sees earlier
        // visible answers. Only the choices a `when` condition reads are kept
        // per respondent, and a count of the rest: a copy of every answer
        // doubled the memory of scoring a large survey.
        let conditioned = Set(questionnaire.questions.flatMap { $0.when?.references.map(\.question) ?? [] })
        var visible: [[String: String]] = Array(repeating: [:], count: answers.respondents.count)
        var shown = [Int](repeating: 0, count: answers.respondents.count)
        var results: [String: QuestionResult] = [:]
        for question in questionnaire.questions {
            var askedOfSomeone = false
            var shownToSomeone = false
            var responses: [Response] = []
            // By index, not `for respondent in`: copying each respondent for
            // each question retained its every field, a fifth of the time.
            for index in answers.respondents.indices {
                let given = answers.respondents[index].answers[question.id]
                guard question.isAsked(of: answers.respondents[index].role) else {
                    if given != nil {
                        let respondent = answers.respondents[index]
                        warnings.append(.warning(respondent.location(ofAnswer: question.id), "ignored: \(question.id) is not asked of role '\(respondent.role)' (respondent '\(respondent.id)')"))
                    }
                    continue
                }
                askedOfSomeone = true
                guard question.when?.holds({ visible[index][$0] }) ?? true else {
                    if given != nil {
                        let respondent = answers.respondents[index]
                        warnings.append(.warning(respondent.location(ofAnswer: question.id), "ignored: \(question.id) is hidden for respondent '\(respondent.id)' by its 'when' condition"))
                    }
                    continue
                }
                shownToSomeone = true
                guard let given else { continue }
                shown[index] += 1
                if conditioned.contains(question.id) { visible[index][question.id] = given.choice.id }
                responses.append(response(given, of: answers.respondents[index], to: question, roleWeights: roleWeights))
            }
            results[question.id] = aggregate(question, responses: responses,
                                             hidden: askedOfSomeone && !shownToSomeone)
        }

        var modules: [ModuleScore] = []
        for rubric in rubrics {
            var dimensions: [DimensionScore] = []
            for dimension in rubric.dimensions {
                let questions = questionnaire.questions.filter { $0.dimension == dimension.id }.compactMap { results[$0.id] }
                dimensions.append(score(dimension, of: rubric, questions: questions))
            }
            // Module score (docs/scoring.md § 7): dimension-weighted mean of scored dimensions.
            let scored = dimensions.filter(\.isAssessed)
            let weightSum = scored.reduce(0) { $0 + $1.weight }
            let result = weightSum > 0
                ? LevelScore(score: scored.reduce(0) { $0 + $1.weight * ($1.score ?? 0) } / weightSum) : nil
            modules.append(ModuleScore(id: rubric.id, title: rubric.title, maxLevel: rubric.maxLevel,
                                       levelNames: Dictionary(rubric.scale.map { ($0.level, $0.name) }, uniquingKeysWith: { first, _ in first }),
                                       result: result, dimensions: dimensions))
        }
        let scoredModules = modules.compactMap(\.score)
        let overall = scoredModules.isEmpty ? nil : LevelScore(score: scoredModules.reduce(0, +) / Double(scoredModules.count))
        let summaries = answers.respondents.enumerated().map { index, respondent in
            RespondentSummary(id: respondent.id, name: respondent.name, role: respondent.role, answered: shown[index])
        }
        return Scorecard(questionnaire: questionnaire.id, questionnaireVersion: questionnaire.version,
                         organisation: answers.organisation, date: answers.date, respondents: summaries,
                         overall: overall, modules: modules, warnings: warnings)
    }

    // MARK: - Answer and question values (docs/scoring.md § 2, § 3)

    private func response(_ answer: Answer, of respondent: Respondent, to question: Question,
                          roleWeights: [String: Double]) -> Response {
        let option = questionnaire.scale(question.scale)?.option(answer.choice.id)
        let value: Double?
        let label: String
        switch answer.choice {
        case .option:
            value = option?.value
            label = option?.label ?? answer.choice.id
        case .unknown:
            value = questionnaire.unknown == .zero ? 0 : nil
            label = "Don't know"
        case .notApplicable:
            value = nil
            label = "Not applicable"
        }
        return Response(respondent: respondent.id, role: respondent.role,
                        roleWeight: roleWeights[respondent.role] ?? 1, choice: answer.choice.id, label: label,
                        value: value, note: answer.note, evidence: answer.evidence, justification: answer.justification)
    }

    private func aggregate(_ question: Question, responses: [Response], hidden: Bool) -> QuestionResult {
        var result = QuestionResult(id: question.id, text: question.text, dimension: question.dimension,
                                    level: question.level, weight: question.weight, status: .unanswered,
                                    value: nil, dissent: nil, responses: responses)
        if hidden {
            result.status = .hidden
            return result
        }
        let counted = responses.compactMap { response in response.value.map { (value: $0, weight: response.roleWeight) } }
        if counted.isEmpty {
            let allNA = !responses.isEmpty && responses.allSatisfy { $0.choice == "na" }
            result.status = allNA ? .notApplicable : .unanswered
            return result
        }
        let weightSum = counted.reduce(0) { $0 + $1.weight }
        result.value = counted.reduce(0) { $0 + $1.weight * $1.value } / weightSum
        result.status = .answered
        if counted.count >= 2, let high = counted.map(\.value).max(), let low = counted.map(\.value).min() {
            result.dissent = high - low
        }
        return result
    }

    // MARK: - Dimension score and coverage (docs/scoring.md § 4, § 5, § 6)

    private func score(_ dimension: Dimension, of rubric: Rubric, questions: [QuestionResult]) -> DimensionScore {
        let L = Double(rubric.maxLevel)
        let applicable = questions.filter { $0.status == .answered || $0.status == .unanswered }
        let answered = applicable.filter { $0.status == .answered }
        let applicableWeight = applicable.reduce(0) { $0 + $1.weight }
        let answeredWeight = answered.reduce(0) { $0 + $1.weight }
        let coverage = applicableWeight > 0 ? answeredWeight / applicableWeight : 0
        var levelMeans: [Int: Double?] = [:]
        var result: LevelScore?
        if !answered.isEmpty {
            switch rubric.scoring {
            case .average:
                result = LevelScore(score: L * weightedMean(answered))
            case .gated(let pass):
                for level in 1...max(1, rubric.maxLevel) {
                    let atLevel = answered.filter { $0.level == level }
                    levelMeans[level] = atLevel.isEmpty ? .some(nil) : weightedMean(atLevel)
                }
                var achieved = 0
                for level in 1...max(1, rubric.maxLevel) {
                    guard let mean = levelMeans[level] ?? nil, mean >= pass - 1e-12 else { break }
                    achieved = level
                }
                let next = achieved < rubric.maxLevel ? ((levelMeans[achieved + 1] ?? nil) ?? 0) : 0
                result = LevelScore(score: achieved < rubric.maxLevel ? Double(achieved) + next : L)
            }
        }
        return DimensionScore(id: dimension.id, title: dimension.title, module: rubric.id, weight: dimension.weight,
                              maxLevel: rubric.maxLevel, method: rubric.scoring, result: result,
                              levelName: result.map { rubric.levelName($0.level) }, coverage: coverage,
                              levelMeans: levelMeans, questions: questions)
    }

    private func weightedMean(_ questions: [QuestionResult]) -> Double {
        let weightSum = questions.reduce(0) { $0 + $1.weight }
        return questions.reduce(0) { $0 + $1.weight * ($1.value ?? 0) } / weightSum
    }
}
