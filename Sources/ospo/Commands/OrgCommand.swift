import ArgumentParser
import MaturityReports
import MaturityUseCases

struct OrgCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Add, list and show the organisations of the workspace.",
        subcommands: [Add.self, List.self, Show.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an organisation.")

        @Argument(help: "The organisation's name.") var name: String
        @Option(help: "The short name commands will use (default: made from the name).") var slug: String?
        @Option(help: "Sector or archetype, for portfolio comparisons.") var sector: String?
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let record = try await workspace.creating { try OrganisationAdding.add(name: name, slug: slug, sector: sector, in: $0) }
                Console.out(OrganisationAdding.line(for: record) + "\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the organisations.")

        @Option(help: "Output format.") var format: FormatOption<OrganisationRenderer> = .init(.text)
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let organisations = try OrganisationQueries.list(try workspace.open(.read))
                if organisations.isEmpty && format.format == .text { Console.err(OrganisationRenderer.emptyListHint) }
                Console.out(try OrganisationRenderer.render(organisations, as: format.format))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show an organisation, its assessments and its plan.")

        @Argument(help: "The organisation: short name, name or number.") var organisation: String
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                Console.out(OrganisationRenderer.render(try OrganisationQueries.overview(try workspace.open(.read), organisation: organisation)))
            }
        }
    }
}
