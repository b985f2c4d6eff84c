import MaturityUseCases
import ArgumentParser
import MaturityStore

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
                let opened = try workspace.open()
                let assessment = try assessmentId.map { try opened.assessment($0) } ?? opened.latestAssessment(organisation: organisation)
                let profile = ContentFile(path: profilePath, text: try FileAccess.readText(profilePath))
                let (plan, roadmap) = try RoadmapAcceptance.accept(in: opened, organisation: organisation, assessment: assessment,
                                                                   profile: profile)
                let count = roadmap.scheduledActions.count
                Console.out("accepted plan \(plan.id ?? 0) for \(organisation) from assessment \(assessment.id ?? 0): \(count) objective\(count == 1 ? "" : "s") over \(roadmap.phases.count) phases, \(roadmap.backlog.count) in the backlog\n")
            }
        }
    }
}
