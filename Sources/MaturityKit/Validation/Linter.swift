/// Checks a set of loaded files as one library: each file's own diagnostics,
/// then the rules across files, answers and mappings against their
/// questionnaire, and profiles against the rubrics. Only problems in the given files are returned.
public enum Linter {
    public static func lint(_ files: [(path: String, document: ContentDocument?, diagnostics: [Diagnostic])],
                            fallback: ContentLibrary) -> [Diagnostic] {
        var out = files.flatMap(\.diagnostics)
        let documents = files.compactMap(\.document)
        let library = ContentLibrary(documents: documents).completed(with: fallback)
        out += LibraryValidator.validate(library)
        for document in documents {
            switch document {
            case .answers(let answers):
                out += LibraryValidator.validate(answers, questionnaire: library.questionnaire(answers.questionnaire))
            case .profile(let profile):
                out += LibraryValidator.validate(profile, rubrics: library.rubrics)
            case .mapping(let mapping):
                // A mapping that names no questionnaire is checked when it is used.
                guard let id = mapping.questionnaire else { break }
                if let questionnaire = library.questionnaire(id) {
                    out += MappingValidator.validate(mapping, questionnaire: questionnaire)
                } else {
                    out.append(.error(mapping.source["questionnaire"], "unknown questionnaire '\(id)'; lint its file together with the mapping, or use a shipped one"))
                }
            case .rubric, .roles, .questionnaire:
                break
            }
        }
        let paths = Set(files.map(\.path))
        return out.filter { paths.contains($0.location.file) }.sortedForDisplay()
    }
}
