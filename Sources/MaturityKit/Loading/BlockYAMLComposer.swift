/// Composes the plain block subset of YAML straight into `YAMLNode`s, the
/// same tree (values, styles, marks) `Yams.compose` gives, without
/// going through libyaml's events: a large answers file reads several times
/// faster this way.
///
/// The subset is what ospo writes and what people write by hand: block
/// mappings and lists, plain keys, plain and simply quoted one-line values,
/// comments and blank lines. Anything else (flow `[ ]` and `{ }`, multi-line
/// or escaped scalars, anchors, tags, document markers, tabs, carriage
/// returns, duplicate keys, any error) makes `compose` return nil, and the
/// caller reads the text with Yams, which gives the located diagnostics.
/// So this reader never judges a file: it only takes the easy ones.
struct BlockYAMLComposer {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Whether the text holds bytes past ASCII (columns then count scalars).
    private let ascii: Bool
    /// The current line: where it starts, its indentation, its number (from 1).
    private var lineStart = 0
    private var lineNumber = 1
    /// Where the current line's content (after the indentation) starts, and
    /// where the line ends (at its `\n` or the end of the text).
    private var contentStart = 0
    private var lineEnd = 0
    private var indent = 0
    private var atEnd = false
    private var depth = 0

    /// Thrown inside the composer when the text leaves the subset.
    private struct OutsideSubset: Error {}

    private init(bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) {
        self.bytes = bytes
        self.ascii = ascii
    }

    /// The node tree of `text`, or nil when the text is not in the subset
    /// (the caller then composes it with Yams).
    static func compose(_ text: String) -> YAMLNode? {
        var text = text
        return text.withUTF8 { buffer -> YAMLNode? in
            guard let ascii = checkCharacters(buffer) else { return nil }
            var composer = BlockYAMLComposer(bytes: buffer, ascii: ascii)
            return try? composer.document()
        }
    }

    /// Whether every character is one the subset takes: printable, no tab,
    /// no carriage return, no line break other than `\n`, no byte order mark.
    /// Nil when one is not; otherwise whether the text is all ASCII.
    private static func checkCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var ascii = true
        for byte in bytes {
            if byte >= 0x80 { ascii = false; continue }
            if byte < 0x20 && byte != 0x0A || byte == 0x7F { return nil }
        }
        if ascii { return true }
        // libyaml's printable characters, less U+0085 (a line break to
        // libyaml, not to editors) and U+2028/U+2029 (likewise).
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            switch scalar.value {
            case 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: continue
            default: return nil
            }
        }
        return false
    }

    // MARK: - Lines

    /// Moves to the next line holding content (not blank, not only a comment).
    private mutating func nextContentLine(from start: Int) {
        var start = start
        while start < bytes.count || (start == bytes.count && start == 0) {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var first = start
            while first < end && bytes[first] == 0x20 { first += 1 }
            if first < end && bytes[first] != UInt8(ascii: "#") {
                lineStart = start
                contentStart = first
                lineEnd = end
                indent = first - start
                return
            }
            if end >= bytes.count { break }
            start = end + 1
            lineNumber += 1
        }
        atEnd = true
    }

    private mutating func advanceLine() throws {
        guard lineEnd < bytes.count else { atEnd = true; return }
        lineNumber += 1
        nextContentLine(from: lineEnd + 1)
    }

    /// The mark (line and column from 1, columns in Unicode scalars) of a byte
    /// of the current line.
    private func mark(at index: Int) -> YAMLNode.Mark {
        if ascii { return YAMLNode.Mark(line: lineNumber, column: index - lineStart + 1) }
        var column = 1
        for position in lineStart..<index where bytes[position] & 0xC0 != 0x80 { column += 1 }
        return YAMLNode.Mark(line: lineNumber, column: column)
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    // MARK: - Structure

    private mutating func document() throws -> YAMLNode {
        nextContentLine(from: 0)
        guard !atEnd, indent == 0, !startsWithMarker() else { throw OutsideSubset() }
        let node = try block(indent: 0)
        guard atEnd else { throw OutsideSubset() }
        return node
    }

    /// `---`, `...` or a `%` directive at the start of a line.
    private func startsWithMarker() -> Bool {
        let count = lineEnd - contentStart
        if count >= 1 && bytes[contentStart] == UInt8(ascii: "%") { return true }
        guard count >= 3 else { return false }
        let first = bytes[contentStart]
        return (first == UInt8(ascii: "-") || first == UInt8(ascii: ".")) &&
            bytes[contentStart + 1] == first && bytes[contentStart + 2] == first
    }

    /// The collection starting on the current line, at its indentation.
    private mutating func block(indent: Int) throws -> YAMLNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= InputLimits.yamlNestingDepth else { throw OutsideSubset() }
        if isListItem(contentStart) {
            return try list(indent: indent, indentless: false)
        }
        return try mapping(indent: indent, firstKey: contentStart)
    }

    /// Whether a `-` list indicator (followed by a space or the line's end) is at `index`.
    private func isListItem(_ index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "-") && (index + 1 == lineEnd || bytes[index + 1] == 0x20)
    }

    private mutating func list(indent: Int, indentless: Bool) throws -> YAMLNode {
        let start = mark(at: contentStart)
        var items: [YAMLNode] = []
        while !atEnd && self.indent == indent {
            guard isListItem(contentStart) else {
                // A key after a list written at its key's indentation ends the list.
                if indentless { break }
                throw OutsideSubset()
            }
            var index = contentStart + 1
            while index < lineEnd && bytes[index] == 0x20 { index += 1 }
            if index == lineEnd || bytes[index] == UInt8(ascii: "#") {
                // The item is on the lines below, further in.
                try advanceLine()
                guard !atEnd, self.indent > indent else { throw OutsideSubset() }
                items.append(try block(indent: self.indent))
            } else if isListItem(index) {
                throw OutsideSubset()
            } else if let colon = keyEnd(from: index) {
                // `- key: value`: a mapping whose keys line up with this one.
                depth += 1
                defer { depth -= 1 }
                guard depth <= InputLimits.yamlNestingDepth else { throw OutsideSubset() }
                items.append(try mapping(indent: index - lineStart, firstKey: index, firstColon: colon))
            } else {
                items.append(try inlineScalar(from: index))
                try advanceLine()
                guard atEnd || self.indent <= indent else { throw OutsideSubset() }
            }
        }
        guard atEnd || self.indent <= indent else { throw OutsideSubset() }
        return .sequence(items, start)
    }

    /// A block mapping whose keys start at `indent`; its first key is on the
    /// current line at `firstKey` (after `- ` for a mapping in a list item).
    private mutating func mapping(indent: Int, firstKey: Int, firstColon: Int? = nil) throws -> YAMLNode {
        let start = mark(at: firstKey)
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var keys = Set<String>()
        var keyStart = firstKey
        var colon = firstColon
        while true {
            // libyaml takes plain keys of under 1,024 characters; longer ones are left to it.
            guard let keyEnd = colon ?? keyEnd(from: keyStart), keyEnd - keyStart < 1000 else { throw OutsideSubset() }
            let key = string(keyStart..<keyEnd)
            guard keys.insert(key).inserted else { throw OutsideSubset() }
            let keyNode = YAMLNode.scalar(.init(string: key, style: .plain, mark: mark(at: keyStart)))
            var index = keyEnd + 1
            while index < lineEnd && bytes[index] == 0x20 { index += 1 }
            let value: YAMLNode
            if index == lineEnd || bytes[index] == UInt8(ascii: "#") {
                // Nothing after the colon: the value is on the lines below, or empty.
                let empty = mark(at: keyEnd + 1)
                try advanceLine()
                if !atEnd && self.indent > indent {
                    value = try block(indent: self.indent)
                } else if !atEnd && self.indent == indent && isListItem(contentStart) {
                    depth += 1
                    defer { depth -= 1 }
                    guard depth <= InputLimits.yamlNestingDepth else { throw OutsideSubset() }
                    value = try list(indent: indent, indentless: true)
                } else {
                    value = .scalar(.init(string: "", style: .plain, mark: empty))
                }
            } else {
                value = try inlineScalar(from: index)
                try advanceLine()
                // A line further in would continue a multi-line scalar.
                guard atEnd || self.indent <= indent else { throw OutsideSubset() }
            }
            pairs.append((keyNode, value))
            guard !atEnd, self.indent == indent else { break }
            guard !isListItem(contentStart) else { throw OutsideSubset() }
            keyStart = contentStart
            colon = nil
        }
        guard atEnd || self.indent < indent else { throw OutsideSubset() }
        return .mapping(pairs, start)
    }

    // MARK: - Scalars

    /// Whether a plain scalar may start with this byte: not an indicator, not
    /// a space (and, to stay simple, not `-`, `?` or `:` either).
    private static func canStartPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
             UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), 0x20:
            return false
        default:
            return true
        }
    }

    /// The index of the `:` ending a plain key that starts at `start` (a
    /// colon followed by a space or the line's end); nil when the line holds
    /// no such key before its end or a comment.
    private func keyEnd(from start: Int) -> Int? {
        guard Self.canStartPlain(bytes[start]) else { return nil }
        var index = start + 1
        while index < lineEnd {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") {
                guard index + 1 == lineEnd || bytes[index + 1] == 0x20 else { index += 1; continue }
                // `key :` and the like are left to Yams.
                return bytes[index - 1] == 0x20 ? nil : index
            }
            if byte == UInt8(ascii: "#") && bytes[index - 1] == 0x20 { return nil }
            index += 1
        }
        return nil
    }

    /// A one-line plain or simply quoted scalar starting at `start` and
    /// running to the line's end or its comment.
    private func inlineScalar(from start: Int) throws -> YAMLNode {
        let first = bytes[start]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            var close = start + 1
            while close < lineEnd && bytes[close] != first {
                // Escapes (`\` in double quotes) are left to Yams.
                if first == UInt8(ascii: "\"") && bytes[close] == UInt8(ascii: "\\") { throw OutsideSubset() }
                close += 1
            }
            guard close < lineEnd else { throw OutsideSubset() }
            // `''` inside single quotes is an escaped quote: left to Yams.
            guard close + 1 == lineEnd || bytes[close + 1] == 0x20 else { throw OutsideSubset() }
            try expectCommentOrEnd(from: close + 1)
            let style: YAMLNode.Style = first == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted
            return .scalar(.init(string: string(start + 1..<close), style: style, mark: mark(at: start)))
        }
        guard Self.canStartPlain(first) else { throw OutsideSubset() }
        var end = start + 1
        while end < lineEnd {
            let byte = bytes[end]
            if byte == UInt8(ascii: "#") && bytes[end - 1] == 0x20 { break }
            // `a: b: c` is an error and `a: b:` a key; both left to Yams.
            if byte == UInt8(ascii: ":") && (end + 1 == lineEnd || bytes[end + 1] == 0x20) { throw OutsideSubset() }
            end += 1
        }
        while bytes[end - 1] == 0x20 { end -= 1 }
        return .scalar(.init(string: string(start..<end), style: .plain, mark: mark(at: start)))
    }

    /// Only spaces, then the line's end or a comment, from `index`.
    private func expectCommentOrEnd(from index: Int) throws {
        var index = index
        while index < lineEnd && bytes[index] == 0x20 { index += 1 }
        guard index == lineEnd || bytes[index] == UInt8(ascii: "#") else { throw OutsideSubset() }
    }
}
