extension AssessmentComparison {
    /// One dimension's score and level in both assessments, and the answers
    /// behind the change.
    public struct DimensionChange: Sendable, Hashable {
        public var id: String
        public var title: String
        /// Nil when the dimension was unassessed (or absent) the first time.
        public var before: LevelScore?
        /// Nil when the dimension is unassessed the second time.
        public var after: LevelScore?
        /// Questions of this dimension whose answer changed, per respondent,
        /// ordered by question then respondent.
        public var changes: [AnswerChange]

        public init(id: String, title: String, before: LevelScore?, after: LevelScore?, changes: [AnswerChange]) {
            self.id = id
            self.title = title
            self.before = before
            self.after = after
            self.changes = changes
        }

        /// `after − before`, when both are assessed.
        public var scoreChange: Double? {
            guard let before, let after else { return nil }
            return after.score - before.score
        }

        /// The change of level, when both are assessed.
        public var levelChange: Int? {
            guard let before, let after else { return nil }
            return after.level - before.level
        }
    }
}
