import ArgumentParser
import MaturityUseCases

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
                let id = assessment.id ?? 0
                let revisions = try AnswerHistory.revisions(opened, assessment: id, question: question)
                if revisions.isEmpty { Console.err(AnswerHistory.noAnswersLine(question: question, assessment: id)) }
                for revision in revisions { Console.out(AnswerHistory.line(for: revision) + "\n") }
            }
        }
    }
}
