import MaturityUseCases
import ArgumentParser
import Foundation
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
            let data = try Workspace.encode(try workspace.open(.read).export(organisation: organisation))
            if let output {
                try FileAccess.write(String(decoding: data, as: UTF8.self) + "\n", to: output)
                Console.err("wrote \(output)")
            } else {
                Console.out(String(decoding: data, as: UTF8.self) + "\n")
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
            let data = Data(try FileAccess.readText(bundle).utf8)
            let summary: Workspace.BundleImportSummary
            do {
                // The whole bundle is read and checked before the workspace
                // is opened, so a bad bundle creates no workspace.
                let decoded = try Workspace.decodeBundle(data, path: bundle)
                summary = try await workspace.creating { try $0.importBundle(decoded, source: (bundle, data)) }
            } catch let error as BundleError {
                let count = error.problems.count
                Console.err(error.description)
                Console.err("\(count) error\(count == 1 ? "" : "s") found; nothing was imported.")
                throw ExitCode.failure
            }
            Console.out("imported \(summary.organisations) organisations, \(summary.assessments) assessments, \(summary.answers) answers, \(summary.plans) plans, \(summary.objectives) objectives, \(summary.statuses) status changes, \(summary.readings) readings\n")
        }
    }
}
