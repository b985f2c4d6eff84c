import Testing
@testable import MaturityKit

/// Notes and evidence typed before a question's answer (issue 10, "lost
/// input"): saved as a draft the moment they are typed, given back on
/// resume, and put into the answer once there is one.
struct InterviewDraftTests {
    typealias Fixture = InterviewSessionTests

    static func session(answers: [String: Answer] = [:], skipped: Set<String> = [],
                        drafts: [String: InterviewDraft] = [:]) -> InterviewSession {
        InterviewSession(questionnaire: Fixture.questionnaire, role: "engineer", answers: answers, skipped: skipped, drafts: drafts)
    }

    @Test func aNoteOrEvidenceForAnUnansweredQuestionIsSavedAsADraftAtOnce() {
        var session = Self.session()
        #expect(session.handle("n Asked the CTO") == [.saveDraft(question: "S1", draft: InterviewDraft(note: "Asked the CTO"))])
        #expect(session.screen.notice == "The note will be saved with the answer to S1.")
        // Evidence typed next: the draft saved holds both.
        #expect(session.handle("e") == [])
        #expect(session.handle("https://intranet/strategy") == [
            .saveDraft(question: "S1", draft: InterviewDraft(note: "Asked the CTO", evidence: "https://intranet/strategy"))])
        // A new note replaces the note of the draft, the evidence stays.
        #expect(session.handle("n Asked the CFO") == [
            .saveDraft(question: "S1", draft: InterviewDraft(note: "Asked the CFO", evidence: "https://intranet/strategy"))])
        // The same note again changes nothing: nothing to save.
        #expect(session.handle("n Asked the CFO") == [])
        // The answer takes the draft; recording it removes the draft (no
        // separate effect is needed).
        #expect(session.handle("yes") == [.record(question: "S1", answer: Answer(.option("yes"), note: "Asked the CFO",
                                                                                 evidence: "https://intranet/strategy"))])
        _ = session.handle("b")
        #expect(session.screen.question?.id == "S1")
        #expect(session.screen.pendingNote == nil && session.screen.pendingEvidence == nil)
    }

    @Test func aDraftSurvivesASkip() {
        var session = Self.session()
        #expect(session.handle("n To ask again") == [.saveDraft(question: "S1", draft: InterviewDraft(note: "To ask again"))])
        #expect(session.handle("s") == [.skip(question: "S1")])
    }

    @Test func aResumedInterviewGivesTheDraftBackOnItsQuestion() {
        var session = Self.session(drafts: ["S1": InterviewDraft(note: "Asked the CTO")])
        #expect(session.screen.question?.id == "S1")
        #expect(session.screen.pendingNote == "Asked the CTO" && session.screen.pendingEvidence == nil)
        // S1, P1, P2 are put to an engineer until S1 is "yes".
        #expect(session.screen.notice == "Resuming at S1: 0 of 3 answered. A note or evidence typed earlier waits for the answer to S1.")
        #expect(session.handle("no") == [.record(question: "S1", answer: Answer(.option("no"), note: "Asked the CTO"))])
    }

    @Test func draftsElsewhereAreNamedWhenResuming() {
        // P1 was skipped with a draft; P2 has one too: the interview resumes
        // at P2 (S1 answered "no", P1 skipped) and names both.
        let session = Self.session(answers: ["S1": Answer(.option("no"))], skipped: ["P1"],
                                   drafts: ["P1": InterviewDraft(evidence: "Scanner report"), "P2": InterviewDraft(note: "Ask legal"),
                                            "S2": InterviewDraft()])
        #expect(session.screen.question?.id == "P2")
        #expect(session.screen.pendingNote == "Ask legal")
        #expect(session.screen.notice == "Resuming at P2: 1 of 3 answered, 1 skipped. Notes or evidence typed earlier wait for the answers to P1, P2.")
    }

    @Test func aDraftOnAQuestionAnsweredElsewhereGoesIntoTheAnswersNextChange() {
        // S1 was answered (by an import) after the draft was saved.
        var session = Self.session(answers: ["S1": Answer(.option("no"))], drafts: ["S1": InterviewDraft(evidence: "Board minutes")])
        #expect(session.screen.question?.id == "P1")
        _ = session.handle("b")
        #expect(session.screen.question?.id == "S1")
        #expect(session.screen.pendingEvidence == "Board minutes")
        // Enter keeps the answer, and the draft waits.
        #expect(session.handle("") == [])
        _ = session.handle("b")
        #expect(session.screen.pendingEvidence == "Board minutes")
        #expect(session.handle("n Checked again") == [.record(question: "S1", answer: Answer(.option("no"), note: "Checked again",
                                                                                              evidence: "Board minutes"))])
        #expect(session.screen.pendingEvidence == nil)
    }

    @Test func aDraftAlreadyInTheAnswerIsDroppedWhenTheSameAnswerIsGiven() {
        // The answer holds the draft's note already (the draft outlived it).
        var session = Self.session(answers: ["S1": Answer(.option("no"), note: "Asked")], drafts: ["S1": InterviewDraft(note: "Asked")])
        _ = session.handle("b")
        #expect(session.screen.question?.id == "S1")
        #expect(session.handle("no") == [.dropDraft(question: "S1")])
        #expect(session.screen.notice == "Kept S1: No.")
        _ = session.handle("b")
        #expect(session.screen.question?.id == "S1" && session.screen.pendingNote == nil)
        // Nothing left to drop.
        #expect(session.handle("no") == [])
    }
}
