import Foundation
import Testing

/// `ospo interview` end to end: driven through a pseudo-terminal as an
/// interviewer would, killed part way, resumed; and refused without a terminal.
@Suite(.serialized)
struct InterviewCommandTests {
    typealias CLI = CommandLineTests

    /// A small questionnaire: for a developer, T-02 follows a "yes" to T-01,
    /// T-03 is put to leads only, T-05 allows "not applicable".
    static let questionnaire = """
    format: ospo/questionnaire@1
    id: pty-interview
    title: Terminal interview test
    version: 1.0.0
    rubrics: [pty-mod]
    scales:
      yesno: [{ id: "no", label: "No", value: 0 }, { id: "yes", label: "Yes", value: 1 }]
      coverage: [{ id: none, label: "None", value: 0 }, { id: some, label: "Some teams", value: 0.5 }, { id: all, label: "All teams", value: 1 }]
    roles:
      lead: { title: OSPO lead, weight: 2 }
      dev: { title: Developer }
    sections:
      - id: strategy
        title: Strategy
        summary: Where open source is going.
        questions:
          - { id: T-01, text: Is there a written open source strategy?, dimension: pty-alpha, scale: yesno, help: A document that leadership approved., interviewer_notes: Ask who signed it., evidence: A link to the strategy. }
          - { id: T-02, text: Is the strategy reviewed every year?, dimension: pty-alpha, scale: yesno, when: { question: T-01, in: ["yes"] } }
          - { id: T-03, text: Does the budget name open source?, dimension: pty-alpha, scale: yesno, roles: [lead] }
          - { id: T-04, text: How many teams know the strategy?, dimension: pty-alpha, scale: coverage }
      - id: practice
        title: Practice
        questions:
          - { id: T-05, text: How many teams scan licences?, dimension: pty-beta, scale: coverage, allow_na: true }
          - { id: T-06, text: How many teams contribute upstream?, dimension: pty-beta, scale: coverage }
          - { id: T-07, text: Is there an inner source programme?, dimension: pty-beta, scale: yesno }
          - { id: T-08, text: Do teams publish their own projects?, dimension: pty-beta, scale: yesno }
    """

    static let rubric = """
    format: ospo/rubric@1
    id: pty-mod
    title: Terminal module
    version: 1.0.0
    scale: [{ level: 0, name: L0 }, { level: 1, name: L1 }, { level: 2, name: L2 }]
    dimensions:
      - id: pty-alpha
        title: Alpha
        levels: { 0: a0, 1: a1, 2: a2 }
        actions:
          - { id: pty-alpha.one, title: First, level: 1, effort: 5, impact: 3, roles: [ospo-lead] }
          - { id: pty-alpha.two, title: Second, level: 2, effort: 5, impact: 3, roles: [ospo-lead] }
      - id: pty-beta
        title: Beta
        levels: { 0: b0, 1: b1, 2: b2 }
        actions:
          - { id: pty-beta.one, title: First, level: 1, effort: 5, impact: 3, roles: [ospo-lead] }
          - { id: pty-beta.two, title: Second, level: 2, effort: 5, impact: 3, roles: [ospo-lead] }
    """

    /// A workspace with assessment 1 of `pty-interview`, in a fresh folder.
    static func workspace() throws -> (folder: URL, db: String) {
        let folder = try CLI.temporaryFolder()
        let library = folder.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        try questionnaire.write(to: library.appendingPathComponent("pty-interview.yaml"), atomically: true, encoding: .utf8)
        try rubric.write(to: library.appendingPathComponent("pty-mod.yaml"), atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("ws.sqlite").path
        let org = try CLI.run(["org", "add", "Terminal Test", "--slug", "tt", "--db", db])
        #expect(org.status == 0, "\(org.stderr)")
        let new = try CLI.run(["assessment", "new", "tt", "--questionnaire", "pty-interview", "--library", library.path,
                               "--date", "2026-05-01", "--db", db])
        #expect(new.status == 0, "\(new.stderr)")
        return (folder, db)
    }

    static func interview(_ db: String, _ extra: [String] = []) throws -> PseudoTerminal {
        try PseudoTerminal([try CLI.binary.path, "interview", "1", "--respondent", "Dana Dev", "--db", db] + extra,
                           environment: ["NO_COLOR": "1", "COLUMNS": "100"])
    }

    /// The current answers' revisions to a question, as `ospo answers history` prints them.
    static func history(_ question: String, _ db: String) throws -> [String] {
        let result = try CLI.run(["answers", "history", question, "--assessment", "1", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func anInterviewKilledPartWayResumesAtTheRightQuestionWithNothingLost() throws {
        let (folder, db) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }

        // First session.
        let first = try Self.interview(db, ["--role", "dev"])
        // The first screen: section, question, help, interviewer's notes, evidence, numbered options, progress.
        let opening = try first.waitFor("T-01> ")
        #expect(opening.contains("Strategy — Where open source is going."))
        #expect(opening.contains("Is there a written open source strategy?"))
        #expect(opening.contains("A document that leadership approved."))
        // The interviewer runs the terminal interview: their notes are shown, apart from the help.
        #expect(opening.contains("For the interviewer: Ask who signed it."))
        #expect(opening.contains("Evidence to ask for: A link to the strategy."))
        #expect(opening.contains("1  no") && opening.contains("2  yes") && opening.contains("?  unknown"))
        // Six questions are put to a developer so far: T-02 waits for a
        // "yes" to T-01, and T-03 is for leads.
        #expect(opening.contains("0/6 answered"))
        #expect(!opening.contains("\u{1B}["), "NO_COLOR is set: no escape sequences")

        // An answer by number; "yes" brings the follow-up T-02.
        first.type("2")
        let followUp = try first.waitFor("T-02> ")
        #expect(followUp.contains("Saved T-01: Yes."))
        #expect(followUp.contains("1/7 answered"))

        // A note typed before the answer is saved with it.
        first.type("n Reviewed each spring")
        try first.waitFor("The note will be saved with the answer to T-02.")
        try first.waitFor("T-02> ")
        first.type("yes")
        // T-03 is for leads: the next question is T-04.
        try first.waitFor("T-04> ")

        // Go back to T-02 and change the answer: a new revision, the note kept.
        first.type("b")
        let back = try first.waitFor("T-02> ")
        #expect(back.contains("Answer now: yes (Yes)"))
        first.type("1")
        try first.waitFor("Saved T-02: No.")
        try first.waitFor("T-04> ")

        // Don't know.
        first.type("?")
        try first.waitFor("T-05> ")

        // Not applicable, with its justification asked for.
        first.type("na")
        try first.waitFor("justification for T-05> ")
        first.type("We ship no software of our own")
        try first.waitFor("T-06> ")

        // A skip: no answer is recorded.
        first.type("s")
        try first.waitFor("Skipped T-06.")
        try first.waitFor("T-07> ")
        first.type("no")
        let atKill = try first.waitFor("T-08> ")
        #expect(atKill.contains("5/7 answered · 1 skipped"))

        // Killed with SIGKILL at T-08: no handler runs.
        try first.killCommand()
        _ = try first.waitForExit()

        // Everything given before the kill is in the workspace.
        let user = ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
        #expect(try Self.history("T-01", db).count == 1)
        #expect(try Self.history("T-01", db).first?.hasSuffix("dana-dev (dev): yes  [interview Dana Dev by \(user)]") == true)
        let t02 = try Self.history("T-02", db)
        #expect(t02.count == 2)
        #expect(t02.first?.contains("dana-dev (dev): yes  note: Reviewed each spring") == true)
        #expect(t02.last?.contains("dana-dev (dev): no  note: Reviewed each spring") == true)
        #expect(try Self.history("T-04", db).first?.contains("dana-dev (dev): unknown") == true)
        #expect(try Self.history("T-05", db).first?.contains("dana-dev (dev): na  justification: We ship no software of our own") == true)
        #expect(try Self.history("T-06", db).isEmpty, "a skip is not an answer")
        #expect(try Self.history("T-07", db).first?.contains("dana-dev (dev): no") == true)
        #expect(try Self.history("T-08", db).isEmpty)

        // Second session: the role is known now; it resumes at T-08, past the skipped T-06.
        let second = try Self.interview(db)
        let resumed = try second.waitFor("T-08> ")
        #expect(resumed.contains("Resuming at T-08: 5 of 7 answered, 1 skipped."))
        #expect(!resumed.contains("T-01> ") && !resumed.contains("T-06> "))
        second.type("yes")
        let done = try second.waitFor("done> ")
        #expect(done.contains("6/7 answered · 1 skipped"))
        second.type("q")
        #expect(try second.waitForExit() == 0)
        #expect(second.screen.contains("1 answer saved in this session; 6 of 7 questions answered, 1 skipped"))
        #expect(try Self.history("T-08", db).first?.contains("dana-dev (dev): yes") == true)
        // One audit entry a session, the killed one's included (written at
        // its first save); each line starts with a 20-character time and 2 spaces.
        let trail = try CLI.run(["history", "--org", "tt", "--db", db]).stdout.split(separator: "\n").map { String($0.dropFirst(22)) }
        #expect(trail.dropFirst(2) == [
            "cli:\(user)  interview  tt  interview of Dana Dev (dana-dev, dev) in assessment 1",
            "cli:\(user)  interview  tt  interview of Dana Dev (dana-dev, dev) in assessment 1",
        ])

        // The scores read the interview like any other answers.
        let score = try CLI.run(["score", "--assessment", "1", "--db", db, "--format", "json"])
        #expect(score.status == 0, "\(score.stderr)")
    }

    @Test func ctrlCStopsTheInterviewAndKeepsWhatWasSaid() throws {
        let (folder, db) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try Self.interview(db, ["--role", "dev"])
        try session.waitFor("T-01> ")
        session.type("no")
        try session.waitFor("T-04> ")
        session.send("\u{03}")
        try session.waitFor("Stopped. Every answer given so far is saved")
        #expect(try session.waitForExit() == 130)
        #expect(try Self.history("T-01", db).first?.contains("dana-dev (dev): no") == true)
    }

    @Test func withoutATerminalItExitsOneAndPointsToFormsAndImports() throws {
        let (folder, db) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["interview", "1", "--respondent", "Dana Dev", "--role", "dev", "--db", db])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("needs a terminal"))
        #expect(result.stderr.contains("ospo form") && result.stderr.contains("ospo assessment import"))
    }

    @Test func anUnknownRoleOrAClosedAssessmentIsAClearError() throws {
        let (folder, db) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wrong = try Self.interview(db, ["--role", "ceo"])
        #expect(try wrong.waitForExit() == 1)
        #expect(wrong.screen.contains("unknown role 'ceo'"))
        #expect(try CLI.run(["assessment", "close", "1", "--db", db]).status == 0)
        let closed = try Self.interview(db, ["--role", "dev"])
        #expect(try closed.waitForExit() == 1)
        #expect(closed.screen.contains("assessment 1 is closed"))
    }
}
