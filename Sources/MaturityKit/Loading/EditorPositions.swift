/// Turns libyaml's positions into the lines and columns an editor shows.
///
/// An editor ends a line at `\n`, `\r\n` or a lone `\r`; libyaml also ends
/// one at U+0085 (next line), U+2028 (line separator) and U+2029 (paragraph
/// separator), so after one of those its line numbers run ahead of the
/// editor's and its columns restart. Columns count Unicode scalars from 1,
/// as libyaml does: a character such as é written as e + a combining accent
/// counts two. Most files hold none of the three extra breaks; for them a
/// mark already is an editor position and no table is built, so large
/// answers files pay one scan of their bytes and nothing more.
struct EditorPositions {
    /// Where each libyaml line starts (index 0 is libyaml's line 1): the
    /// editor line, and how many characters of that editor line come before
    /// it. Nil when libyaml and editors count lines alike.
    private let starts: [(line: Int, offset: Int)]?
    /// The editor position just past the last character, where a mark past
    /// libyaml's last line (an error at the end of the stream) is put.
    private let end: (line: Int, column: Int)

    init(_ text: String) {
        if Self.hasExtraBreaks(text) {
            (starts, end) = Self.lineStarts(text)
        } else {
            (starts, end) = (nil, (0, 0))
        }
    }

    /// Positions taken as libyaml gives them, before any text is read.
    init() {
        starts = nil
        end = (0, 0)
    }

    /// The editor position of a libyaml mark (1-based line and column, as
    /// Yams reports them). An error at the end of the stream can be marked
    /// one line past libyaml's last: it is put just past the last character.
    func location(of mark: YAMLNode.Mark, file: String) -> SourceLocation {
        guard let starts, mark.line >= 1 else {
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        }
        guard mark.line <= starts.count else {
            return SourceLocation(file: file, line: end.line, column: end.column)
        }
        let start = starts[mark.line - 1]
        return SourceLocation(file: file, line: start.line, column: start.offset + mark.column)
    }

    /// Whether the text holds U+0085, U+2028 or U+2029: in UTF-8, C2 85,
    /// E2 80 A8 and E2 80 A9.
    static func hasExtraBreaks(_ text: String) -> Bool {
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            var index = 0
            let count = bytes.count
            while index + 1 < count {
                let byte = bytes[index]
                if byte == 0xC2, bytes[index + 1] == 0x85 { return true }
                if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                   bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    return true
                }
                index += 1
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        return Array(text.utf8).withUnsafeBufferPointer(scan)
    }

    /// The start of every libyaml line, walking the text once.
    private static func lineStarts(_ text: String) -> ([(line: Int, offset: Int)], end: (line: Int, column: Int)) {
        var starts: [(line: Int, offset: Int)] = [(1, 0)]
        var line = 1, column = 0
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A where afterCarriageReturn:
                // The \n of \r\n: one break for both libyaml and editors.
                afterCarriageReturn = false
                continue
            case 0x0A, 0x0D:
                line += 1
                column = 0
                starts.append((line, 0))
            case 0x85, 0x2028, 0x2029:
                // A break for libyaml only: an editor shows one more character.
                column += 1
                starts.append((line, column))
            default:
                column += 1
            }
            afterCarriageReturn = scalar.value == 0x0D
        }
        return (starts, (line, column + 1))
    }
}
