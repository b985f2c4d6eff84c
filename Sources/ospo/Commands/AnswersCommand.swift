import ArgumentParser
import MaturityStore

struct AnswersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answers",
        abstract: "Look at the answers kept in the workspace.",
        subcommands: [History.self]
    )

    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every revision of every answer to a question: who, when, what.")

        @Argument(help: "The question id.") var question: String
        @OptionGroup var selection: AssessmentSelection
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let opened = try workspace.open(.read)
                let assessment = try selection.resolve(in: opened)
                let revisions = try opened.history(of: assessment.id ?? 0, question: question)
                if revisions.isEmpty { Console.err("no answers to \(question) in assessment \(assessment.id ?? 0)") }
                for revision in revisions {
                    var line = "\(revision.recordedAt)  \(revision.respondent) (\(revision.role)): \(revision.answer.choice.id)"
                    if let note = revision.answer.note { line += "  note: \(note)" }
                    if let justification = revision.answer.justification { line += "  justification: \(justification)" }
                    line += "  [\(revision.kind) \(revision.source) by \(revision.recordedBy)]"
                    Console.out(line + "\n")
                }
            }
        }
    }
}
