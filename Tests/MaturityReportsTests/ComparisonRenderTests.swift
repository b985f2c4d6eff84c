import Testing
import MaturityKit
@testable import MaturityReports

/// Golden files for `ospo compare`: review a change by reading the diff of
/// `Golden/comparison.*`.
struct ComparisonRenderTests {
    /// The fixtures' baseline (2025-11-10) against their reassessment (2026-05-04).
    static func comparison() throws -> AssessmentComparison {
        let questionnaire = try ContentLoader.loadQuestionnaire(ReportFixtures.questionnaireText, path: "questionnaire.yaml")
        let beforeText = ReportFixtures.answersText(date: "2025-11-10", baseline: true), afterText = ReportFixtures.answersText()
        return AssessmentComparison(
            before: try ReportFixtures.scorecard(beforeText), after: try ReportFixtures.scorecard(afterText),
            beforeAnswers: try ContentLoader.loadAnswers(beforeText, path: "before.yaml"),
            afterAnswers: try ContentLoader.loadAnswers(afterText, path: "after.yaml"),
            questionDimensions: AssessmentComparison.questionDimensions(before: questionnaire, after: questionnaire))
    }

    @Test func text() throws {
        try assertGolden(ComparisonRenderer.render(Self.comparison(), first: 1, second: 2, as: .text), named: "comparison.txt")
    }

    @Test func json() throws {
        try assertGolden(ComparisonRenderer.render(Self.comparison(), first: 1, second: 2, as: .json), named: "comparison.json")
    }

    @Test func aChangeLostInRoundingHasNoSign() {
        #expect(Fmt.signed(1e-12) == "0.00")
        #expect(Fmt.signed(-1e-12) == "0.00")
        #expect(Fmt.signed(-0.5) == "-0.50")
        #expect(Fmt.signed(1) == "+1.00")
    }
}
