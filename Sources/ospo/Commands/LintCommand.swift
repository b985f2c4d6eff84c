import ArgumentParser
import MaturityKit
import MaturityUseCases

struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check rubrics, roles, questionnaires, answers and profiles.",
        discussion: """
        Reads every file given (a folder means every *.yaml in it) as one library, \
        so references between files are checked. References to rubrics, roles or \
        questionnaires that the files do not define are resolved against the \
        shipped content. With no path, checks the shipped content. Prints every \
        problem as path:line:column: severity: message and exits 1 on any error.
        """
    )

    @Argument(help: ArgumentHelp("Files or folders to check (default: the shipped content).", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() async throws {
        try await runReportingFailures {
            var files: [ContentSources.LoadedFile] = []
            if paths.isEmpty {
                files = ContentSources.shipped
            } else {
                for path in paths {
                    for file in try FileAccess.yamlFiles(at: path) {
                        files.append(try ContentSources.load(path: file))
                    }
                }
                if files.isEmpty { throw CommandFailure("no *.yaml files found in \(paths.joined(separator: ", "))") }
            }
            let diagnostics = Linter.lint(files.map { ($0.path, $0.document, $0.diagnostics) },
                                          fallback: paths.isEmpty ? ContentLibrary() : ContentSources.shippedLibrary)
            Console.print(diagnostics)
            let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count
            Console.err("checked \(files.count) file\(files.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
        }
    }
}
