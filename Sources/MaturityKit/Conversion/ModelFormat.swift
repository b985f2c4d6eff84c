/// The public models `ospo convert` reads, each in its publisher's own layout.
public enum ModelFormat: String, Sendable, Hashable, CaseIterable {
    /// OpenChain ISO/IEC 5230 conformance questionnaire JSON
    /// (OpenChain-Project/conformance-questionnaire).
    case openchain
    /// OWASP SAMM core model YAML files (owaspsamm/core, `model/`).
    case samm
    /// DevSecOps Maturity Model activity YAML
    /// (devsecopsmaturitymodel/DevSecOps-MaturityModel-data).
    case dsomm
    /// OW2 Good Governance Initiative activities JSON (my-ggi-board).
    case ggi

    /// How a user names the layout expected, for error messages.
    public var layout: String {
        switch self {
        case .openchain: return "an OpenChain conformance questionnaire (JSON with 'sections' of 'questions')"
        case .samm: return "OWASP SAMM model files (YAML with a 'type' such as Practice, Stream, Activity or Question)"
        case .dsomm: return "a DSOMM activity file (YAML: dimension → sub-dimension → activity with a 'level')"
        case .ggi: return "a GGI activities file (JSON with 'goals' and 'activities')"
        }
    }
}

/// One file of a model, as read from disk: its display path and its text.
public struct ModelFile: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// A model converted to `ospo` content: the values, the files to write and
/// every diagnostic about what could not be carried over.
public struct ConvertedModel: Sendable {
    public var rubric: Rubric
    public var questionnaire: Questionnaire
    /// The model's own roles, when it has them.
    public var roles: RoleCatalog?
    /// Warnings about what the model holds that `ospo` content cannot.
    public var diagnostics: [Diagnostic]

    public init(rubric: Rubric, questionnaire: Questionnaire, roles: RoleCatalog? = nil, diagnostics: [Diagnostic] = []) {
        self.rubric = rubric
        self.questionnaire = questionnaire
        self.roles = roles
        self.diagnostics = diagnostics
    }

    /// The files to write, by name: the rubric, the questionnaire and the roles.
    public var files: [(name: String, text: String)] {
        var out = [(name: "\(rubric.id).rubric.yaml", text: ContentYAMLWriter.rubric(rubric)),
                   (name: "\(questionnaire.id).questionnaire.yaml", text: ContentYAMLWriter.questionnaire(questionnaire))]
        if let roles { out.append((name: "\(rubric.id).roles.yaml", text: ContentYAMLWriter.roles(roles))) }
        return out
    }
}

/// Converts a public model's own files into `ospo` content. Pure: text in,
/// values out; a file of another shape is one located error and no result.
public enum ModelConverter {
    public static func convert(_ format: ModelFormat, files: [ModelFile],
                               version: String? = nil) -> (ConvertedModel?, [Diagnostic]) {
        guard !files.isEmpty else {
            return (nil, [.error(SourceLocation(file: "<input>"), "no model files given; expected \(format.layout)")])
        }
        switch format {
        case .openchain: return OpenChainConverter.convert(files, version: version)
        case .samm: return SAMMConverter.convert(files, version: version)
        case .dsomm: return DSOMMConverter.convert(files, version: version)
        case .ggi: return GGIConverter.convert(files, version: version)
        }
    }
}

/// Helpers the converters share.
enum ConversionSupport {
    /// An identifier from free text: lower case, runs of other characters as
    /// one '-', cut at a word boundary to at most `maxLength` characters;
    /// "x" when nothing is left.
    static func slug(_ text: String, maxLength: Int = 48) -> String {
        var out = ""
        var pendingDash = false
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(character)
            } else {
                pendingDash = true
            }
        }
        if out.count > maxLength {
            let head = out.prefix(maxLength)
            out = String(head.lastIndex(of: "-").map { head[..<$0] } ?? head)
        }
        return out.isEmpty ? "x" : out
    }

    /// The content version for a model version: its numbers as a semantic
    /// version (`v1.2` → `1.2.0`, `2.1.1` stays), `1.0.0` when it has none.
    /// The model's own spelling is kept in `source.version`.
    static func contentVersion(_ model: String?) -> String {
        guard let model else { return "1.0.0" }
        let digits = model.drop { !$0.isNumber }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false).prefix(3)
            .map { String($0.prefix { $0.isNumber }) }
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty }) else { return "1.0.0" }
        let numbers = parts.map { String(Int($0) ?? 0) } + Array(repeating: "0", count: 3 - parts.count)
        return numbers.joined(separator: ".")
    }

    /// `base`, or `base-2`, `base-3`, … when it is already taken.
    static func unique(_ base: String, in taken: inout Set<String>) -> String {
        var candidate = base
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }

    /// Composes one file, checking that it is a mapping at the top.
    static func root(_ file: ModelFile, reader: YAMLReader, format: ModelFormat) -> MappingReader? {
        guard let node = reader.compose(file.text) else { return nil }
        guard case .mapping = node else {
            reader.error(node, "expected \(format.layout), found \(reader.kind(of: node))")
            return nil
        }
        return reader.mapping(node)
    }
}
