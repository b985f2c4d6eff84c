import MaturityKit

/// How two assessments of an organisation differ, dimension by dimension,
/// with the answers that changed.
public struct AssessmentComparison: Sendable {
    public struct DimensionChange: Sendable, Hashable {
        public var id: String
        public var title: String
        public var before: LevelScore?
        public var after: LevelScore?
        /// Questions of this dimension whose answer changed, per respondent.
        public var changes: [AnswerChange]

        public var scoreChange: Double? {
            guard let before, let after else { return nil }
            return after.score - before.score
        }

        public var levelChange: Int? {
            guard let before, let after else { return nil }
            return after.level - before.level
        }
    }

    public struct AnswerChange: Sendable, Hashable {
        public var question: String
        public var respondent: String
        public var before: String?
        public var after: String?
    }

    public var before: Scorecard
    public var after: Scorecard
    public var dimensions: [DimensionChange]
}

extension Workspace {
    /// Compares two assessments: per dimension the change in score and level,
    /// and the answers behind it that changed (matched by respondent id).
    public func compare(_ first: Int64, _ second: Int64) throws -> AssessmentComparison {
        let before = try scorecard(of: first), after = try scorecard(of: second)
        let beforeAnswers = try answerSet(of: first), afterAnswers = try answerSet(of: second)
        let questionDimension = Dictionary((try content(of: second)).questionnaire.questions.map { ($0.id, $0.dimension) },
                                           uniquingKeysWith: { first, _ in first })
            .merging(Dictionary((try content(of: first)).questionnaire.questions.map { ($0.id, $0.dimension) },
                                uniquingKeysWith: { first, _ in first }), uniquingKeysWith: { new, _ in new })
        func choices(_ set: AnswerSet) -> [String: String] {
            var out: [String: String] = [:]
            for respondent in set.respondents {
                for (question, answer) in respondent.answers { out["\(respondent.id)\u{1F}\(question)"] = answer.choice.id }
            }
            return out
        }
        let old = choices(beforeAnswers), new = choices(afterAnswers)
        var changes: [String: [AssessmentComparison.AnswerChange]] = [:]
        for key in Set(old.keys).union(new.keys).sorted() where old[key] != new[key] {
            let parts = key.split(separator: "\u{1F}", maxSplits: 1).map(String.init)
            guard parts.count == 2, let dimension = questionDimension[parts[1]] else { continue }
            changes[dimension, default: []].append(.init(question: parts[1], respondent: parts[0], before: old[key], after: new[key]))
        }
        let dimensions = after.dimensions.map { dimension in
            AssessmentComparison.DimensionChange(id: dimension.id, title: dimension.title,
                                                 before: before.dimension(dimension.id)?.result, after: dimension.result,
                                                 changes: (changes[dimension.id] ?? []).sorted { ($0.question, $0.respondent) < ($1.question, $1.respondent) })
        }
        return AssessmentComparison(before: before, after: after, dimensions: dimensions)
    }
}
