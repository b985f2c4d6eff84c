import ArgumentParser
import Logging
import MaturityUseCases
import MaturityWeb

/// `ospo serve`: the team's web workspace, with accounts from `ospo user`,
/// and the respondents' pages, from the private links `ospo invite` makes.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web workspace: the team's pages (see ospo user) and the respondents' (see ospo invite).",
        discussion: "Put it behind a reverse proxy for https, and give the address respondents open with --base-url (docs/serving.md)."
    )

    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address respondents open; https makes cookies Secure.", valueName: "url"))
    var baseURL: String?
    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must start with http:// or https://")
        }
    }

    func run() async throws {
        try await runReportingFailures {
            let store = try workspace.open()
            let desk = try RespondentDesk(workspace: store)
            let team = try TeamDesk(workspace: store)
            let configuration = WebConfiguration(host: host, port: port, baseURL: baseURL)
            var logger = Logger(label: "ospo.serve")
            logger.logLevel = .info
            Console.err("serving \(workspace.resolvedPath) on http://\(host):\(port) (respondents open \(configuration.baseURL)); Ctrl-C stops")
            try await WebServer.run(desk: desk, team: team, configuration: configuration, logger: logger)
        }
    }
}
