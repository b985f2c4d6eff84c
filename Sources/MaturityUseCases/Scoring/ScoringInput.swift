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
        case assessment(AssessmentRecord, in: any WorkspaceStore)
    }

    /// The answers; without respondents when they were scored as they were
    /// read (see `scored`).
    public var answers: AnswerSet
    public var engine: ScoringEngine
    public var roles: [Role]
    /// Warnings found while reading and checking the answers.
    public var diagnostics: [Diagnostic]
    /// The workspace assessment, when the answers came from one.
    public var assessment: AssessmentRecord?
    public var workspace: (any WorkspaceStore)?
    /// The scorecard, when the answers were scored as they were read rather
    /// than kept (`load(_:libraryFolders:responses:)` of a survey's wide CSV).
    public var scored: Scorecard?
    /// Whether `scorecard()` keeps the response behind each answer.
    public var keepsResponses = true
    private var streamedAnswerCount = 0

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

    /// As `load(_:libraryFolders:)`, for a use case that only needs the
    /// scorecard. Without `responses` (the answers behind each score, which
    /// `--explain` shows) a survey's wide CSV is scored as it is read, so a
    /// file of any size scores in the memory of its scorecard; its answers
    /// are not kept, and `scored` holds the scorecard.
    public static func load(_ source: Source, libraryFolders: [String], responses: Bool) throws -> ScoringInput {
        guard !responses, case let .file(path, options) = source, options.wide else {
            var input = try load(source, libraryFolders: libraryFolders)
            input.keepsResponses = responses
            return input
        }
        let (scored, engine, roles) = try ContentSources.scoreWide(path: path, reading: options, libraryFolders: libraryFolders,
                                                                   keepResponses: false)
        let card = scored.scorecard
        var input = ScoringInput(answers: AnswerSet(questionnaire: card.questionnaire, organisation: card.organisation,
                                                    date: card.date, respondents: [],
                                                    source: SourceMap(SourceLocation(file: path))),
                                 engine: engine, roles: roles, diagnostics: scored.warnings)
        input.scored = card
        input.keepsResponses = false
        input.streamedAnswerCount = scored.answerCount
        return input
    }

    /// The scorecard: the one scored while reading, else the answers scored now.
    public func scorecard() -> Scorecard {
        scored ?? engine.score(answers, keepResponses: keepsResponses)
    }

    /// How many respondents and answers were read, for timings.
    public var counts: (respondents: Int, answers: Int) {
        if let scored { return (scored.respondents.count, streamedAnswerCount) }
        return (answers.respondents.count, answers.respondents.reduce(0) { $0 + $1.answers.count })
    }
}
