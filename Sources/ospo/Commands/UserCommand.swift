import ArgumentParser
import MaturityReports
import MaturityUseCases

/// `ospo user`: the accounts that log in to the web workspace.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add, list and disable the accounts of the web workspace.",
        discussion: "Roles and what each may do: docs/web-workspace.md.",
        subcommands: [Add.self, List.self, Disable.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account and print its one-time link to choose a password.")

        @Argument(help: "The name the person logs in with (letters, digits, '.', '_', '-', '@').") var name: String
        @Option(help: "What the account may do.") var role: AccountRole
        @Option(name: .customLong("org"), help: ArgumentHelp("An organisation the account is limited to (repeat for more; default: every organisation).", valueName: "org"))
        var organisations: [String] = []
        @Option(name: .customLong("base-url"), help: ArgumentHelp("The address people open ('ospo serve' answers there).", valueName: "url"))
        var baseURL = UserAdding.defaultBaseURL
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let link = try UserAdding.add(name: name, role: role, organisations: organisations, baseURL: baseURL,
                                              by: .currentUser(), in: try workspace.open())
                Console.out(UserAdding.lines(for: link))
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts: role, state and organisations.")

        @Option(help: "Output format.") var format: FormatOption<AccountRenderer> = .init(.text)
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let accounts = try UserListing.accounts(in: try workspace.open(.read))
                if accounts.isEmpty && format.format == .text { Console.err(AccountRenderer.emptyListHint) }
                Console.out(try AccountRenderer.render(accounts, as: format.format))
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Disable an account: it cannot log in, and its sessions end at once.")

        @Argument(help: "The account's name.") var name: String
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let account = try UserDisabling.disable(name: name, by: .currentUser(), in: try workspace.open())
                Console.out(UserDisabling.line(for: account) + "\n")
            }
        }
    }
}

extension AccountRole: ExpressibleByArgument {}
