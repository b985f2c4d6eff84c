import MaturityKit
import MaturityReports

/// The context facts of one assessment's questionnaire with the values stated so far.
public struct DeskContext: Sendable, Hashable {
    public struct Fact: Sendable, Hashable {
        public var fact: ContextFact
        /// The option stated; nil while unstated.
        public var value: String?
    }

    public var assessment: AssessmentListing
    public var facts: [Fact]
}
