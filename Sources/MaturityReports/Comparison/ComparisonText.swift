import MaturityKit

/// Two assessments compared, as plain text: per dimension the score and
/// level before and after, the change, and the answers behind it.
public enum ComparisonText {
    public static func render(_ comparison: AssessmentComparison, first: Int64, second: Int64) -> String {
        var lines = ["Assessment \(first) (\(comparison.before.date)) → assessment \(second) (\(comparison.after.date))", ""]
        for dimension in comparison.dimensions {
            var line = "\(dimension.id): \(score(dimension.before)) → \(score(dimension.after))"
            if let change = dimension.scoreChange { line += "  \(Fmt.signed(change))" }
            if let levels = dimension.levelChange, levels != 0 { line += "  level \(levels > 0 ? "+" : "")\(levels)" }
            lines.append(line)
            for change in dimension.changes {
                lines.append("    \(change.question) \(change.respondent): \(change.before ?? "—") → \(change.after ?? "—")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "1.50 (level 1)", or "unassessed".
    static func score(_ value: LevelScore?) -> String {
        value.map { "\(Fmt.score($0.score)) (level \($0.level))" } ?? "unassessed"
    }
}
