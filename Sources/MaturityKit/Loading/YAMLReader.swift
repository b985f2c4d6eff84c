import Foundation
import Yams

/// Reads a composed YAML tree into domain values, collecting every
/// problem with its line and column instead of stopping at the first.
///
/// Scalars are taken as the text written in the file, so `yes`, `no`, `on`
/// and `null` stay strings unless a number or boolean is asked for.
final class YAMLReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// Editor positions for the text being read; set by `compose`.
    private var positions = EditorPositions()

    func location(of node: YAMLNode?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(file: file) }
        return positions.location(of: mark, file: file)
    }

    func error(_ node: YAMLNode?, _ message: String) {
        diagnostics.append(.error(location(of: node), message))
    }

    func error(at location: SourceLocation, _ message: String) {
        diagnostics.append(.error(location, message))
    }

    func warning(_ node: YAMLNode?, _ message: String) {
        diagnostics.append(.warning(location(of: node), message))
    }

    /// Composes YAML text into a node; a syntax error, a file past the size
    /// limit or a tree past the nesting limit becomes one located diagnostic
    /// and the result is nil.
    func compose(_ text: String) -> YAMLNode? {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let bytes = text.utf8.count
        guard bytes <= InputLimits.yamlFileBytes else {
            error(at: start, "the file is \(Self.megabytes(bytes)) MB; ospo reads YAML files of at most \(InputLimits.yamlFileBytes >> 20) MB")
            return nil
        }
        // Most files are plain block YAML, which composes without libyaml's
        // events; any other text, or any problem, is read by Yams below.
        if let node = BlockYAMLComposer.compose(text) {
            positions = EditorPositions()
            return node
        }
        positions = EditorPositions(text)
        let composed: Node
        do {
            // The basic resolver applies no tag rules: scalars are read as the
            // text written (this reader types them itself), and Yams' default
            // rules run regular expressions on every plain scalar, which is
            // most of the load time of a large answers file.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                error(at: start, "the file is empty")
                return nil
            }
            composed = node
        } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
            // Yams gives where the first duplicated key (in sorted order) is
            // first written; all the keys it names belong to that mapping.
            let first = positions.location(of: YAMLNode.Mark(context.mark), file: file)
            let lines = DuplicateKeyLocator.editorLines(text)
            for key in duplicates.sorted() {
                let at = DuplicateKeyLocator.secondOccurrence(of: key, in: lines, mappingKeyAt: first) ?? first
                error(at: at, "duplicate key '\(key)'")
            }
            return nil
        } catch let yamlError as YamlError {
            let (message, at) = describe(yamlError)
            error(at: at ?? start, message)
            return nil
        } catch {
            // Yams throws nothing else; say something useful if it ever does.
            self.error(at: start, "cannot read the YAML; check that the file is YAML text")
            return nil
        }
        if let problem = TreeLimits.firstProblem(in: composed, textBytes: bytes) {
            error(at: positions.location(of: problem.node.mark.map(YAMLNode.Mark.init) ?? YAMLNode.Mark(line: 0, column: 0), file: file),
                  problem.message)
            return nil
        }
        return YAMLNode(composed)
    }

    /// A size in megabytes with one decimal, rounded up, so a file just
    /// over the limit never reads as the limit itself.
    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 20) - 1) >> 20
        return formatNumber(Double(tenths) / 10)
    }

    /// Our own sentence, and where, for every error Yams can throw while
    /// composing: no libyaml wording reaches a user except a problem text
    /// inside "YAML syntax error: …".
    private func describe(_ error: YamlError) -> (String, SourceLocation?) {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let at = positions.location(of: YAMLNode.Mark(mark), file: file)
            if problem.hasPrefix("Maximum nesting level reached") {
                return (TreeLimits.nestingMessage, at)
            }
            if problem == "found undefined alias" {
                return ("an alias (*name) names no anchor; ospo's files need no aliases: write the value out", at)
            }
            if context?.text == "expected a single document in the stream" {
                return ("the file holds more than one YAML document; keep one (remove the second '---')", at)
            }
            let prefix = context.map { "\($0.text) " } ?? ""
            return ("YAML syntax error: \(prefix)\(problem)", at)
        case let .reader(problem, offset, value, yaml):
            let at = offset.map { Self.location(ofCharacter: $0, in: yaml, file: file) }
                ?? SourceLocation(file: file)
            if problem == "control characters are not allowed" {
                let code = String(format: "U+%04X", UInt32(bitPattern: value))
                return ("the file holds the control character \(code), which YAML does not allow; remove it", at)
            }
            return ("the file is not valid UTF-8 text (\(problem)); save it as UTF-8", at)
        case .dataCouldNotBeDecoded:
            return ("the file is not valid UTF-8 text; save it as UTF-8", SourceLocation(file: file))
        case .memory:
            return ("ran out of memory while reading the YAML; split the file", SourceLocation(file: file))
        case .no, .writer, .emitter, .representer, .duplicatedKeysInMapping:
            return ("cannot read the YAML; check that the file is YAML text", nil)
        }
    }

    /// The editor position of the character at `offset` (counted in
    /// `Character`s, as Yams gives reader errors).
    private static func location(ofCharacter offset: Int, in text: String, file: String) -> SourceLocation {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character == "\n" || character == "\r" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    // MARK: - Scalars

    func string(_ node: YAMLNode, what: String = "text") -> String? {
        switch node {
        case .scalar(let scalar):
            return scalar.string
        case .alias:
            error(node, "aliases are not supported; write the value out")
        case .mapping:
            error(node, "expected \(what), found a mapping")
        case .sequence:
            error(node, "expected \(what), found a list")
        }
        return nil
    }

    /// A non-empty text scalar; an empty or null one is an error.
    func text(_ node: YAMLNode) -> String? {
        guard let value = string(node) else { return nil }
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty || isNull(node) {
            error(node, "expected text, found nothing")
            return nil
        }
        return value
    }

    func identifier(_ node: YAMLNode, what: String = "an identifier") -> String? {
        guard let value = string(node, what: what) else { return nil }
        guard Identifier.isValid(value) else {
            error(node, "'\(value)' is not a valid identifier (letters, digits, '.', '_' and '-', starting with a letter or digit)")
            return nil
        }
        return value
    }

    func double(_ node: YAMLNode) -> Double? {
        guard let raw = string(node, what: "a number") else { return nil }
        if case .scalar(let scalar) = node, scalar.style == .plain,
           let value = Double(raw.replacingOccurrences(of: "_", with: "")), value.isFinite {
            return value
        }
        error(node, "expected a number, found '\(raw)'")
        return nil
    }

    func integer(_ node: YAMLNode) -> Int? {
        guard let raw = string(node, what: "a whole number") else { return nil }
        if case .scalar(let scalar) = node, scalar.style == .plain, let value = Int(raw) {
            return value
        }
        error(node, "expected a whole number, found '\(raw)'")
        return nil
    }

    func bool(_ node: YAMLNode) -> Bool? {
        guard let raw = string(node, what: "true or false") else { return nil }
        if case .scalar(let scalar) = node, scalar.style == .plain {
            switch raw {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        error(node, "expected true or false, found '\(raw)'")
        return nil
    }

    func date(_ node: YAMLNode) -> CalendarDate? {
        guard let raw = string(node, what: "a date") else { return nil }
        guard let value = CalendarDate(iso: raw) else {
            error(node, "expected a date as YYYY-MM-DD, found '\(raw)'")
            return nil
        }
        return value
    }

    func isNull(_ node: YAMLNode) -> Bool {
        if case .scalar(let scalar) = node, scalar.style == .plain {
            return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }
        return false
    }

    // MARK: - Collections

    func list(_ node: YAMLNode, what: String = "a list") -> [YAMLNode]? {
        switch node {
        case .sequence(let items, _):
            return items
        case .scalar where isNull(node):
            return []
        default:
            error(node, "expected \(what), found \(kind(of: node))")
            return nil
        }
    }

    func stringList(_ node: YAMLNode, identifiers: Bool = true) -> [(String, YAMLNode)]? {
        guard let items = list(node) else { return nil }
        return items.compactMap { item in
            let value = identifiers ? identifier(item) : text(item)
            return value.map { ($0, item) }
        }
    }

    func kind(of node: YAMLNode) -> String {
        switch node {
        case .scalar: return isNull(node) ? "nothing" : "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// A mapping whose keys are read through `MappingReader`; nil (with an
    /// error) when the node is not a mapping.
    func mapping(_ node: YAMLNode, what: String = "a mapping") -> MappingReader? {
        guard case .mapping(let mapping, _) = node else {
            error(node, "expected \(what), found \(kind(of: node))")
            return nil
        }
        return MappingReader(reader: self, node: node, mapping: mapping)
    }

    /// Key-value pairs of a mapping with free-form keys (such as `scales` or
    /// `targets`), in file order. Duplicate keys never get here: Yams refuses
    /// them while composing, and `compose` reports each one located.
    func entries(_ node: YAMLNode, what: String = "a mapping") -> [(key: String, keyNode: YAMLNode, value: YAMLNode)]? {
        guard case .mapping(let mapping, _) = node else {
            if isNull(node) { return [] }
            error(node, "expected \(what), found \(kind(of: node))")
            return nil
        }
        var result: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
        result.reserveCapacity(mapping.count)
        for (keyNode, value) in mapping {
            guard let key = string(keyNode, what: "a key") else { continue }
            result.append((key, keyNode, value))
        }
        return result
    }
}

/// Reads the keys of one YAML mapping: required and optional keys, and at
/// the end, an error for every key that was never asked for.
final class MappingReader {
    let reader: YAMLReader
    let node: YAMLNode
    private var values: [String: (key: YAMLNode, value: YAMLNode)] = [:]
    private var order: [String] = []
    private var used = Set<String>()

    init(reader: YAMLReader, node: YAMLNode, mapping: [(key: YAMLNode, value: YAMLNode)]) {
        self.reader = reader
        self.node = node
        for (keyNode, value) in mapping {
            guard let key = reader.string(keyNode, what: "a key") else { continue }
            if values[key] != nil {
                reader.error(keyNode, "duplicate key '\(key)'")
                continue
            }
            values[key] = (keyNode, value)
            order.append(key)
        }
    }

    var location: SourceLocation { reader.location(of: node) }

    func has(_ key: String) -> Bool { values[key] != nil }

    func keyLocation(_ key: String) -> SourceLocation {
        reader.location(of: values[key]?.key ?? node)
    }

    func valueLocation(_ key: String) -> SourceLocation {
        reader.location(of: values[key]?.value ?? node)
    }

    /// The value node of an optional key; nil when absent or null.
    func optional(_ key: String) -> YAMLNode? {
        used.insert(key)
        guard let value = values[key]?.value else { return nil }
        return reader.isNull(value) ? nil : value
    }

    /// The value node of a required key; an error at the mapping when absent.
    func required(_ key: String) -> YAMLNode? {
        used.insert(key)
        guard let value = values[key]?.value else {
            reader.error(node, "missing required key '\(key)'")
            return nil
        }
        if reader.isNull(value) {
            reader.error(value, "'\(key)' needs a value")
            return nil
        }
        return value
    }

    /// Reports every key that was present but never read, with the keys that
    /// are allowed, so a typo never passes silently.
    func finish(allowed extra: [String] = []) {
        let known = used.union(extra)
        for key in order where !known.contains(key) {
            let hint = Self.closest(to: key, in: known).map { "; did you mean '\($0)'?" } ?? ""
            reader.error(values[key]?.key, "unknown key '\(key)'\(hint)")
        }
    }

    private static func closest(to key: String, in candidates: Set<String>) -> String? {
        let scored = candidates.map { ($0, editDistance(key, $0)) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }?.0
    }
}
