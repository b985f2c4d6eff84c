import ArgumentParser
import MaturityUseCases

/// `ospo backup`: a consistent copy of the workspace, safe while `ospo serve` writes to it.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the workspace to a new file, safely while 'ospo serve' or another command writes to it.",
        discussion: """
            The copy is one consistent state of the workspace, made through SQLite's backup API and checked \
            (PRAGMA integrity_check); it is one file, ready to restore. The workspace is not changed, not even \
            upgraded, so a copy taken before installing a newer ospo holds it as the older one wrote it. \
            The last line gives the schema version and whether this version of ospo would upgrade the workspace. \
            See docs/operating.md.
              ospo backup backups/ospo-2026-11-29.sqlite --db team.sqlite
            """
    )

    @Argument(help: ArgumentHelp("The copy to write; refused when it exists, unless --force.", valueName: "copy.sqlite"))
    var copy: String
    @Flag(help: "Replace the copy's file when it exists.") var force = false
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        try await runReportingFailures {
            let backup = try WorkspaceBackups.take(of: workspace.resolvedPath, to: copy, force: force)
            for line in WorkspaceBackups.lines(for: backup, of: workspace.resolvedPath) { Console.out(line + "\n") }
        }
    }
}
