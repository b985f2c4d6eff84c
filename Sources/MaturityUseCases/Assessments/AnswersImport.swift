import Foundation
import MaturityKit
import MaturityStore

/// Imports an answers file (YAML, long CSV or wide CSV) into the workspace,
/// as `ospo assessment import` does.
///
/// Two steps, so that a front end checks everything before it opens (and
/// perhaps creates) a workspace: `prepare` reads and checks what can be
/// checked without one, `run` writes in one transaction.
public struct AnswersImport: Sendable {
    /// Which reader a file goes to.
    public enum Kind: Sendable, Equatable {
        case yaml, longCSV, wideCSV
    }

    /// What the import writes into.
    enum Target: Sendable {
        /// A YAML file without an assessment: starts one, checked already.
        case newAssessment(AnswerSet, content: [ContentFile], organisation: String?)
        /// An assessment of the workspace.
        case assessment(Int64, mapping: AnswerMapping?)
    }

    public let file: String
    public let kind: Kind
    let target: Target
    /// A wide CSV in a survey tool's own layout (docs/surveys.md), read whole
    /// with the reader `ospo score --wide --layout` uses; nil reads one header row.
    let layout: SurveyLayout?
    /// With a layout: import the responses the tool marks unfinished.
    let includeIncomplete: Bool

    /// Only a YAML file without an assessment starts one, so only such an
    /// import may create the workspace.
    public var startsAssessment: Bool {
        if case .newAssessment = target { return true }
        return false
    }

    /// The file's size in bytes, for a progress display (0 when unknown).
    public var fileSize: Int {
        (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
    }

    /// The reader for `file`: `--wide` makes a wide CSV, a `.csv` name a long
    /// CSV, anything else YAML.
    public static func kind(of file: String, wide: Bool) -> Kind {
        if wide { return .wideCSV }
        return file.lowercased().hasSuffix(".csv") ? .longCSV : .yaml
    }

    /// Refuses what needs no file read: a CSV carries no organisation or
    /// questionnaire, so it goes into an assessment named by id.
    public static func check(file: String, wide: Bool, assessment: Int64?) throws {
        if kind(of: file, wide: wide) != .yaml && assessment == nil { throw UseCaseError.csvNeedsAssessment }
    }

    /// Reads and checks everything that needs no workspace: the mapping,
    /// and for a YAML file that starts an assessment, its answers against
    /// the content (`libraryFolders`, then the shipped content).
    /// - Parameters:
    ///   - assessment: the assessment to import into; nil starts one (YAML only).
    ///   - organisation: with a YAML file that starts an assessment, the
    ///     organisation (default: the file's).
    ///   - layout: with `wide`, the survey tool's export layout (read only with `wide`).
    public static func prepare(file: String, assessment: Int64?, organisation: String? = nil, wide: Bool = false,
                               mappingPath: String? = nil, layout: SurveyLayout? = nil, includeIncomplete: Bool = false,
                               libraryFolders: [String]) throws -> AnswersImport {
        try check(file: file, wide: wide, assessment: assessment)
        let mapping = try mappingPath.map { try ContentLoader.loadMapping(try FileAccess.readText($0), path: $0) }
        let kind = kind(of: file, wide: wide)
        guard let assessment else {
            let answers = try ContentLoader.loadAnswers(try FileAccess.readText(file), path: file)
            _ = try ContentSources.resolveWithRoles(answers, libraryFolders: libraryFolders)
            let files = try ContentSources.contentFiles(questionnaire: answers.questionnaire, libraryFolders: libraryFolders)
            return AnswersImport(file: file, kind: kind, target: .newAssessment(answers, content: files, organisation: organisation),
                                 layout: nil, includeIncomplete: false)
        }
        return AnswersImport(file: file, kind: kind, target: .assessment(assessment, mapping: mapping),
                             layout: layout, includeIncomplete: includeIncomplete)
    }

    /// Writes the answers in one transaction (a file with any bad answer
    /// writes nothing), then records who imported them in the audit trail.
    /// - Parameter progress: rows and bytes read so far, for the CSV readers.
    public func run(by actor: ChangeActor = .currentUser(), in workspace: any WorkspaceStore,
                    progress: ((_ rows: Int, _ bytes: Int) -> Void)? = nil) throws -> AnswersImportResult {
        let result = try importAnswers(in: workspace, progress: progress)
        if result.started {
            try AuditTrail.record(.startAssessment, by: actor, about: .assessment(result.assessment),
                                  subject: "assessment \(result.assessment) started from \(file)", in: workspace)
        }
        try AuditTrail.record(.importAnswers, by: actor, about: .assessment(result.assessment),
                              subject: "\(result.summary.recorded) answers imported into assessment \(result.assessment) from \(file)",
                              in: workspace)
        return result
    }

    private func importAnswers(in workspace: any WorkspaceStore, progress: ((_ rows: Int, _ bytes: Int) -> Void)?) throws -> AnswersImportResult {
        switch target {
        case let .newAssessment(answers, content, organisation):
            let result = try workspace.importAnswers(answers, startingAssessmentOf: organisation, content: content, source: file)
            return AnswersImportResult(assessment: result.assessment.id ?? 0, started: true,
                                       addedOrganisation: result.addedOrganisation, summary: result.summary)
        case let .assessment(id, mapping):
            let summary: ImportSummary
            switch kind {
            case .wideCSV:
                if let layout {
                    summary = try importSurvey(layout, into: id, mapping: mapping, in: workspace)
                } else {
                    summary = try workspace.importWideCSV(at: file, into: id, mapping: mapping, progress: progress)
                }
            case .longCSV:
                summary = try workspace.importLongCSV(at: file, into: id, progress: progress)
            case .yaml:
                // Read after the workspace is open, as before: an import into
                // an assessment writes nothing until its transaction anyway.
                let answers = try ContentLoader.loadAnswers(try FileAccess.readText(file), path: file)
                summary = try workspace.importAnswers(answers, into: id, source: file)
            }
            return AnswersImportResult(assessment: id, started: false, addedOrganisation: nil, summary: summary)
        }
    }

    /// A survey tool's export, read whole against the assessment's own
    /// questionnaire by `SurveyExport` and `SurveyImport` (the readers of
    /// `ospo score --wide --layout`), then written in one transaction: any
    /// unreadable cell throws before anything is written.
    private func importSurvey(_ layout: SurveyLayout, into id: Int64, mapping: AnswerMapping?,
                              in workspace: any WorkspaceStore) throws -> ImportSummary {
        let assessment = try workspace.assessment(id)
        let questionnaire = try workspace.content(of: id).questionnaire
        let organisation = try workspace.organisations().first { $0.id == assessment.organisationId }
        let text = try FileAccess.readText(file)
        let export = try SurveyExport.read(text, path: file, layout: layout, questionnaire: questionnaire, mapping: mapping,
                                           includeIncomplete: includeIncomplete)
        let date = CalendarDate(iso: assessment.date) ?? CalendarDate(year: 1970, month: 1, day: 1)
        let imported = try SurveyImport.answers(export, path: file, questionnaire: questionnaire, mapping: mapping,
                                                organisation: organisation?.name ?? "", date: date,
                                                defaultRole: questionnaire.roles.first?.id ?? "respondent")
        var summary = try workspace.importAnswers(imported.answers, into: id, source: file, kind: .import)
        summary.warnings = imported.warnings + summary.warnings
        return summary
    }
}
