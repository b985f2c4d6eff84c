import Testing
import MaturityKit
@testable import MaturityReports

/// Golden files for `ospo form`: review a change by reading the diff of
/// `Golden/form*`. The questionnaire carries text that Markdown, HTML, CSV
/// and YAML would each misread if it were not escaped.
struct FormRenderTests {
    static func questionnaire() throws -> Questionnaire {
        try ContentLoader.loadQuestionnaire("""
        format: ospo/questionnaire@1
        id: harbour-interview
        title: Harbour & Co <Interview>
        version: 2.1.0
        summary: Ask the **sponsor** first.
        rubrics: [deployment]
        scales:
          yesno:
            - { id: "no", label: "No", value: 0 }
            - { id: "yes", label: "Yes", value: 1 }
          coverage:
            - { id: none, label: None, value: 0 }
            - { id: some, label: "Some teams, not all", value: 0.25 }
            - { id: all, label: "All teams", value: 1 }
        roles:
          executive: { title: Executive sponsor, weight: 2 }
          engineer: { title: "Engineer \\"on call\\"" }
        sections:
          - id: policy
            title: Policy & <rules>
            summary: |
              What is written down.

              And *who* keeps it.
            questions:
              - id: POL-01
                text: Is there a usage policy for <script>alert(1)</script> | pipes * stars?
                dimension: policy
                scale: yesno
                help: |
                  Count a **published** document.

                  A draft does not count.
                interviewer_notes: |
                  Ask who approved it & when.

                  Red flag: a <draft> that was never approved.
                evidence: "Link to the policy, e.g. https://intranet/policy?a=1&b=2"
              - id: POL-02
                text: "How many teams follow it, \\"really\\"?"
                dimension: policy
                scale: coverage
                allow_na: true
                when: { question: POL-01, in: ["yes"] }
          - id: skills
            title: Skills
            questions:
              - id: SKL-01
                text: "=SUM(A1) Is there an OSPO budget?"
                dimension: skills
                scale: yesno
                roles: [executive]
              - id: SKL-02
                text: Are contributors trained?
                dimension: skills
                scale: coverage
                when: { any: [{ question: POL-01, not_in: ["no"] }, { all: [{ question: POL-02, in: [some, all] }, { question: SKL-01, in: [unknown] }] }] }
        """, path: "questionnaire.yaml")
    }

    static let date = CalendarDate(year: 2026, month: 5, day: 4)

    @Test func markdown() throws {
        try assertGolden(FormMarkdown.render(try Self.questionnaire(), organisation: "Harbour & Co"), named: "form.md")
    }

    @Test func markdownForOneRole() throws {
        try assertGolden(FormMarkdown.render(try Self.questionnaire(), role: "engineer"), named: "form-engineer.md")
    }

    @Test func html() throws {
        try assertGolden(FormHTML.render(try Self.questionnaire(), organisation: "Harbour & Co"), named: "form.html")
    }

    @Test func interviewerVariants() throws {
        try assertGolden(FormMarkdown.render(try Self.questionnaire(), organisation: "Harbour & Co", for: .interviewer),
                         named: "form-interviewer.md")
        try assertGolden(FormHTML.render(try Self.questionnaire(), organisation: "Harbour & Co", for: .interviewer),
                         named: "form-interviewer.html")
    }

    /// The help is the respondent's and is on both forms; the notes for the
    /// interviewer, with their red flags, and the interviewer's line are on
    /// the interviewer's form only.
    @Test func theRespondentsFormLeavesOutTheInterviewersNotes() throws {
        let questionnaire = try Self.questionnaire()
        for format in [OutputFormat.md, .html] {
            let respondent = try FormRenderer.render(questionnaire, as: format, date: Self.date)
            let interviewer = try FormRenderer.render(questionnaire, as: format, date: Self.date, for: .interviewer)
            for form in [respondent, interviewer] {
                #expect(form.contains("Count a **published** document."), "\(format.rawValue)")
                #expect(form.contains("A draft does not count."), "\(format.rawValue)")
            }
            #expect(!respondent.contains("Red flag"), "\(format.rawValue)")
            #expect(!respondent.contains("Ask who approved it"), "\(format.rawValue)")
            #expect(!respondent.contains("For the interviewer"), "\(format.rawValue)")
            #expect(!respondent.contains("Interviewer"), "\(format.rawValue)")
            #expect(respondent.contains("Evidence, if you have it:"), "\(format.rawValue)")
            #expect(interviewer.contains("Evidence to ask for:"), "\(format.rawValue)")
        }
        let markdown = FormMarkdown.render(questionnaire, for: .interviewer)
        #expect(markdown.contains("> **For the interviewer.** Ask who approved it & when.\n>\n> Red flag: a <draft> that was never approved."))
        let html = FormHTML.render(questionnaire, for: .interviewer)
        #expect(html.contains("<div class=\"for-interviewer\"><strong>For the interviewer</strong>\n<p>Ask who approved it &amp; when.</p>\n<p>Red flag: a &lt;draft&gt; that was never approved.</p>\n</div>"))
    }

    /// Every question of the shipped interview has help for the respondent,
    /// and none of it is written to the interviewer.
    @Test func theShippedInterviewsHelpIsWrittenForTheRespondent() throws {
        let interview = try ContentLoader.loadQuestionnaire(try FormRoundTripTests.text("questionnaires/ospo-interview.yaml"),
                                                            path: "ospo-interview.yaml")
        for question in interview.questions {
            let help = try #require(question.help, "\(question.id) has no help")
            #expect(!help.lowercased().contains("red flag"), "\(question.id)")
            #expect(!help.lowercased().contains("a real yes"), "\(question.id)")
        }
        #expect(interview.questions.filter { $0.interviewerNotes != nil }.count > 100)
    }

    @Test func theHTMLFormUsesTheReportsStyleSheet() throws {
        let html = FormHTML.render(try Self.questionnaire())
        #expect(html.contains(DefaultTemplates.style))
        #expect(html.contains("<h1><span class=\"kind\">Answer form</span>Harbour &amp; Co &lt;Interview&gt;</h1>"))
    }

    @Test func csv() throws {
        try assertGolden(FormCSV.render(try Self.questionnaire()), named: "form.csv")
    }

    @Test func yaml() throws {
        try assertGolden(FormYAML.render(try Self.questionnaire(), date: Self.date), named: "form.yaml")
    }

    @Test func yamlForOneRole() throws {
        try assertGolden(FormYAML.render(try Self.questionnaire(), role: "executive", organisation: "Harbour \"&\" Co",
                                         date: Self.date), named: "form-executive.yaml")
    }

    @Test func htmlEscapesEveryTextFromTheQuestionnaire() throws {
        let html = FormHTML.render(try Self.questionnaire(), organisation: "<b>Org</b>")
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>Org"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("@media print"))
        // Self-contained: nothing is fetched.
        #expect(!html.contains("<link") && !html.contains("src=") && !html.contains("<script"))
    }

    @Test func conditionsReadAsWords() throws {
        let q = try Self.questionnaire()
        let when = try #require(q.questions.last?.when)
        #expect(FormContent.describe(when, in: q, labels: true)
                == "POL-01 is not \"No\" or (POL-02 is one of \"Some teams, not all\", \"All teams\" and SKL-01 is \"Don't know\")")
        #expect(FormContent.describe(when, in: q, labels: false)
                == "POL-01 is not no or (POL-02 is one of some, all and SKL-01 is unknown)")
    }
}
