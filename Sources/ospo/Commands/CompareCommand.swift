import ArgumentParser
import Foundation
import MaturityKit
import MaturityReports
import MaturityStore

struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two assessments: the change per dimension and the answers behind it."
    )

    @Argument(help: "The earlier assessment.") var first: Int64
    @Argument(help: "The later assessment.") var second: Int64
    @Option(help: "Output format.") var format: ReadFormat = .text
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        try await runReportingFailures {
            let comparison = try workspace.open(.read).compare(first, second)
            switch format {
            case .json: Console.out(try JSONOutput.encode(ComparisonJSON(comparison)))
            case .text: Console.out(Self.text(comparison, first: first, second: second))
            }
        }
    }

    static func text(_ comparison: AssessmentComparison, first: Int64, second: Int64) -> String {
        func score(_ value: LevelScore?) -> String { value.map { String(format: "%.2f (L%d)", $0.score, $0.level) } ?? "unassessed" }
        var lines = ["Assessment \(first) (\(comparison.before.date)) → assessment \(second) (\(comparison.after.date))", ""]
        for dimension in comparison.dimensions {
            var line = "\(dimension.id): \(score(dimension.before)) → \(score(dimension.after))"
            if let change = dimension.scoreChange { line += String(format: "  %+.2f", change) }
            if let levels = dimension.levelChange, levels != 0 { line += "  level \(levels > 0 ? "+" : "")\(levels)" }
            lines.append(line)
            for change in dimension.changes {
                lines.append("    \(change.question) \(change.respondent): \(change.before ?? "—") → \(change.after ?? "—")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

struct ComparisonJSON: Encodable {
    let comparison: AssessmentComparison
    init(_ comparison: AssessmentComparison) { self.comparison = comparison }

    struct Dimension: Encodable {
        let id: String
        let before: Double?, after: Double?, levelBefore: Int?, levelAfter: Int?, scoreChange: Double?
        let changes: [[String: String]]
        enum CodingKeys: String, CodingKey { case id, before, after, levelBefore = "level_before", levelAfter = "level_after", scoreChange = "score_change", changes }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(before, forKey: .before)
            try c.encode(after, forKey: .after)
            try c.encode(levelBefore, forKey: .levelBefore)
            try c.encode(levelAfter, forKey: .levelAfter)
            try c.encode(scoreChange, forKey: .scoreChange)
            try c.encode(changes, forKey: .changes)
        }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(comparison.dimensions.map { d in
            Dimension(id: d.id, before: d.before?.score, after: d.after?.score, levelBefore: d.before?.level, levelAfter: d.after?.level,
                      scoreChange: d.scoreChange,
                      changes: d.changes.map { ["question": $0.question, "respondent": $0.respondent, "before": $0.before ?? "", "after": $0.after ?? ""] })
        })
    }
}
