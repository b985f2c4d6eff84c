import ArgumentParser
import MaturityKit
import MaturityReports
import MaturityUseCases

struct ObjectiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "objective",
        abstract: "List objectives and move them through planned → in-progress → done | dropped.",
        subcommands: [List.self, Show.self, Start.self, Done.self, Drop.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The objectives of an organisation's current plan.")

        @Option(name: .customLong("org"), help: "The organisation.") var organisation: String
        @Option(help: "Output format.") var format: FormatOption<ObjectiveRenderer> = .init(.text)
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let objectives = try ObjectiveQueries.list(try workspace.open(.read), organisation: organisation)
                Console.out(try ObjectiveRenderer.render(objectives, as: format.format))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "An objective with its status history, measures and readings.")

        @Argument(help: "The objective: its number, or its action id within --org's current plan.") var objective: String
        @Option(name: .customLong("org"), help: "The organisation, when an action id is given.") var organisation: String?
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let detail = try ObjectiveQueries.detail(try workspace.open(.read), objective: objective, organisation: organisation)
                Console.out(ObjectiveRenderer.render(detail))
            }
        }
    }

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an objective in progress.")
        @OptionGroup var change: StatusChange
        func run() async throws { try await change.apply(.inProgress) }
    }

    struct Done: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an objective done.")
        @OptionGroup var change: StatusChange
        func run() async throws { try await change.apply(.done) }
    }

    struct Drop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Drop an objective (say why with --note).")
        @OptionGroup var change: StatusChange
        func run() async throws { try await change.apply(.dropped) }
    }
}

struct StatusChange: ParsableArguments {
    @Argument(help: "The objective: its number, or its action id within --org's current plan.") var objective: String
    @Option(name: .customLong("org"), help: "The organisation, when an action id is given.") var organisation: String?
    @Option(help: "Why, or what happened.") var note: String?
    @OptionGroup var workspace: WorkspaceOptions

    func apply(_ state: ObjectiveState) async throws {
        try await runReportingFailures {
            let line = try ObjectiveStatusChange.apply(state, objective: objective, organisation: organisation, note: note,
                                                       in: try workspace.open())
            Console.out(line + "\n")
        }
    }
}
