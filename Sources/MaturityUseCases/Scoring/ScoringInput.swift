import MaturityKit
import MaturityStore

/// The answers a scoring or planning use case works on, and what they are
/// scored against: an answers file with the content it names (stateless), or
/// an assessment of the workspace with the snapshot it was answered against.
public struct ScoringInput {
    /// Where the answers come from.
    public enum Source {
        /// An answers file (YAML, long CSV, or a survey's wide CSV).
        case file(String, AnswerFileOptions)
        /// An assessment of the workspace.
        case assessment(AssessmentRecord, in: Workspace)
    }

    public var answers: AnswerSet
    public var engine: ScoringEngine
    public var roles: [Role]
    /// Warnings found while reading and checking the answers.
    public var diagnostics: [Diagnostic]
    /// The workspace assessment, when the answers came from one.
    public var assessment: AssessmentRecord?
    public var workspace: Workspace?

    /// Reads the answers and resolves what they are scored against: for a
    /// file, the `libraryFolders` first, then the shipped content.
    public static func load(_ source: Source, libraryFolders: [String]) throws -> ScoringInput {
        switch source {
        case let .file(path, options):
            let (answers, readWarnings) = try ContentSources.answers(path: path, reading: options, libraryFolders: libraryFolders)
            let resolved = try ContentSources.resolveWithRoles(answers, libraryFolders: libraryFolders)
            return ScoringInput(answers: answers, engine: resolved.engine, roles: resolved.roles,
                                diagnostics: readWarnings + resolved.diagnostics)
        case let .assessment(assessment, workspace):
            let content = try workspace.content(of: assessment.id ?? 0)
            return ScoringInput(answers: try workspace.answerSet(of: assessment.id ?? 0), engine: content.engine, roles: content.roles,
                                diagnostics: [], assessment: assessment, workspace: workspace)
        }
    }
}
