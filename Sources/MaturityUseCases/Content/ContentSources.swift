import Foundation
import MaturityKit
import MaturityStore
import ShippedContent

/// Where content comes from: files named on the command line, `--library`
/// folders, and the shipped content inside the binary.
public enum ContentSources {
    /// A file read and loaded, with the path it came from.
    public struct LoadedFile: Sendable {
        public let path: String
        public let document: ContentDocument?
        public let diagnostics: [Diagnostic]
    }

    /// The shipped rubrics, roles and questionnaires, loaded once.
    public static let shipped: [LoadedFile] = ShippedContent.files.map { file in
        let path = ShippedContent.displayPath(file.path)
        let (document, diagnostics) = ContentLoader.load(file.text, path: path)
        return LoadedFile(path: path, document: document, diagnostics: diagnostics)
    }

    public static let shippedLibrary = ContentLibrary(documents: shipped.compactMap(\.document))

    /// Only the shipped files one questionnaire needs: its own file, its
    /// rubrics' files and the roles, found by the `questionnaires/<id>.yaml`
    /// and `rubrics/<id>.yaml` naming that lint enforces. Reading just these
    /// keeps `score` and `plan` fast; anything not found that way falls back
    /// to the whole shipped library.
    public static func shippedLibrary(for questionnaire: String, besides own: ContentLibrary) -> ContentLibrary {
        func document(_ path: String) -> ContentDocument? {
            guard let file = ShippedContent.files.first(where: { $0.path == path }) else { return nil }
            return ContentLoader.load(file.text, path: ShippedContent.displayPath(file.path)).0
        }
        var documents = ShippedContent.files.filter { $0.path.hasPrefix("rubrics/") && $0.path.hasSuffix("roles.yaml") }
            .compactMap { document($0.path) }
        let target: Questionnaire
        if let ownQuestionnaire = own.questionnaire(questionnaire) {
            target = ownQuestionnaire
        } else if case .questionnaire(let shippedQuestionnaire)? = document("questionnaires/\(questionnaire).yaml"),
                  shippedQuestionnaire.id == questionnaire {
            target = shippedQuestionnaire
            documents.append(.questionnaire(shippedQuestionnaire))
        } else {
            return shippedLibrary
        }
        for rubric in target.rubrics where own.rubric(rubric) == nil {
            guard case .rubric(let shippedRubric)? = document("rubrics/\(rubric).yaml"), shippedRubric.id == rubric else {
                return shippedLibrary
            }
            documents.append(.rubric(shippedRubric))
        }
        return ContentLibrary(documents: documents)
    }

    public static func load(path: String) throws -> LoadedFile {
        let text = try FileAccess.readText(path)
        let (document, diagnostics) = ContentLoader.load(text, path: path)
        return LoadedFile(path: path, document: document, diagnostics: diagnostics)
    }

    /// Every YAML file in the `--library` folders, loaded into one library;
    /// throws with every diagnostic when any of them has errors.
    public static func library(folders: [String]) throws -> ContentLibrary {
        var loaded: [LoadedFile] = []
        for folder in folders {
            for path in try FileAccess.yamlFiles(at: folder) {
                loaded.append(try load(path: path))
            }
        }
        let diagnostics = loaded.flatMap(\.diagnostics)
        if diagnostics.hasErrors { throw ContentError(diagnostics) }
        return ContentLibrary(documents: loaded.compactMap(\.document))
    }

    /// Reads an answers file: YAML (`format: ospo/answers@1`), long CSV, or
    /// with `--wide` the wide CSV of a survey tool, read against its
    /// questionnaire (from `libraryFolders` first, then the shipped content)
    /// and the `--mapping` file. Returns the answers and the warnings found
    /// while reading them.
    public static func answers(path: String, reading options: AnswerFileOptions,
                               libraryFolders: [String] = []) throws -> (AnswerSet, [Diagnostic]) {
        let text = try FileAccess.readText(path)
        if options.wide {
            let (mapping, _, questionnaire) = try wideContent(options, libraryFolders: libraryFolders)
            if let layout = options.layout {
                // A survey tool's own layout (docs/surveys.md), read whole.
                let export = try SurveyExport.read(text, path: path, layout: layout, questionnaire: questionnaire, mapping: mapping,
                                                   includeIncomplete: options.includeIncomplete)
                let role = questionnaire.roles.first?.id ?? "respondent"
                let imported = try SurveyImport.answers(export, path: path, questionnaire: questionnaire, mapping: mapping,
                                                        organisation: options.organisation ?? "Unnamed organisation",
                                                        date: options.date, defaultRole: role)
                return (imported.answers, imported.warnings)
            }
            let imported = try WideCSVLoader.load(text, path: path, questionnaire: questionnaire, mapping: mapping,
                                                  organisation: options.organisation ?? "Unnamed organisation",
                                                  date: options.date)
            return (imported.answers, imported.warnings)
        }
        if path.lowercased().hasSuffix(".csv") {
            guard let questionnaire = options.questionnaire else {
                throw UseCaseError.questionnaireNotNamed(wide: false)
            }
            let answers = try AnswersCSVLoader.load(text, path: path, questionnaire: questionnaire,
                                                    organisation: options.organisation ?? "Unnamed organisation",
                                                    date: options.date)
            return (answers, [])
        }
        return (try ContentLoader.loadAnswers(text, path: path), [])
    }

    /// The mapping, library and questionnaire a survey's wide CSV is read against.
    private static func wideContent(_ options: AnswerFileOptions,
                                    libraryFolders: [String]) throws -> (AnswerMapping?, ContentLibrary, Questionnaire) {
        let mapping = try options.mappingPath.map { try ContentLoader.loadMapping(try FileAccess.readText($0), path: $0) }
        guard let id = options.questionnaire ?? mapping?.questionnaire else {
            throw UseCaseError.questionnaireNotNamed(wide: true)
        }
        let (library, questionnaire) = try resolveQuestionnaire(id, libraryFolders: libraryFolders) { known in
            UseCaseError.unknownQuestionnaire(id, known: known)
        }
        return (mapping, library, questionnaire)
    }

    /// A survey's wide CSV (`--wide`), scored as it is read, a megabyte at a
    /// time: the file is never held whole, nor its answers, so the memory
    /// stays that of the scorecard whatever the number of respondents. The
    /// same checks, warnings and scores as `answers(path:reading:libraryFolders:)`
    /// then `resolveWithRoles` and `ScoringEngine.score`; `keepResponses`
    /// keeps the answers behind each score (for `--explain`), which then do
    /// grow with the file.
    public static func scoreWide(path: String, reading options: AnswerFileOptions, libraryFolders: [String] = [],
                                 keepResponses: Bool) throws -> (scored: WideCSVLoader.Scored, engine: ScoringEngine, roles: [Role]) {
        let file = try ChunkedFile(path: path)
        let (mapping, library, questionnaire) = try wideContent(options, libraryFolders: libraryFolders)
        let engine = ScoringEngine(questionnaire: questionnaire, rubrics: questionnaire.rubrics.compactMap { library.rubric($0) })
        let scored = try WideCSVLoader.score(path: path, engine: engine, mapping: mapping, keepResponses: keepResponses,
                                             organisation: options.organisation ?? "Unnamed organisation",
                                             date: options.date, read: file.next)
        return (scored, engine, library.roles)
    }

    /// A questionnaire with its rubrics and the roles, from `--library`
    /// folders first, then the shipped content; throws every error the
    /// library has, and `unknown(known ids)` when no questionnaire has this id.
    public static func resolveQuestionnaire(_ id: String, libraryFolders: [String],
                                     unknown: ([String]) -> Error) throws -> (ContentLibrary, Questionnaire) {
        let own = try library(folders: libraryFolders)
        let fallback = shippedLibrary(for: id, besides: own)
        guard let library = own.resolving(questionnaire: id, fallback: fallback),
              let questionnaire = library.questionnaire(id) else {
            throw unknown((own.questionnaires + shippedLibrary.questionnaires).map(\.id).sorted())
        }
        let errors = LibraryValidator.validate(library).filter { $0.severity == .error }
        if !errors.isEmpty { throw ContentError(errors) }
        return (library, questionnaire)
    }

    /// The questionnaire and rubrics the answers need, from `--library`
    /// folders first, then the shipped content; validated, with the answers.
    public static func resolve(_ answers: AnswerSet, libraryFolders: [String]) throws -> (ScoringEngine, [Diagnostic]) {
        let resolved = try resolveWithRoles(answers, libraryFolders: libraryFolders)
        return (resolved.engine, resolved.diagnostics)
    }

    /// As `resolve`, also handing back the roles of the library built.
    public static func resolveWithRoles(_ answers: AnswerSet, libraryFolders: [String]) throws -> (engine: ScoringEngine, roles: [Role], diagnostics: [Diagnostic]) {
        let (library, questionnaire) = try resolveQuestionnaire(answers.questionnaire, libraryFolders: libraryFolders) { known in
            ContentError([.error(answers.source["questionnaire"], UseCaseError.unknownQuestionnaire(answers.questionnaire, known: known).description)])
        }
        let diagnostics = LibraryValidator.validate(answers, questionnaire: questionnaire)
        if diagnostics.hasErrors { throw ContentError(diagnostics) }
        return (ScoringEngine(questionnaire: questionnaire, rubrics: questionnaire.rubrics.compactMap { library.rubric($0) }),
                library.roles, diagnostics)
    }

    /// The texts of the questionnaire, its rubrics and the roles, as a new
    /// assessment keeps them: from the `--library` folders first, then the
    /// shipped content.
    public static func contentFiles(questionnaire id: String, libraryFolders: [String]) throws -> [ContentFile] {
        var own: [(ContentFile, ContentDocument)] = []
        for folder in libraryFolders {
            for path in try FileAccess.yamlFiles(at: folder) {
                let text = try FileAccess.readText(path)
                let (document, diagnostics) = ContentLoader.load(text, path: path)
                if diagnostics.hasErrors { throw ContentError(diagnostics) }
                if let document { own.append((ContentFile(path: path, text: text), document)) }
            }
        }
        let shippedFiles = ShippedContent.files.compactMap { file -> (ContentFile, ContentDocument)? in
            guard let document = ContentLoader.load(file.text, path: file.path).0 else { return nil }
            return (ContentFile(path: file.path, text: file.text), document)
        }
        func find(_ kind: ContentDocument.Kind, _ id: String) -> (ContentFile, ContentDocument)? {
            for candidate in own + shippedFiles where candidate.1.kind == kind {
                switch candidate.1 {
                case .questionnaire(let q) where q.id == id: return candidate
                case .rubric(let r) where r.id == id: return candidate
                default: continue
                }
            }
            return nil
        }
        guard let questionnaire = find(.questionnaire, id), case .questionnaire(let q) = questionnaire.1 else {
            throw UseCaseError.unknownQuestionnaire(id, known: (own.map(\.1) + shippedFiles.map(\.1)).compactMap {
                if case .questionnaire(let q) = $0 { return q.id } else { return nil }
            }.sorted())
        }
        var files = [questionnaire.0]
        for rubric in q.rubrics {
            guard let found = find(.rubric, rubric) else { throw UseCaseError.unknownRubric(rubric, questionnaire: id) }
            files.append(found.0)
        }
        let ownRoles = own.filter { $0.1.kind == .roles }.map(\.0)
        files += ownRoles + shippedFiles.filter { $0.1.kind == .roles }.map(\.0)
        return files
    }
}
