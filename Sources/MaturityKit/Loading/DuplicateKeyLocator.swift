/// Finds where a duplicated key is written the second time. Yams refuses a
/// mapping with a repeated key while composing and says which keys repeat
/// and where the first of them is written, but not where the repetition is,
/// which is the place a user has to edit.
enum DuplicateKeyLocator {
    /// One line of the text as an editor shows it, without its line break.
    typealias Line = Substring.UnicodeScalarView

    /// The lines of `text`, each ended by `\n`, `\r\n` or a lone `\r`, the
    /// way editors count them (U+0085, U+2028 and U+2029 stay inside a line).
    static func editorLines(_ text: String) -> [Line] {
        let scalars = text.unicodeScalars
        var lines: [Line] = []
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(Substring(text)[start..<index].unicodeScalars)
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        lines.append(Substring(text)[start..<scalars.endIndex].unicodeScalars)
        return lines
    }

    /// Where `key` is written the second time in the block mapping that has
    /// a key at `first` (editor line and column, from 1): the mapping's keys
    /// all start at that column. Nil when the text does not show it plainly
    /// (flow mappings, quoted or complex keys), or when `first` is not a
    /// place in the text; the caller then points at `first`.
    static func secondOccurrence(of key: String, in lines: [Line], mappingKeyAt first: SourceLocation) -> SourceLocation? {
        let column = first.column
        guard first.line >= 1, first.line <= lines.count, column >= 1 else { return nil }
        // The anchor line must show a plain key at `column`, after spaces or
        // the `- ` of a list item; anything else is not a block mapping.
        guard let anchorPrefix = prefix(of: lines[first.line - 1], before: column),
              startsWithKey(lines[first.line - 1], at: column) != nil else { return nil }
        // Walk up to the mapping's first line: it ends above at a line that
        // starts left of the keys, and a key after `- ` starts it.
        var startLine = first.line
        if anchorPrefix.allSatisfy({ $0 == " " }) {
            var index = first.line - 1
            while index >= 1 {
                let line = lines[index - 1]
                guard let indent = indentation(of: line) else { index -= 1; continue }
                if indent + 1 >= column { startLine = index; index -= 1; continue }
                if let before = prefix(of: line, before: column), before.contains("-"),
                   before.allSatisfy({ $0 == " " || $0 == "-" }), startsWithKey(line, at: column) != nil {
                    startLine = index
                }
                break
            }
        }
        var seen = 0
        for index in startLine...lines.count {
            let line = lines[index - 1]
            guard let indent = indentation(of: line) else { continue }
            if index != startLine && indent + 1 < column { break }
            if index != startLine && indent + 1 != column { continue }
            if let written = startsWithKey(line, at: column), written == key {
                seen += 1
                if seen == 2 { return SourceLocation(file: first.file, line: index, column: column) }
            }
        }
        return nil
    }

    /// The characters of a line before a column, when it has that many, and
    /// they are only spaces and list dashes.
    private static func prefix(of line: Line, before column: Int) -> [Unicode.Scalar]? {
        var result: [Unicode.Scalar] = []
        for scalar in line {
            if result.count == column - 1 { return result }
            guard scalar == " " || scalar == "-" else { return nil }
            result.append(scalar)
        }
        return result.count == column - 1 ? result : nil
    }

    /// The number of spaces a line starts with; nil for a blank line or a comment.
    private static func indentation(of line: Line) -> Int? {
        var count = 0
        for scalar in line {
            if scalar == " " { count += 1; continue }
            return scalar == "#" ? nil : count
        }
        return nil
    }

    /// The plain key written at `column` (`key:` or `key :`, then a space or
    /// the end of the line); nil when none is.
    private static func startsWithKey(_ line: Line, at column: Int) -> String? {
        var index = line.startIndex
        for _ in 1..<column {
            guard index < line.endIndex else { return nil }
            index = line.index(after: index)
        }
        var key = String.UnicodeScalarView()
        while index < line.endIndex, line[index] != ":" {
            key.append(line[index])
            index = line.index(after: index)
        }
        guard index < line.endIndex else { return nil }
        let after = line.index(after: index)
        guard after == line.endIndex || line[after] == " " || line[after] == "\t" else { return nil }
        var text = String(key)
        while text.last == " " { text.removeLast() }
        return text.isEmpty ? nil : text
    }
}
