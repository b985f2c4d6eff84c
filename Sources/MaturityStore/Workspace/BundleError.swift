/// A problem with a bundle given to `ospo import`, located in the bundle's
/// text. `line` 0 means no place applies (a bundle built in code); the
/// description is then `path: error: message`.
public enum BundleError: Error, Equatable, CustomStringConvertible {
    /// The text is not JSON; `problem` says what was found.
    case invalidJSON(path: String, line: Int, column: Int, problem: String)
    /// The JSON is not an object with a `format`.
    case notABundle(path: String, line: Int, column: Int)
    /// `format` names another format or version.
    case wrongFormat(path: String, line: Int, column: Int, found: String)
    /// A record (`record`: "organisation", "the bundle", ...) lacks a field.
    case missingField(path: String, line: Int, column: Int, record: String, field: String)
    /// A field holds the wrong kind of value (`expected`: "text", "a number", ...).
    case wrongType(path: String, line: Int, column: Int, field: String, expected: String)
    /// A field's value is not one it may take (`expected` says which may).
    case invalidValue(path: String, line: Int, column: Int, field: String, value: String, expected: String)
    /// A record names another (`target`) by a uid the bundle does not hold.
    case danglingReference(path: String, line: Int, column: Int, record: String, uid: String, target: String, reference: String)
    /// Two records of one kind share a uid (or another key that must be unique).
    case duplicate(path: String, line: Int, column: Int, record: String, key: String)
    /// A content record's digest is not the digest of its text.
    case digestMismatch(path: String, line: Int, column: Int, content: String)
    /// A content record's text is not the rubric, roles or questionnaire it says.
    case unreadableContent(path: String, line: Int, column: Int, content: String, problem: String)
    /// The workspace holds a different text under a content record's key.
    case contentClash(path: String, line: Int, column: Int, content: String)
    /// Several problems, in the order of the text.
    case several([BundleError])

    /// The single problems, in order.
    public var problems: [BundleError] {
        if case .several(let all) = self { return all.flatMap(\.problems) }
        return [self]
    }

    public var description: String {
        problems.map { problem in
            let (path, line, column) = problem.place
            return (line > 0 ? "\(path):\(line):\(column)" : path) + ": error: " + Self.oneLine(problem.message)
        }.joined(separator: "\n")
    }

    /// A message as one line: a value quoted from the bundle may hold a line
    /// break or another control character (`"format": "a\nb"`), which would
    /// otherwise start an unlocated line of its own; each is shown escaped.
    static func oneLine(_ message: String) -> String {
        guard message.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return message }
        var result = ""
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.properties.generalCategory == .control {
                    result += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private var place: (String, Int, Int) {
        switch self {
        case .invalidJSON(let path, let line, let column, _), .notABundle(let path, let line, let column),
             .wrongFormat(let path, let line, let column, _), .missingField(let path, let line, let column, _, _),
             .wrongType(let path, let line, let column, _, _), .invalidValue(let path, let line, let column, _, _, _),
             .danglingReference(let path, let line, let column, _, _, _, _), .duplicate(let path, let line, let column, _, _),
             .digestMismatch(let path, let line, let column, _), .unreadableContent(let path, let line, let column, _, _),
             .contentClash(let path, let line, let column, _):
            return (path, line, column)
        case .several(let all):
            return all.first?.place ?? ("", 0, 0)
        }
    }

    private var message: String {
        switch self {
        case .invalidJSON(_, _, _, let problem):
            return "this is not valid JSON: \(problem)"
        case .notABundle:
            return "this is not an ospo bundle (a JSON object with \"format\": \"\(WorkspaceBundle.format)\"); write one with 'ospo export'"
        case .wrongFormat(_, _, _, let found):
            return "format '\(found)' is not one this ospo reads (\(WorkspaceBundle.format)); write the bundle with 'ospo export'"
        case .missingField(_, _, _, let record, let field):
            return "\(record) has no '\(field)'; add it, or write the bundle again with 'ospo export'"
        case .wrongType(_, _, _, let field, let expected):
            return "'\(field)' must be \(expected)"
        case .invalidValue(_, _, _, let field, let value, let expected):
            return "'\(field)' is '\(value)', which is not \(expected)"
        case .danglingReference(_, _, _, let record, let uid, let target, let reference):
            return "\(record) \(uid) names \(target) \(reference) that the bundle does not hold"
        case .duplicate(_, _, _, let record, let key):
            return "\(record) \(key) appears more than once in the bundle; keep one"
        case .digestMismatch(_, _, _, let content):
            return "the digest of content \(content) does not match its text (was the text edited?); export the bundle again"
        case .unreadableContent(_, _, _, let content, let problem):
            return "the text of content \(content) cannot be read: \(problem)"
        case .contentClash(_, _, _, let content):
            return "the workspace holds a different text as content \(content); nothing was imported. Import into another workspace (--db)"
        case .several:
            return ""
        }
    }
}
