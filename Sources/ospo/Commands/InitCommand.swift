import ArgumentParser
import MaturityStore

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace (an SQLite file, mode 0600) or check an existing one.",
        discussion: "The workspace is ./ospo.sqlite unless --db or $OSPO_DB says otherwise."
    )

    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        try await runReportingFailures {
            try await workspace.creating { opened in
                let organisations = try opened.organisations()
                Console.out("workspace \(opened.path): \(organisations.count) organisation\(organisations.count == 1 ? "" : "s")\n")
            }
        }
    }
}
