extension AssessmentComparison {
    /// One respondent's answer to one question, before and after: the chosen
    /// option id (`na` and `unknown` included), nil where not answered.
    public struct AnswerChange: Sendable, Hashable {
        public var question: String
        public var respondent: String
        public var before: String?
        public var after: String?

        public init(question: String, respondent: String, before: String?, after: String?) {
            self.question = question
            self.respondent = respondent
            self.before = before
            self.after = after
        }
    }
}
