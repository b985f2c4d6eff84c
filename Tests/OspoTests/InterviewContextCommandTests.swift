import Foundation
import Testing

/// `ospo interview` asks the organisation's context first, once per
/// assessment, and then does not put the questions that do not apply.
struct InterviewContextCommandTests {
    typealias CLI = CommandLineTests
    // The terminal test's questionnaire with a context fact: T-03 is asked
    // only of public bodies.
    static let questionnaire = InterviewCommandTests.questionnaire
        .replacingOccurrences(of: "sections:", with: """
        context:
          - id: sector
            text: What kind of organisation is it?
            help: Public bodies spend public money on software.
            options: [{ id: public, label: Public body }, { id: private, label: Private company }]
        sections:
        """)
        .replacingOccurrences(of: "roles: [lead] }", with: "when: { context: sector, in: [public] } }")

    @Test func theContextIsAskedOnceAndHidesWhatDoesNotApply() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = folder.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        try Self.questionnaire.write(to: library.appendingPathComponent("pty-interview.yaml"), atomically: true, encoding: .utf8)
        try InterviewCommandTests.rubric.write(to: library.appendingPathComponent("pty-mod.yaml"), atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("ws.sqlite").path
        #expect(try CLI.run(["org", "add", "Terminal Test", "--slug", "tt", "--db", db]).status == 0)
        let new = try CLI.run(["assessment", "new", "tt", "--questionnaire", "pty-interview", "--library", library.path,
                               "--date", "2026-05-01", "--db", db])
        #expect(new.status == 0, "\(new.stderr)")

        let first = try InterviewCommandTests.interview(db, ["--role", "lead"])
        let asked = try first.waitFor("context> ")
        #expect(asked.contains("Organisation context, asked once per assessment · 1 of 1"))
        #expect(asked.contains("What kind of organisation is it?"))
        #expect(asked.contains("Public bodies spend public money on software."))
        #expect(asked.contains("1  Public body  [public]") && asked.contains("2  Private company  [private]"))
        first.type("3")
        try first.waitFor("'3' is not one of the options: type 1 to 2, an option id, or Enter to leave it unstated")
        first.type("private")
        // T-03 (public bodies only) is not put to the lead: 7 questions, T-02 waiting for T-01.
        let opening = try first.waitFor("T-01> ")
        #expect(opening.contains("0/6 answered"))
        first.type("q")
        _ = try first.waitForExit()

        // A second interview finds the context stated and starts with the questions.
        let second = try InterviewCommandTests.interview(db, ["--role", "dev"])
        let start = try second.waitFor("T-01> ")
        #expect(!start.contains("Organisation context"))
        second.type("q")
        _ = try second.waitForExit()
    }
}
