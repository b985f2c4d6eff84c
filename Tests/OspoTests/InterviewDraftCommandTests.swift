import Foundation
import Testing

/// `ospo interview` through a pseudo-terminal: a note or evidence typed
/// before the answer survives `q`, the end of the input (Ctrl-D) and
/// SIGKILL, is shown again on resume, and is saved with the answer.
@Suite(.serialized)
struct InterviewDraftCommandTests {
    typealias Interview = InterviewCommandTests

    @Test func aNoteTypedBeforeTheAnswerSurvivesQuitEndOfInputAndAKill() throws {
        let (folder, db) = try Interview.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }

        // A note on T-01, not answered yet, then q.
        let first = try Interview.interview(db, ["--role", "dev"])
        try first.waitFor("T-01> ")
        first.type("n Ask the CTO about the draft")
        try first.waitFor("The note will be saved with the answer to T-01.")
        try first.waitFor("T-01> ")
        first.type("q")
        #expect(try first.waitForExit() == 0)
        #expect(try Interview.history("T-01", db).isEmpty, "a draft is not an answer")

        // Resumed: the note is back on T-01 and said so.
        let second = try Interview.interview(db)
        let resumed = try second.waitFor("T-01> ")
        #expect(resumed.contains("Resuming at T-01: 0 of 6 answered."))
        #expect(resumed.contains("A note or evidence typed earlier waits for the answer to T-01."))
        #expect(resumed.contains("Note, saved with the answer: Ask the CTO about the draft"))
        // Answered: the note goes with the answer. "yes" brings T-02.
        second.type("yes")
        try second.waitFor("Saved T-01: Yes.")
        try second.waitFor("T-02> ")
        // Evidence on T-02, then the end of the input.
        second.type("e Minutes of the 2026 review")
        try second.waitFor("T-02> ")
        second.send("\u{04}")
        #expect(try second.waitForExit() == 0)
        #expect(try Interview.history("T-01", db).count == 1)
        #expect(try Interview.history("T-01", db).first?.contains("dana-dev (dev): yes  note: Ask the CTO about the draft") == true)

        // Resumed at T-02 with its evidence; a note added, then killed.
        let third = try Interview.interview(db)
        let atKill = try third.waitFor("T-02> ")
        #expect(atKill.contains("Evidence, saved with the answer: Minutes of the 2026 review"))
        #expect(!atKill.contains("Ask the CTO about the draft"), "the draft of T-01 is gone with its answer")
        third.type("n Reviewed each spring")
        try third.waitFor("The note will be saved with the answer to T-02.")
        try third.waitFor("T-02> ")
        try third.killCommand()
        _ = try third.waitForExit()

        // Both are back; the answer takes both.
        let fourth = try Interview.interview(db)
        let last = try fourth.waitFor("T-02> ")
        #expect(last.contains("Note, saved with the answer: Reviewed each spring"))
        #expect(last.contains("Evidence, saved with the answer: Minutes of the 2026 review"))
        fourth.type("no")
        try fourth.waitFor("T-04> ")
        fourth.type("b")
        let back = try fourth.waitFor("T-02> ")
        #expect(back.contains("Answer now: no (No) · note: Reviewed each spring · evidence: Minutes of the 2026 review"))
        #expect(!back.contains("saved with the answer:"), "nothing waits any more")
        fourth.type("q")
        #expect(try fourth.waitForExit() == 0)
        #expect(try Interview.history("T-02", db).first?.contains("dana-dev (dev): no  note: Reviewed each spring") == true)
    }
}
