import MaturityKit

extension Workspace {
    /// Compares two assessments (see `AssessmentComparison`): fetches their
    /// scorecards, answers and questionnaires; the diff is the domain's.
    public func compare(_ first: Int64, _ second: Int64) throws -> AssessmentComparison {
        let before = try scorecard(of: first), after = try scorecard(of: second)
        let questionDimensions = AssessmentComparison.questionDimensions(before: try content(of: first).questionnaire,
                                                                         after: try content(of: second).questionnaire)
        return AssessmentComparison(before: before, after: after, beforeAnswers: try answerSet(of: first),
                                    afterAnswers: try answerSet(of: second), questionDimensions: questionDimensions)
    }
}
