import Testing
import MaturityKit
@testable import MaturityReports

/// Golden files for `ospo score` output: review a change by reading the diff
/// of `Golden/scorecard.*`.
struct ScorecardRenderTests {
    static func scorecard() throws -> Scorecard {
        let rubric = try ContentLoader.loadRubric("""
        format: ospo/rubric@1
        id: deployment
        title: Deployment
        version: 1.0.0
        scale:
          - { level: 0, name: Ad hoc }
          - { level: 1, name: Aware }
          - { level: 2, name: Defined }
          - { level: 3, name: Integrated }
          - { level: 4, name: Leading }
        dimensions:
          - id: policy
            title: Process and policy
            levels: { 0: None, 1: Drafts, 2: Published, 3: Enforced, 4: Measured }
          - id: skills
            title: Skills and resourcing
            weight: 2
            levels: { 0: None, 1: Named, 2: Planned, 3: Funded, 4: Strategic }
          - id: compliance
            title: Licence compliance
            levels: { 0: None, 1: Ad hoc, 2: Process, 3: Automated, 4: Certified }
        """, path: "rubric.yaml")
        let questionnaire = try ContentLoader.loadQuestionnaire("""
        format: ospo/questionnaire@1
        id: interview
        title: Interview
        version: 2.1.0
        rubrics: [deployment]
        scales:
          yesno:
            - { id: "no", label: "No", value: 0 }
            - { id: "yes", label: "Yes", value: 1 }
          coverage:
            - { id: none, label: None, value: 0 }
            - { id: some, label: Some teams, value: 0.25 }
            - { id: most, label: Most teams, value: 0.5 }
            - { id: all, label: All teams, value: 1 }
        roles:
          executive: { title: Executive, weight: 2 }
          engineer: { title: Engineer }
        sections:
          - id: main
            title: Main
            questions:
              - { id: POL-01, text: Is there a usage policy?, dimension: policy, scale: yesno }
              - { id: POL-02, text: How many teams follow it?, dimension: policy, scale: coverage, when: { question: POL-01, in: ["yes"] } }
              - { id: SKL-01, text: Is there an OSPO budget?, dimension: skills, scale: yesno, roles: [executive], weight: 2 }
              - { id: SKL-02, text: Are contributors trained?, dimension: skills, scale: coverage, allow_na: true }
              - { id: LIC-01, text: Is there an SBOM?, dimension: compliance, scale: yesno, roles: [executive] }
        """, path: "questionnaire.yaml")
        let answers = try ContentLoader.loadAnswers("""
        format: ospo/answers@1
        questionnaire: interview
        organisation: Harbour & Co <Test>
        date: 2026-05-04
        respondents:
          - id: cfo
            name: Ada
            role: executive
            answers:
              POL-01: "yes"
              POL-02: { answer: all, note: "Enforced in CI | see [wiki](http://x)", evidence: https://intranet/policy }
              SKL-01: "no"
              SKL-02: { answer: na, justification: No contributors yet. }
          - id: dev
            role: engineer
            answers:
              POL-01: "yes"
              POL-02: none
              SKL-02: unknown
        """, path: "answers.yaml")
        return ScoringEngine(questionnaire: questionnaire, rubrics: [rubric]).score(answers)
    }

    @Test func textTable() throws {
        try assertGolden(ScorecardText.render(Self.scorecard()), named: "scorecard.txt")
    }

    @Test func textWithExplanation() throws {
        try assertGolden(ScorecardText.render(Self.scorecard(), explain: true), named: "scorecard-explain.txt")
    }

    @Test func markdown() throws {
        try assertGolden(ScorecardMarkdown.render(Self.scorecard(), explain: true), named: "scorecard.md")
    }

    @Test func markdownWithoutExplanation() throws {
        try assertGolden(ScorecardMarkdown.render(Self.scorecard()), named: "scorecard-plain.md")
    }

    @Test func json() throws {
        try assertGolden(ScorecardJSON.render(Self.scorecard()), named: "scorecard.json")
        try assertGolden(ScorecardJSON.render(Self.scorecard(), explain: true), named: "scorecard-explain.json")
    }
}
