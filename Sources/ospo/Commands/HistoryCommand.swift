import ArgumentParser
import MaturityReports
import MaturityUseCases

/// `ospo history`: the audit trail, who changed what and when.
struct HistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show who changed what in the workspace, oldest first.",
        discussion: "Changes from the command line name the operating-system user (cli:USER), changes from the web the account (account:NAME)."
    )

    @Option(name: .customLong("org"), help: ArgumentHelp("Only the changes to this organisation.", valueName: "org"))
    var organisation: String?
    @Option(help: "Output format.") var format: FormatOption<AuditRenderer> = .init(.text)
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        try await runReportingFailures {
            let entries = try AuditTrail.listing(organisation: organisation, in: try workspace.open(.read))
            if entries.isEmpty && format.format == .text { Console.err(AuditRenderer.emptyListHint) }
            Console.out(try AuditRenderer.render(entries, as: format.format))
        }
    }
}
