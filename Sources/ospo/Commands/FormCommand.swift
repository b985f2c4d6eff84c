import ArgumentParser
import MaturityKit
import MaturityUseCases
import MaturityReports

struct FormCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Write a blank answer form for a questionnaire.",
        discussion: """
        md and html: a printable form for workshops and interviews on paper, \
        with tick boxes, help, evidence prompts, conditions and room for notes \
        (html is one self-contained page styled like the reports). --for respondent \
        (the default) leaves out the help meant for the interviewer, with its red \
        flags; --for interviewer keeps it. csv: a wide \
        CSV (one row per respondent, one column per question) whose '#allowed' \
        row lists what each column takes; filled in, it imports as it is with \
        'ospo score FILE --wide --questionnaire ID'. yaml: an answers file with \
        every question left empty under a comment with its answers; filled in, \
        it scores as it is with 'ospo score FILE'. The questionnaire is looked \
        up in the --library folders first, then in the shipped content. See \
        docs/collecting-answers.md.
        """
    )

    @Argument(help: ArgumentHelp("The questionnaire's id, e.g. ospo-interview.", valueName: "questionnaire"))
    var questionnaireId: String

    @Option(help: "Output format: md or html (printable), csv (wide CSV to fill in), yaml (answers skeleton).")
    var format: FormatOption<FormRenderer> = .init(.md)

    @Option(help: ArgumentHelp("Only the questions put to this respondent role (a role id of the questionnaire).", valueName: "role"))
    var role: String?

    @Option(help: ArgumentHelp("The organisation's name, written on the form (md, html, yaml).", valueName: "name"))
    var organisation: String?

    @Option(name: .customLong("for"), help: ArgumentHelp("Who the printable form is for: respondent (no interviewer's help or red flags) or interviewer.", valueName: "reader"))
    var audience: FormAudience = .respondent

    @Option(name: .customLong("output"), help: ArgumentHelp("Write the form to this file instead of standard output.", valueName: "file"))
    var outputPath: String?

    @OptionGroup var library: LibraryOptions

    func run() async throws {
        try await runReportingFailures {
            let (_, questionnaire) = try ContentSources.resolveQuestionnaire(questionnaireId, libraryFolders: library.folders) { known in
                UseCaseError.unknownQuestionnaire(questionnaireId, known: known)
            }
            if let role, !questionnaire.roles.isEmpty, questionnaire.role(role) == nil {
                let roles = questionnaire.roles.map(\.id).joined(separator: ", ")
                throw CommandFailure("unknown role '\(role)'; questionnaire '\(questionnaire.id)' has \(roles)")
            }
            let output = try FormRenderer.render(questionnaire, as: format.format, role: role, organisation: organisation, date: Today.date,
                                                  for: audience)
            if let outputPath {
                try FileAccess.write(output, to: outputPath)
                Console.err("wrote \(outputPath)")
            } else {
                Console.out(output)
            }
        }
    }
}

extension FormAudience: ExpressibleByArgument {}
