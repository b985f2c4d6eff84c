import ArgumentParser
import MaturityKit
import MaturityUseCases

extension ModelFormat: ExpressibleByArgument {}

/// `ospo convert MODEL FILE…`: a public model's own files to `ospo` content.
struct ConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a public model's files (OpenChain 5230, OWASP SAMM, DSOMM, GGI) into a rubric and questionnaire.",
        discussion: """
        MODEL is openchain (the conformance questionnaire JSON), samm (the YAML \
        files of owaspsamm/core model/, a folder), dsomm (DSOMM activity YAML files \
        or their folder) or ggi (my-ggi-board's ggi_activities_full.json). Writes \
        <rubric>.rubric.yaml, <questionnaire>.questionnaire.yaml and, for GGI, \
        ggi.roles.yaml into --output, with the model's source, version and licence \
        in a source: block. Prints what could not be carried over as warnings. \
        Refuses to replace existing files without --force, and writes nothing when \
        a file has an error. See docs/converting.md, with the licence of each model.
        """
    )

    @Argument(help: ArgumentHelp("The model: \(ModelFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "model"))
    var model: ModelFormat

    @Argument(help: ArgumentHelp("The model's files, or folders holding them.", valueName: "path"))
    var paths: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created when missing).", valueName: "folder"))
    var output: String

    @Option(name: .customLong("model-version"), help: ArgumentHelp("The model's version, recorded in source: (where its files do not give one).", valueName: "version"))
    var modelVersion: String?

    @Flag(help: "Replace files that already exist in the output folder.")
    var force = false

    func run() async throws {
        try await runReportingFailures {
            let result = try ModelConversion.run(model, inputs: paths, output: output, force: force, version: modelVersion)
            Console.print(result.diagnostics)
            for path in result.written { print("wrote \(path)") }
            let dimensions = result.model.rubric.dimensions.count, questions = result.model.questionnaire.questions.count
            print("\(result.model.rubric.origin?.summary ?? model.rawValue): \(dimensions) dimensions, \(questions) questions, \(result.model.rubric.dimensions.flatMap(\.actions).count) actions; check them with: ospo lint --strict \(output)")
        }
    }
}
