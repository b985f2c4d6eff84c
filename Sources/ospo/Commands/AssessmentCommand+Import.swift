import ArgumentParser
import Foundation
import MaturityKit
import MaturityUseCases
import MaturityStore

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
            file; every cell that cannot be read is reported and nothing is written.
            """
        )

        @Argument(help: "Answers: YAML (format: ospo/answers@1), long CSV, or wide CSV with --wide.") var file: String
        @Option(name: .customLong("assessment"), help: "The assessment to import into (needed for CSV).") var assessmentId: Int64?
        @Option(name: .customLong("org"), help: "With a YAML file: the organisation (default: the file's organisation).") var organisation: String?
        @OptionGroup var wide: WideCSVOptions
        @OptionGroup var library: LibraryOptions
        @OptionGroup var workspace: WorkspaceOptions

        func validate() throws {
            if (wide.wide || file.lowercased().hasSuffix(".csv")) && assessmentId == nil {
                throw ValidationError("a CSV carries no organisation or questionnaire: give --assessment ID (see 'ospo assessment new')")
            }
        }

        func run() async throws {
            try await runReportingFailures {
                // Read before the workspace is opened (and perhaps created), so
                // that a broken mapping writes nothing at all.
                let mapping = try wide.mappingPath.map { try ContentLoader.loadMapping(try FileAccess.readText($0), path: $0) }
                guard let assessmentId else {
                    // Only a YAML file without --assessment starts an assessment,
                    // so only then may the workspace be created. Everything is
                    // checked before it is opened; the import is one transaction.
                    let answers = try ContentLoader.loadAnswers(try FileAccess.readText(file), path: file)
                    _ = try ContentSources.resolveWithRoles(answers, libraryFolders: library.folders)
                    let files = try ContentSources.contentFiles(questionnaire: answers.questionnaire, libraryFolders: library.folders)
                    let result = try await workspace.creating {
                        try $0.importAnswers(answers, startingAssessmentOf: organisation, content: files, source: file)
                    }
                    if let added = result.addedOrganisation { Console.err("added organisation \(added.slug)") }
                    Console.err("started assessment \(result.assessment.id ?? 0)")
                    report(result.summary, into: result.assessment.id ?? 0)
                    return
                }
                let opened = try workspace.open(.write)
                let summary: ImportSummary
                if wide.wide {
                    let progress = ProgressBar(total: (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
                    summary = try opened.importWideCSV(at: file, into: assessmentId, mapping: mapping) { rows, bytes in
                        progress.update(rows: rows, bytes: bytes)
                    }
                    progress.finish()
                    Console.print(summary.warnings)
                } else if file.lowercased().hasSuffix(".csv") {
                    let progress = ProgressBar(total: (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
                    summary = try opened.importLongCSV(at: file, into: assessmentId) { rows, bytes in progress.update(rows: rows, bytes: bytes) }
                    progress.finish()
                } else {
                    let answers = try ContentLoader.loadAnswers(try FileAccess.readText(file), path: file)
                    summary = try opened.importAnswers(answers, into: assessmentId, source: file)
                }
                report(summary, into: assessmentId)
            }
        }

        private func report(_ summary: ImportSummary, into target: Int64) {
            Console.out("assessment \(target): \(summary.recorded) answer\(summary.recorded == 1 ? "" : "s") recorded, \(summary.unchanged) unchanged; \(summary.newRespondents) new and \(summary.existingRespondents) existing respondent\(summary.newRespondents + summary.existingRespondents == 1 ? "" : "s")\n")
        }
    }
}
