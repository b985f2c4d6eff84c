/// Scores answers against a questionnaire and its rubrics, following the
/// rules of docs/scoring.md, sections 1–7. Pure and deterministic: values in,
/// values out. §§ 1–3 (who is asked, answer values, question values) are
/// applied respondent by respondent in `ScoringEngine.Accumulator`; §§ 4–7
/// (dimensions, coverage, modules, overall) here.
public struct ScoringEngine: Sendable {
    public let questionnaire: Questionnaire
    public let rubrics: [Rubric]
    /// The questionnaire as every accumulator of this engine reads it.
    let layout: Layout

    public init(questionnaire: Questionnaire, rubrics: [Rubric]) {
        self.questionnaire = questionnaire
        self.rubrics = rubrics
        layout = Layout(questionnaire)
    }

    /// Builds an engine from a library that holds the questionnaire and its rubrics.
    public init?(library: ContentLibrary, questionnaire id: String) {
        guard let questionnaire = library.questionnaire(id) else { return nil }
        self.init(questionnaire: questionnaire, rubrics: questionnaire.rubrics.compactMap { library.rubric($0) })
    }

    /// Scores a set of answers, with the response behind every answer.
    public func score(_ answers: AnswerSet) -> Scorecard {
        score(answers, keepResponses: true)
    }

    /// Scores a set of answers: every respondent fed to an `Accumulator`
    /// in order. `keepResponses: false` leaves out the responses behind
    /// each question's score (see `Accumulator.keepResponses`).
    public func score(_ answers: AnswerSet, keepResponses: Bool) -> Scorecard {
        var accumulator = Accumulator(self, context: answers.context, keepResponses: keepResponses)
        // By index, not `for respondent in`: no copy of each respondent.
        for index in answers.respondents.indices {
            accumulator.add(answers.respondents[index])
        }
        return accumulator.finish(organisation: answers.organisation, date: answers.date)
    }

    /// The scorecard of the question results (by question id) of the
    /// respondents summarised: dimensions, modules and overall (§§ 4–7).
    func scorecard(results: [String: QuestionResult], respondents: [RespondentSummary],
                   organisation: String, date: CalendarDate, warnings: [Diagnostic]) -> Scorecard {
        // The question ids of each dimension in questionnaire order, gathered
        // once: `questionnaire.questions` flattens the sections and copies
        // every question each time it is read, and reading it per dimension
        // was a third of a 4,000-assessment portfolio's time.
        var questionIDs: [String: [String]] = [:]
        for section in questionnaire.sections {
            for index in section.questions.indices {
                questionIDs[section.questions[index].dimension, default: []].append(section.questions[index].id)
            }
        }
        var modules: [ModuleScore] = []
        for rubric in rubrics {
            var dimensions: [DimensionScore] = []
            for dimension in rubric.dimensions {
                let asked = questionIDs[dimension.id] ?? []
                let questions = asked.compactMap { results[$0] }
                // A dimension the questionnaire asks about, none of whose
                // questions applies to the organisation's context, does not
                // exist for it (docs/scoring.md, applicability): left out
                // like its questions, not shown as unassessed.
                if !asked.isEmpty && questions.isEmpty { continue }
                dimensions.append(score(dimension, of: rubric, questions: questions))
            }
            // A module left with no dimension does not apply either.
            if dimensions.isEmpty && !rubric.dimensions.isEmpty { continue }
            // Module score (docs/scoring.md § 7): dimension-weighted mean of
            // scored dimensions; all or nothing under conformance, where one
            // unmet dimension leaves the module unmet.
            let scored = dimensions.filter(\.isAssessed)
            let weightSum = scored.reduce(0) { $0 + $1.weight }
            let result: LevelScore?
            if case .conformance = rubric.scoring {
                result = scored.isEmpty ? nil : LevelScore(score: scored.compactMap(\.score).min() ?? 0)
            } else {
                result = weightSum > 0
                    ? LevelScore(score: scored.reduce(0) { $0 + $1.weight * ($1.score ?? 0) } / weightSum) : nil
            }
            modules.append(ModuleScore(id: rubric.id, title: rubric.title, maxLevel: rubric.maxLevel,
                                       levelNames: Dictionary(rubric.scale.map { ($0.level, $0.name) }, uniquingKeysWith: { first, _ in first }),
                                       result: result, dimensions: dimensions))
        }
        let scoredModules = modules.compactMap(\.score)
        let overall = scoredModules.isEmpty ? nil : LevelScore(score: scoredModules.reduce(0, +) / Double(scoredModules.count))
        return Scorecard(questionnaire: questionnaire.id, questionnaireVersion: questionnaire.version,
                         organisation: organisation, date: date, respondents: respondents,
                         overall: overall, modules: modules, warnings: warnings, origin: questionnaire.origin ?? rubrics.lazy.compactMap(\.origin).first)
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
        if case .conformance = rubric.scoring, !applicable.isEmpty {
            // An unanswered question fails like a wrong answer: conformance
            // is claimed on evidence, never assumed. A question passes when
            // every counted answer gives it its full value.
            let passed = answered.filter { ($0.value ?? 0) >= 1 - 1e-9 }.count
            let needed = min(dimension.passCount ?? applicable.count, applicable.count)
            result = LevelScore(score: passed >= needed ? L : 0)
        } else if !answered.isEmpty {
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
            case .conformance:
                break
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
