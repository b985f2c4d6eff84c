import ArgumentParser
import MaturityKit
import MaturityStore

/// The answers a scoring or planning command works on, and what they are
/// scored against: an answers file with the content it names (stateless), or
/// an assessment of the workspace with the snapshot it was answered against.
struct ScoringInput {
    var answers: AnswerSet
    var engine: ScoringEngine
    var roles: [Role]
    var diagnostics: [Diagnostic]
    /// The workspace assessment, when the answers came from one.
    var assessment: AssessmentRecord?
    var workspace: Workspace?

    static func load(file: String?, selection: AssessmentSelection, workspace: WorkspaceOptions,
                     csv: CSVAnswerOptions, wide: WideCSVOptions, library: LibraryOptions) throws -> ScoringInput {
        switch (file, selection.isGiven) {
        case (let file?, false):
            let (answers, readWarnings) = try ContentSources.answers(path: file, csv: csv, wide: wide, libraryFolders: library.folders)
            let resolved = try ContentSources.resolveWithRoles(answers, libraryFolders: library.folders)
            return ScoringInput(answers: answers, engine: resolved.engine, roles: resolved.roles,
                                diagnostics: readWarnings + resolved.diagnostics)
        case (nil, true):
            let opened = try workspace.open(.read)
            let assessment = try selection.resolve(in: opened)
            let content = try opened.content(of: assessment.id ?? 0)
            return ScoringInput(answers: try opened.answerSet(of: assessment.id ?? 0), engine: content.engine, roles: content.roles,
                                diagnostics: [], assessment: assessment, workspace: opened)
        case (_?, true):
            throw ValidationError("give either an answers file or --assessment/--org, not both")
        case (nil, false):
            throw ValidationError("name the answers: a file, or --assessment ID / --org ORG for an assessment of the workspace")
        }
    }
}
