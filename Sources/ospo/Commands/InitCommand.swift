import ArgumentParser
import MaturityUseCases

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace (an SQLite file, mode 0600) or check an existing one.",
        discussion: "The workspace is ./ospo.sqlite unless --db or $OSPO_DB says otherwise."
    )

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        try await runReportingFailures {
            let line = try await workspace.creating { try WorkspaceCheck.line(for: $0) }
            Console.out(line + "\n")
        }
    }
}
