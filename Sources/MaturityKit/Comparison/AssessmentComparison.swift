/// How two assessments of an organisation differ, dimension by dimension,
/// with the answers that changed.
///
/// Made by a pure function of the two scorecards, the two answer sets and
/// the question → dimension map, so the store only fetches and the
/// renderers only render.
public struct AssessmentComparison: Sendable, Hashable {
    public var before: Scorecard
    public var after: Scorecard
    /// One entry per dimension of the later scorecard, in its order.
    public var dimensions: [DimensionChange]

    public init(before: Scorecard, after: Scorecard, dimensions: [DimensionChange]) {
        self.before = before
        self.after = after
        self.dimensions = dimensions
    }

    /// Compares two assessments: for every dimension of `after`, its score
    /// and level before and after, and the answers of its questions that
    /// changed, matched by respondent id (an answer given on one side only
    /// counts as a change; its other side is nil). Answers to a question
    /// `questionDimensions` does not know are left out.
    public init(before: Scorecard, after: Scorecard, beforeAnswers: AnswerSet, afterAnswers: AnswerSet,
                questionDimensions: [String: String]) {
        let old = Self.choices(beforeAnswers), new = Self.choices(afterAnswers)
        var changes: [String: [AnswerChange]] = [:]
        for key in Set(old.keys).union(new.keys) where old[key] != new[key] {
            guard let dimension = questionDimensions[key.question] else { continue }
            changes[dimension, default: []].append(AnswerChange(question: key.question, respondent: key.respondent,
                                                                before: old[key], after: new[key]))
        }
        let dimensions = after.dimensions.map { dimension in
            DimensionChange(id: dimension.id, title: dimension.title,
                            before: before.dimension(dimension.id)?.result, after: dimension.result,
                            changes: (changes[dimension.id] ?? []).sorted { ($0.question, $0.respondent) < ($1.question, $1.respondent) })
        }
        self.init(before: before, after: after, dimensions: dimensions)
    }

    /// The question → dimension map of two questionnaires; where both have
    /// a question, the later one's dimension wins.
    public static func questionDimensions(before: Questionnaire, after: Questionnaire) -> [String: String] {
        func map(_ questionnaire: Questionnaire) -> [String: String] {
            Dictionary(questionnaire.questions.map { ($0.id, $0.dimension) }, uniquingKeysWith: { first, _ in first })
        }
        return map(after).merging(map(before), uniquingKeysWith: { later, _ in later })
    }

    /// A respondent's answer to a question.
    private struct Key: Hashable {
        var respondent: String
        var question: String
    }

    /// The chosen option id of every answer, by respondent and question.
    private static func choices(_ set: AnswerSet) -> [Key: String] {
        var out: [Key: String] = [:]
        for respondent in set.respondents {
            for (question, answer) in respondent.answers { out[Key(respondent: respondent.id, question: question)] = answer.choice.id }
        }
        return out
    }
}
