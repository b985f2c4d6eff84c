import MaturityUseCases
import ArgumentParser

struct RoadmapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Accept a roadmap: turn a plan into objectives to track.",
        subcommands: [Accept.self]
    )

    struct Accept: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Plan from an assessment of the workspace and accept the plan.",
            discussion: """
            Plans exactly as 'ospo plan --org ORG --profile PROFILE' does, keeps the profile \
            and the plan, and creates an objective (status planned) for every scheduled \
            action, with its measures and due date. The organisation's previous accepted \
            plan is kept, marked as superseded.
            """
        )

        @Option(name: .customLong("org"), help: "The organisation.") var organisation: String
        @Option(name: .customLong("profile"), help: "Targets and planning capacity (format: ospo/profile@1).") var profilePath: String
        @Option(name: .customLong("assessment"), help: "The assessment to plan from (default: the organisation's latest).") var assessmentId: Int64?
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let accepted = try RoadmapAcceptance.accept(in: try workspace.open(), organisation: organisation,
                                                            assessment: assessmentId, profilePath: profilePath)
                Console.out(accepted.line + "\n")
            }
        }
    }
}
