import ArgumentParser
import Foundation
import MaturityKit
import MaturityStore
import MaturityUseCases

/// `--db PATH`: the workspace file (default `$OSPO_DB`, then `./ospo.sqlite`).
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The workspace file (default: $OSPO_DB, else ./ospo.sqlite).", valueName: "path"))
    var path: String?

    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["OSPO_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? Workspace.defaultPath
    }

    /// Opens the workspace for `access`: `.read` never creates or changes a
    /// file, `.write` needs an existing workspace.
    func open(_ access: Workspace.Access = .write) throws -> any WorkspaceStore {
        let workspace = try Workspace.open(at: resolvedPath, access: access)
        workspace.fixedToday = Today.fixed
        return workspace
    }

    /// Opens the workspace, creating it when missing (and saying so), runs
    /// `body`, and when `body` fails removes the workspace this call created:
    /// a failed command leaves no file behind (`WorkspaceCreation`).
    func creating<T>(_ body: (any WorkspaceStore) async throws -> T) async throws -> T {
        let outcome = try await WorkspaceCreation.run(at: resolvedPath, today: Today.fixed, body)
        if outcome.created { Console.err("created workspace \(resolvedPath)") }
        return outcome.value
    }
}

/// Which assessment a command works on: `--assessment ID`, or the latest of `--org ORG`.
struct AssessmentSelection: ParsableArguments {
    @Option(name: .customLong("assessment"), help: ArgumentHelp("An assessment of the workspace, by number.", valueName: "id"))
    var assessmentId: Int64?

    @Option(name: .customLong("org"), help: ArgumentHelp("An organisation of the workspace: its latest assessment.", valueName: "org"))
    var organisation: String?

    var isGiven: Bool { assessmentId != nil || organisation != nil }

    func resolve(in workspace: any WorkspaceStore) throws -> AssessmentRecord {
        guard let record = try AssessmentQueries.select(workspace, assessment: assessmentId, organisation: organisation) else {
            throw ValidationError("name the answers: a file, --assessment ID or --org ORG")
        }
        return record
    }
}
