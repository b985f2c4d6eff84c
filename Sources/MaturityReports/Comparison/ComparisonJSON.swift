import MaturityKit

/// Two assessments compared, as JSON: one object per dimension with its
/// scores and levels before and after, the change, and the answers that
/// changed (`null` where a respondent gave no answer, or a dimension was
/// unassessed).
public enum ComparisonJSON {
    public static func render(_ comparison: AssessmentComparison) throws -> String {
        try JSONOutput.encode(comparison.dimensions.map(Dimension.init))
    }

    struct Change: Encodable {
        let question: String, respondent: String, before: String?, after: String?

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(question, forKey: .question)
            try c.encode(respondent, forKey: .respondent)
            try c.encode(before, forKey: .before)
            try c.encode(after, forKey: .after)
        }

        enum CodingKeys: String, CodingKey { case question, respondent, before, after }
    }

    struct Dimension: Encodable {
        let change: AssessmentComparison.DimensionChange

        enum CodingKeys: String, CodingKey {
            case id, title, before, after, changes
            case levelBefore = "level_before", levelAfter = "level_after", scoreChange = "score_change"
        }

        /// Every key written, `null` included, so each object has the same shape.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(change.id, forKey: .id)
            try c.encode(change.title, forKey: .title)
            try c.encode(change.before?.score, forKey: .before)
            try c.encode(change.after?.score, forKey: .after)
            try c.encode(change.before?.level, forKey: .levelBefore)
            try c.encode(change.after?.level, forKey: .levelAfter)
            try c.encode(change.scoreChange, forKey: .scoreChange)
            try c.encode(change.changes.map { Change(question: $0.question, respondent: $0.respondent, before: $0.before, after: $0.after) },
                         forKey: .changes)
        }
    }
}
