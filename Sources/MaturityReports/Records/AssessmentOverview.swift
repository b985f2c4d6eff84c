import MaturityKit

/// An assessment with its respondents and scores, as `ospo assessment show`
/// shows it.
public struct AssessmentOverview: Sendable, Hashable {
    public var assessment: AssessmentListing
    public var scorecard: Scorecard

    public init(assessment: AssessmentListing, scorecard: Scorecard) {
        self.assessment = assessment
        self.scorecard = scorecard
    }
}
