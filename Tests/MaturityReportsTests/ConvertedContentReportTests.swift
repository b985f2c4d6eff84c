import Foundation
import MaturityKit
import Testing
@testable import MaturityReports

/// The assessment report of content converted from a public model: it says
/// where the content came from (the `source:` block) and, for a conformance
/// rubric, whether the answers conform and which clauses fail.
@Suite struct ConvertedContentReportTests {
    /// Two clauses of a made-up conformance checklist, in the shape
    /// `ospo convert openchain` writes.
    static let rubricText = """
        format: ospo/rubric@1
        id: checklist
        title: Example checklist
        version: 1.0.0
        source:
          model: "Example Checklist"
          version: "v2"
          url: "https://example.org/checklist"
          licence: "CC-BY-4.0"
          attribution: "Adapted from the Example Checklist, licensed CC BY 4.0."
        scale:
          - { level: 0, name: Not conformant }
          - { level: 1, name: Conformant }
        scoring: { method: conformance }
        dimensions:
          - id: c-1
            title: "1 (clause 4.1) A policy is written"
            levels: { 0: Not met., 1: Met. }
          - id: c-2
            title: "2 (clause 4.2) Staff are trained"
            levels: { 0: Not met., 1: Met. }
        """

    static let questionnaireText = """
        format: ospo/questionnaire@1
        id: checklist-self
        title: Example checklist self-check
        version: 1.0.0
        rubrics: [checklist]
        scales:
          correct-yes:
            - { id: "no", label: "No", value: 0 }
            - { id: "yes", label: "Yes", value: 1 }
        sections:
          - id: all
            title: All
            questions:
              - { id: q-1, text: Is the policy written down?, dimension: c-1, scale: correct-yes }
              - { id: q-2, text: Have the staff been trained?, dimension: c-2, scale: correct-yes }
        """

    static func scorecard(training: String) throws -> (Scorecard, Rubric) {
        let rubric = try ContentLoader.loadRubric(rubricText, path: "checklist.rubric.yaml")
        let questionnaire = try ContentLoader.loadQuestionnaire(questionnaireText, path: "checklist.questionnaire.yaml")
        let answers = try ContentLoader.loadAnswers("""
            format: ospo/answers@1
            questionnaire: checklist-self
            organisation: Example Org
            date: 2026-03-02
            respondents:
              - id: lead
                role: lead
                answers: { q-1: "yes", q-2: "\(training)" }
            """, path: "answers.yaml")
        return (ScoringEngine(questionnaire: questionnaire, rubrics: [rubric]).score(answers), rubric)
    }

    @Test(arguments: [OutputFormat.html, .md])
    func notConformantNamesTheFailingClauseAndTheSource(format: OutputFormat) throws {
        let (card, rubric) = try Self.scorecard(training: "no")
        let output = try ReportRenderer(brand: ReportFixtures.brand).render(.assessment(card, rubrics: [rubric], profile: nil), as: format)
        try assertGolden(output, named: "report-assessment-converted.\(format.rawValue)")
        #expect(output.contains("not conformant; failing: 2 (clause 4.2) Staff are trained."))
        #expect(output.contains("Example Checklist v2 (CC-BY-4.0)"))
        #expect(output.contains("Adapted from the Example Checklist, licensed CC BY 4.0."))
    }

    @Test func conformantSaysSoAndTheFooterNamesTheModel() throws {
        let (card, rubric) = try Self.scorecard(training: "yes")
        let html = try ReportRenderer().render(.assessment(card, rubrics: [rubric], profile: nil), as: .html)
        #expect(html.contains("<p class=\"conformance\"><b>Example checklist:</b> conformant.</p>"))
        #expect(html.contains("<span>Made with ospo · content from Example Checklist v2 (CC-BY-4.0)</span>"))
        #expect(html.contains("<a href=\"https://example.org/checklist\">https://example.org/checklist</a>"))
    }

    @Test func contentWithoutASourceSaysNothingAboutIt() throws {
        let html = try ReportRenderer().render(ReportRenderTests.subject(.assessment), as: .html)
        #expect(!html.contains("About the content"))
        #expect(!html.contains("content from"))
        #expect(!html.contains("class=\"conformance\""))
    }
}
