import ArgumentParser
import MaturityUseCases

extension AssessmentCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import answers (YAML, long CSV or a survey tool's wide CSV) into an assessment, in one transaction.",
            discussion: """
            Without --assessment, a YAML answers file starts a new assessment of its organisation \
            (added when missing) for its questionnaire and date. A respondent already in the \
            assessment gets new revisions of the answers that changed: history is never overwritten. \
            Long CSV (respondent,role,question,answer[,note,name,evidence,justification]) is \
            streamed: large files use little memory; a file with any bad row writes nothing. \
            With --wide, the CSV has one row per respondent and one column per question, as survey \
            tools export it, and is read against the assessment's questionnaire and the --mapping \
            file; every cell that cannot be read is reported and nothing is written. With --layout, \
            the export is read as the survey tool writes it (see docs/surveys.md), whole rather than streamed.
            """
        )

        @Argument(help: "Answers: YAML (format: ospo/answers@1), long CSV, or wide CSV with --wide.") var file: String
        @Option(name: .customLong("assessment"), help: "The assessment to import into (needed for CSV).") var assessmentId: Int64?
        @Option(name: .customLong("org"), help: "With a YAML file: the organisation (default: the file's organisation).") var organisation: String?
        @OptionGroup var wide: WideCSVOptions
        @OptionGroup var library: LibraryOptions
        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            do {
                try AnswersImport.check(file: file, wide: wide.wide, assessment: assessmentId)
            } catch let error as UseCaseError {
                throw ValidationError(error.description)
            }
        }

        func run() async throws {
            try await runReportingFailures {
                // Everything is read and checked before the workspace is
                // opened (and perhaps created), so a broken file writes nothing.
                let job = try AnswersImport.prepare(file: file, assessment: assessmentId, organisation: organisation, wide: wide.wide,
                                                    mappingPath: wide.mappingPath, layout: wide.layout,
                                                    includeIncomplete: wide.includeIncomplete, libraryFolders: library.folders)
                let result: AnswersImportResult
                if job.startsAssessment {
                    // Only a YAML file without --assessment starts an
                    // assessment, so only then may the workspace be created.
                    result = try await workspace.creating { try job.run(in: $0) }
                    if let added = result.addedOrganisation { Console.err("added organisation \(added.slug)") }
                    Console.err("started assessment \(result.assessment)")
                } else if job.kind == .yaml {
                    result = try job.run(in: try workspace.open(.write))
                } else {
                    let opened = try workspace.open(.write)
                    let progress = ProgressBar(total: job.fileSize)
                    result = try job.run(in: opened) { rows, bytes in progress.update(rows: rows, bytes: bytes) }
                    progress.finish()
                    if job.kind == .wideCSV { Console.print(result.summary.warnings) }
                }
                Console.out(result.line + "\n")
            }
        }
    }
}
