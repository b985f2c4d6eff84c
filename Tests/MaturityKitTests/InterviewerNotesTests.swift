import Testing
@testable import MaturityKit

/// A question's `help` (for the person answering) and `interviewer_notes`
/// (for the interviewer only) are read as two fields, written back by the
/// converters' YAML writer, and a help written to the interviewer is linted.
struct InterviewerNotesTests {
    static let text = """
    format: ospo/questionnaire@1
    id: notes-check
    title: Notes check
    version: 1.0.0
    rubrics: [assessment]
    scales:
      yesno:
        - { id: "no", label: "No", value: 0 }
        - { id: "yes", label: "Yes", value: 1 }
    sections:
      - id: main
        title: Main
        questions:
          - id: Q1
            text: Is there a strategy?
            dimension: strategy
            scale: yesno
            help: |
              Answer yes when leadership approved it.

              A draft does not count.
            interviewer_notes: "Red flag: a usage policy shown as the strategy; ask who signed it."
          - id: Q2
            text: Is value measured?
            dimension: business-value
            scale: yesno
            help: Count any figure collected regularly.
    """

    @Test func bothFieldsAreRead() throws {
        let questionnaire = try ContentLoader.loadQuestionnaire(Self.text, path: "notes.yaml")
        let first = try #require(questionnaire.questions.first)
        #expect(first.help == "Answer yes when leadership approved it.\n\nA draft does not count.\n")
        #expect(first.interviewerNotes == "Red flag: a usage policy shown as the strategy; ask who signed it.")
        #expect(questionnaire.questions[1].interviewerNotes == nil)
    }

    @Test func theYAMLWriterKeepsBothFields() throws {
        let questionnaire = try ContentLoader.loadQuestionnaire(Self.text, path: "notes.yaml")
        let written = ContentYAMLWriter.questionnaire(questionnaire)
        let again = try ContentLoader.loadQuestionnaire(written, path: "written.yaml")
        #expect(again.questions.map(\.help) == questionnaire.questions.map(\.help))
        #expect(again.questions.map(\.interviewerNotes) == questionnaire.questions.map(\.interviewerNotes))
    }

    @Test func aHelpWrittenToTheInterviewerIsFlagged() {
        #expect(LibraryValidator.interviewerPhrase(in: "Red flags: nobody knows.") == "red flag")
        #expect(LibraryValidator.interviewerPhrase(in: "A real yes: a signed memo.") == "a real yes")
        #expect(LibraryValidator.interviewerPhrase(in: "Answer yes when a memo was signed.") == nil)
    }
}
