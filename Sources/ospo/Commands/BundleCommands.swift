import MaturityUseCases
import ArgumentParser
import MaturityStore

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write everything in the workspace (or one organisation) as a portable JSON bundle.",
        discussion: "The bundle (format ospo/bundle@1, documented in docs/workspace.md) restores with 'ospo import'."
    )

    @Option(name: .customLong("org"), help: "Only this organisation.") var organisation: String?
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        try await runReportingFailures {
            let opened = try workspace.open(.read)
            if let output {
                try BundleExport.write(opened, organisation: organisation, to: output)
                Console.err("wrote \(output)")
            } else {
                Console.out(try BundleExport.text(of: opened, organisation: organisation))
            }
        }
    }
}

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Restore a bundle written by 'ospo export' into this workspace, without duplicates.",
        discussion: "Records already in the workspace (same uid) are kept as they are; everything else is added, in one transaction."
    )

    @Argument(help: "The bundle (JSON).") var bundle: String
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        try await runReportingFailures {
            let summary: BundleImportSummary
            do {
                // The whole bundle is read and checked before the workspace
                // is opened, so a bad bundle creates no workspace.
                let job = try BundleImport.read(bundle)
                summary = try await workspace.creating { try job.run(in: $0) }
            } catch let error as BundleError {
                Console.err(error.description)
                Console.err(BundleImport.refusalLine(for: error))
                throw ExitCode.failure
            }
            Console.out(BundleImport.line(for: summary) + "\n")
        }
    }
}
