import MaturityKit

/// Finds places in a JSON text, which Foundation does not give: the first
/// syntax error (Foundation's JSON errors carry no position, or none at all
/// at the end of the text), and where the values at given paths start (a
/// `DecodingError`'s coding path, or a reference found wrong, mapped back to
/// the text). A recogniser only: values are decoded by `JSONDecoder`.
struct JSONLocator {
    /// One step of a path: an object's key or an array's index.
    enum Step: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    struct SyntaxError: Error, Equatable {
        var offset: Int
        var problem: String
    }

    let bytes: [UInt8]

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The 1-based line and column of a byte offset, as editors count them:
    /// `\n`, `\r\n` and `\r` end lines; a column is one Unicode scalar.
    func place(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, column = 1, index = 0
        let end = min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    /// Checks the whole text is one JSON value, nested at most `depth`
    /// levels, and returns where the values at `wanted` paths start.
    func scan(wanted: Set<[Step]> = [], depth: Int) throws(SyntaxError) -> [[Step]: Int] {
        var scanner = Scanner(bytes: bytes, wanted: wanted, depthLimit: depth)
        scanner.skipSpace()
        try scanner.value(depth: 0)
        scanner.skipSpace()
        if scanner.index < bytes.count {
            throw SyntaxError(offset: scanner.index, problem: "unexpected text after the end of the JSON value")
        }
        return scanner.found
    }

    private struct Scanner {
        let bytes: [UInt8]
        let wanted: Set<[Step]>
        let depthLimit: Int
        var index = 0
        var path: [Step] = []
        var found: [[Step]: Int] = [:]

        init(bytes: [UInt8], wanted: Set<[Step]>, depthLimit: Int) {
            self.bytes = bytes
            self.wanted = wanted
            self.depthLimit = depthLimit
        }

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
        }

        func unexpected(_ expected: String) -> SyntaxError {
            guard let byte = current else { return SyntaxError(offset: index, problem: "the text ends where \(expected) should be; is it cut short?") }
            let shown = byte >= 0x20 && byte < 0x7F ? "'\(Character(UnicodeScalar(byte)))'" : "this character"
            return SyntaxError(offset: index, problem: "expected \(expected), found \(shown)")
        }

        mutating func value(depth: Int) throws(SyntaxError) {
            if !wanted.isEmpty && wanted.contains(path) { found[path] = index }
            switch current {
            case UInt8(ascii: "{")?:
                try container(depth: depth, close: UInt8(ascii: "}"))
            case UInt8(ascii: "[")?:
                try container(depth: depth, close: UInt8(ascii: "]"))
            case UInt8(ascii: "\"")?:
                _ = try string()
            case UInt8(ascii: "t")?: try literal("true")
            case UInt8(ascii: "f")?: try literal("false")
            case UInt8(ascii: "n")?: try literal("null")
            case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
                try number()
            default:
                throw unexpected("a value (an object, a list, text in quotes, a number, true, false or null)")
            }
        }

        mutating func container(depth: Int, close: UInt8) throws(SyntaxError) {
            let open = index
            guard depth < depthLimit else {
                throw SyntaxError(offset: open, problem: "nested more than \(depthLimit) levels deep")
            }
            let isObject = close == UInt8(ascii: "}")
            index += 1
            skipSpace()
            if current == close {
                index += 1
                return
            }
            var count = 0
            while true {
                if current == nil {
                    throw SyntaxError(offset: open, problem: "this \(isObject ? "'{'" : "'['") is never closed")
                }
                if isObject {
                    guard current == UInt8(ascii: "\"") else { throw unexpected("a key in double quotes") }
                    let key = try string()
                    skipSpace()
                    guard current == UInt8(ascii: ":") else { throw unexpected("':' after the key") }
                    index += 1
                    skipSpace()
                    path.append(.key(key))
                } else {
                    path.append(.index(count))
                }
                try value(depth: depth + 1)
                path.removeLast()
                count += 1
                skipSpace()
                if current == UInt8(ascii: ",") {
                    index += 1
                    skipSpace()
                    continue
                }
                if current == close {
                    index += 1
                    return
                }
                if current == nil {
                    throw SyntaxError(offset: open, problem: "this \(isObject ? "'{'" : "'['") is never closed")
                }
                throw unexpected(isObject ? "',' or '}'" : "',' or ']'")
            }
        }

        /// Reads a string, returning its text (escapes decoded).
        mutating func string() throws(SyntaxError) -> String {
            let start = index
            index += 1
            var scalars = String.UnicodeScalarView()
            var run = index
            func flush(_ scanner: Scanner, upTo end: Int) {
                if run < end { scalars.append(contentsOf: String(decoding: scanner.bytes[run..<end], as: UTF8.self).unicodeScalars) }
            }
            while true {
                guard let byte = current else {
                    throw SyntaxError(offset: start, problem: "this text in quotes is never closed; add the closing '\"'")
                }
                if byte == UInt8(ascii: "\"") {
                    flush(self, upTo: index)
                    index += 1
                    return String(scalars)
                }
                if byte < 0x20 {
                    throw SyntaxError(offset: index, problem: "a line break or control character inside text in quotes; write it as an escape such as \\n")
                }
                if byte == UInt8(ascii: "\\") {
                    flush(self, upTo: index)
                    index += 1
                    guard let escape = current else { continue }
                    switch escape {
                    case UInt8(ascii: "\""): scalars.append("\"")
                    case UInt8(ascii: "\\"): scalars.append("\\")
                    case UInt8(ascii: "/"): scalars.append("/")
                    case UInt8(ascii: "b"): scalars.append("\u{8}")
                    case UInt8(ascii: "f"): scalars.append("\u{C}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"):
                        guard index + 4 < bytes.count, let code = UInt32(String(decoding: bytes[(index + 1)...(index + 4)], as: UTF8.self), radix: 16) else {
                            throw SyntaxError(offset: index - 1, problem: "'\\u' must be followed by four hexadecimal digits")
                        }
                        scalars.append(UnicodeScalar(code) ?? "\u{FFFD}")
                        index += 4
                    default:
                        // Only a printable character is quoted: a line break
                        // quoted raw would split the one-line diagnostic.
                        let shown = escape > 0x20 && escape < 0x7F
                            ? "unknown escape '\\\(Character(UnicodeScalar(escape)))'"
                            : "a backslash before a space, a line break or a character outside ASCII, which cannot follow it"
                        throw SyntaxError(offset: index - 1, problem: "\(shown) in text in quotes")
                    }
                    index += 1
                    run = index
                    continue
                }
                index += 1
            }
        }

        mutating func literal(_ word: String) throws(SyntaxError) {
            let utf8 = Array(word.utf8)
            guard index + utf8.count <= bytes.count, Array(bytes[index..<(index + utf8.count)]) == utf8 else {
                throw unexpected("a value (an object, a list, text in quotes, a number, true, false or null)")
            }
            index += utf8.count
        }

        mutating func number() throws(SyntaxError) {
            let start = index
            func digits(_ scanner: inout Scanner) -> Int {
                var count = 0
                while let byte = scanner.current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                    scanner.index += 1
                    count += 1
                }
                return count
            }
            let bad = SyntaxError(offset: start, problem: "this number is not written as JSON writes numbers (such as 12, -3.5 or 1e3)")
            if current == UInt8(ascii: "-") { index += 1 }
            if current == UInt8(ascii: "0") {
                index += 1
            } else if digits(&self) == 0 {
                throw bad
            }
            if current == UInt8(ascii: ".") {
                index += 1
                guard digits(&self) > 0 else { throw bad }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard digits(&self) > 0 else { throw bad }
            }
        }
    }
}
