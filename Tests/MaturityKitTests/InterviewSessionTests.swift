import Testing
@testable import MaturityKit

/// The interview state machine, in process: what each input saves and
/// which question comes next.
struct InterviewSessionTests {
    /// For an engineer: S1, S2 (only after a "yes" to S1), P1 (allows na),
    /// P2. S3 is put to executives only.
    static let questionnaire: Questionnaire = {
        let text = """
        format: ospo/questionnaire@1
        id: iq
        title: Interview test
        version: 1.0.0
        rubrics: [mod]
        scales:
          yesno: [{ id: "no", label: "No", value: 0 }, { id: "yes", label: "Yes", value: 1 }]
          coverage: [{ id: none, label: "None", value: 0 }, { id: some, label: "Some teams", value: 0.5 }, { id: all, label: "All teams", value: 1 }]
        roles:
          executive: { title: Executive, weight: 2 }
          engineer: { title: Engineer }
        sections:
          - id: strategy
            title: Strategy
            summary: Where open source is going.
            questions:
              - { id: S1, text: Is there a written strategy?, dimension: alpha, scale: yesno, help: Approved by leadership., evidence: A link. }
              - { id: S2, text: Is it reviewed yearly?, dimension: alpha, scale: yesno, when: { question: S1, in: ["yes"] } }
              - { id: S3, text: Does the budget name it?, dimension: alpha, scale: yesno, roles: [executive] }
          - id: practice
            title: Practice
            questions:
              - { id: P1, text: How many teams scan licences?, dimension: beta, scale: coverage, allow_na: true }
              - { id: P2, text: How many teams contribute?, dimension: beta, scale: coverage }
        """
        do {
            return try ContentLoader.loadQuestionnaire(text, path: "iq.yaml")
        } catch {
            fatalError("the test questionnaire does not load: \(error)")
        }
    }()

    static func session(role: String = "engineer", answers: [String: Answer] = [:], skipped: Set<String> = [],
                        revisit: Bool = false) -> InterviewSession {
        InterviewSession(questionnaire: questionnaire, role: role, answers: answers, skipped: skipped, revisitSkipped: revisit)
    }

    @Test func theFirstScreenShowsSectionQuestionOptionsAndProgress() {
        let screen = Self.session().screen
        #expect(screen.kind == .question)
        #expect(screen.question?.id == "S1")
        #expect(screen.sectionTitle == "Strategy")
        #expect(screen.sectionSummary == "Where open source is going.")
        #expect(screen.question?.help == "Approved by leadership.")
        #expect(screen.options.map(\.id) == ["no", "yes"])
        // S1, P1, P2: S2 waits for a "yes", S3 is for executives.
        #expect((screen.number, screen.answered, screen.total, screen.skipped) == (1, 0, 3, 0))
        #expect(screen.notice == nil && screen.problem == nil)
    }

    @Test func answersByNumberIdOrLabelAreSavedAndMoveOn() {
        var session = Self.session(answers: [:])
        #expect(session.handle("1") == [.record(question: "S1", answer: Answer(.option("no")))])
        #expect(session.screen.notice == "Saved S1: No.")
        #expect(session.screen.question?.id == "P1")
        #expect(session.screen.sectionSummary == nil, "the practice section has no summary")
        #expect(session.handle("SOME") == [.record(question: "P1", answer: Answer(.option("some")))])
        #expect(session.handle("all teams") == [.record(question: "P2", answer: Answer(.option("all")))])
        #expect(session.screen.kind == .finished)
        #expect((session.screen.answered, session.screen.total) == (3, 3))
    }

    @Test func unknownAndBadInput() {
        var session = Self.session()
        #expect(session.handle("maybe") == [])
        #expect(session.screen.problem == "'maybe' is not an answer to S1: type 1 to 2, an option id, ? for don't know, or h for the keys.")
        #expect(session.screen.question?.id == "S1")
        #expect(session.handle("7") == [])
        #expect(session.screen.problem?.hasPrefix("There is no answer 7 to S1") == true)
        #expect(session.handle("") == [])
        #expect(session.screen.problem?.hasPrefix("S1 has no answer yet") == true)
        #expect(session.handle("?") == [.record(question: "S1", answer: Answer(.unknown))])
        #expect(session.handle("u") == [.record(question: "P1", answer: Answer(.unknown))])
    }

    @Test func aNoteBeforeTheAnswerIsSavedWithItAndANoteAfterIsANewRevision() {
        var session = Self.session()
        #expect(session.handle("n Asked the CTO") == [.saveDraft(question: "S1", draft: InterviewDraft(note: "Asked the CTO"))])
        #expect(session.screen.pendingNote == "Asked the CTO")
        #expect(session.screen.notice == "The note will be saved with the answer to S1.")
        #expect(session.handle("e") == [])
        #expect(session.screen.kind == .evidence)
        #expect(session.handle("https://intranet/strategy") == [.saveDraft(question: "S1", draft: InterviewDraft(note: "Asked the CTO",
                                                                                                        evidence: "https://intranet/strategy"))])
        #expect(session.handle("yes") == [.record(question: "S1", answer: Answer(.option("yes"), note: "Asked the CTO",
                                                                                 evidence: "https://intranet/strategy"))])
        // Back on S1, a note on the saved answer is saved at once and keeps the question.
        #expect(session.handle("b") == [])
        #expect(session.screen.question?.id == "S1")
        #expect(session.handle("n") == [])
        #expect(session.screen.kind == .note)
        #expect(session.handle("Asked the CFO too") == [.record(question: "S1", answer: Answer(.option("yes"), note: "Asked the CFO too",
                                                                                              evidence: "https://intranet/strategy"))])
        #expect(session.screen.kind == .question && session.screen.question?.id == "S1")
        // An empty note line adds nothing.
        #expect(session.handle("n") == [] && session.handle("") == [])
        #expect(session.screen.notice == "No note added.")
    }

    @Test func notApplicableAsksForItsJustification() {
        var session = Self.session(answers: ["S1": Answer(.option("no"))])
        #expect(session.screen.question?.id == "P1")
        #expect(session.handle("na") == [])
        #expect(session.screen.kind == .justification)
        // No justification: nothing recorded, the question stays.
        #expect(session.handle("  ") == [])
        #expect(session.screen.problem?.hasPrefix("'Not applicable' needs a justification") == true)
        #expect(session.screen.kind == .question && session.screen.question?.id == "P1")
        #expect(session.handle("na") == [])
        #expect(session.handle("We ship no software") == [.record(question: "P1", answer: Answer(.notApplicable, justification: "We ship no software"))])
        #expect(session.screen.question?.id == "P2")
        // Inline, and refused where the question does not allow it.
        #expect(session.handle("na: not ours") == [])
        #expect(session.screen.problem == "P2 does not allow 'not applicable'; answer ? (don't know) if nobody knows.")
    }

    @Test func goingBackShowsTheAnswerAndEnterKeepsIt() {
        var session = Self.session()
        _ = session.handle("no")
        _ = session.handle("some")
        #expect(session.screen.question?.id == "P2")
        #expect(session.handle("b") == [])
        #expect(session.screen.question?.id == "P1")
        #expect(session.screen.current == Answer(.option("some")))
        #expect(session.handle("b") == [] && session.handle("b") == [])
        #expect(session.screen.question?.id == "S1")
        #expect(session.screen.problem == "S1 is the first question; there is nothing before it.")
        // Enter keeps the answer and steps forward in order.
        #expect(session.handle("") == [])
        #expect(session.screen.question?.id == "P1")
        // The same answer again saves nothing.
        #expect(session.handle("2") == [])
        #expect(session.screen.notice == "Kept P1: Some teams.")
        #expect(session.screen.question?.id == "P2")
    }

    @Test func aFollowUpAppearsAfterYesAndDisappearsWhenTheAnswerChanges() {
        var session = Self.session()
        _ = session.handle("yes")
        #expect(session.screen.question?.id == "S2")
        #expect((session.screen.answered, session.screen.total) == (1, 4))
        _ = session.handle("yes")
        #expect(session.screen.question?.id == "P1")
        // Back to S1 and "no": S2 is no longer put to the respondent.
        _ = session.handle("b")
        _ = session.handle("b")
        #expect(session.screen.question?.id == "S1")
        #expect(session.handle("no") == [.record(question: "S1", answer: Answer(.option("no")))])
        #expect(session.screen.question?.id == "P1")
        #expect((session.screen.answered, session.screen.total) == (1, 3))
        #expect(!session.visibleQuestions.map(\.id).contains("S2"))
        // Back from P1 goes to S1, past the hidden S2.
        _ = session.handle("b")
        #expect(session.screen.question?.id == "S1")
    }

    @Test func rolesDecideWhichQuestionsAppear() {
        #expect(Self.session(role: "executive").visibleQuestions.map(\.id) == ["S1", "S3", "P1", "P2"])
        #expect(Self.session(role: "engineer").visibleQuestions.map(\.id) == ["S1", "P1", "P2"])
    }

    @Test func aSkipIsRememberedButIsNotAnAnswer() {
        var session = Self.session()
        #expect(session.handle("s") == [.skip(question: "S1")])
        #expect(session.screen.notice == "Skipped S1.")
        #expect(session.screen.question?.id == "P1")
        #expect(session.answers["S1"] == nil && session.skipped == ["S1"])
        #expect((session.screen.answered, session.screen.skipped) == (0, 1))
        // Skipping an answered question keeps its answer and records nothing.
        _ = session.handle("none")
        _ = session.handle("b")
        #expect(session.handle("s") == [])
        #expect(session.screen.notice == "Kept the answer to P1.")
        // Back on the skipped question, an answer replaces the skip.
        _ = session.handle("b")
        _ = session.handle("b")
        #expect(session.screen.question?.id == "S1" && session.screen.wasSkipped)
        #expect(session.handle("no") == [.record(question: "S1", answer: Answer(.option("no")))])
        #expect(session.skipped.isEmpty)
    }

    @Test func aResumedInterviewStartsAtTheFirstQuestionNeitherAnsweredNorSkipped() {
        let session = Self.session(answers: ["S1": Answer(.option("yes"))], skipped: ["S2"])
        #expect(session.screen.question?.id == "P1")
        #expect(session.screen.notice == "Resuming at P1: 1 of 4 answered, 1 skipped.")
        // With everything answered or skipped it opens on the end.
        let done = Self.session(answers: ["S1": Answer(.option("no")), "P2": Answer(.option("all"))], skipped: ["P1"])
        #expect(done.screen.kind == .finished)
        #expect((done.screen.answered, done.screen.total, done.screen.skipped) == (2, 3, 1))
        // Asked to, it goes through the skipped questions.
        let revisit = Self.session(answers: ["S1": Answer(.option("yes"))], skipped: ["S2", "P2"], revisit: true)
        #expect(revisit.screen.question?.id == "S2")
    }

    @Test func theEndGoesBackRevisitsSkipsOrStops() {
        var session = Self.session(answers: ["S1": Answer(.option("no")), "P1": Answer(.option("all"))], skipped: ["P2"])
        #expect(session.screen.kind == .finished)
        _ = session.handle("r")
        #expect(session.screen.question?.id == "P2")
        // Skipped again: the revisit ends at the last skipped question.
        #expect(session.handle("s") == [])
        #expect(session.screen.kind == .finished)
        _ = session.handle("b")
        #expect(session.screen.question?.id == "P2")
        #expect(session.handle("some") == [.record(question: "P2", answer: Answer(.option("some")))])
        #expect(session.screen.kind == .finished)
        _ = session.handle("q")
        #expect(session.isEnded && session.screen.kind == .ended)
    }

    @Test func quitAndTheEndOfInputEndTheInterview() {
        var session = Self.session()
        _ = session.handle("q")
        #expect(session.isEnded)
        #expect(session.handle("yes") == [])
        var closed = Self.session()
        closed.endOfInput()
        #expect(closed.isEnded)
    }

    @Test func aPendingNoteWaitsThroughASkip() {
        var session = Self.session()
        _ = session.handle("n To ask again")
        #expect(session.handle("s") == [.skip(question: "S1")])
        #expect(session.screen.notice == "Skipped S1; the note or evidence typed for it waits for an answer.")
        _ = session.handle("b")
        #expect(session.screen.pendingNote == "To ask again")
        #expect(session.handle("yes") == [.record(question: "S1", answer: Answer(.option("yes"), note: "To ask again"))])
    }
}
