import ArgumentParser
import Foundation
import MaturityKit
import MaturityStore

/// `--db PATH`: the workspace file (default `$OSPO_DB`, then `./ospo.sqlite`).
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The workspace file (default: $OSPO_DB, else ./ospo.sqlite).", valueName: "path"))
    var path: String?

    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["OSPO_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? Workspace.defaultPath
    }

    /// Opens the workspace; commands that write create it when missing and say so.
    func open(creating: Bool = false) throws -> Workspace {
        let path = resolvedPath
        let existed = FileManager.default.fileExists(atPath: path)
        let workspace = try Workspace.open(at: path, create: creating)
        if creating && !existed { Console.err("created workspace \(path)") }
        return workspace
    }
}

/// Which assessment a command works on: `--assessment ID`, or the latest of `--org ORG`.
struct AssessmentSelection: ParsableArguments {
    @Option(name: .customLong("assessment"), help: ArgumentHelp("An assessment of the workspace, by number.", valueName: "id"))
    var assessmentId: Int64?

    @Option(name: .customLong("org"), help: ArgumentHelp("An organisation of the workspace: its latest assessment.", valueName: "org"))
    var organisation: String?

    var isGiven: Bool { assessmentId != nil || organisation != nil }

    func resolve(in workspace: Workspace) throws -> AssessmentRecord {
        if let assessmentId { return try workspace.assessment(assessmentId) }
        if let organisation { return try workspace.latestAssessment(organisation: organisation) }
        throw ValidationError("name the answers: a file, --assessment ID or --org ORG")
    }
}

enum ReadFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
