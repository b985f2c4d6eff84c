import Foundation
import Testing
@testable import MaturityKit

/// Input that used to crash, hang or report places past the end of the
/// file: every YAML reader goes through `YAMLReader.compose`, so each case
/// is checked through the loaders a user reaches it by.
struct YAMLRobustnessTests {
    /// The diagnostics of one file as `ospo lint` prints them.
    static func printed(_ text: String, path: String = "x.yaml") -> [String] {
        ContentLoader.load(text, path: path).1.map(\.description)
    }

    /// The diagnostics a throwing loader refuses the text with.
    static func refused(_ load: () throws -> Void) -> [String] {
        do {
            try load()
            return []
        } catch let error as ContentError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    // MARK: - Duplicate keys and line endings

    /// The fuzzer's input: lines ended by a lone \r. Editor lines: "", "",
    /// "a:", "a:", so the second 'a' is at 4:1.
    @Test func duplicateKeyAfterCarriageReturnsIsLocatedInEveryLoader() {
        let text = "\r\ra:\ra:"
        let expected = ["x.yaml:4:1: error: duplicate key 'a'"]
        #expect(Self.printed(text) == expected)
        #expect(Self.refused { _ = try ContentLoader.loadAnswers(text, path: "x.yaml") } == expected)
        #expect(Self.refused { _ = try ContentLoader.loadMapping(text, path: "x.yaml") } == expected)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func duplicateKeyIsFoundWhateverEndsTheLines(_ newline: String) {
        // Line 3 repeats 'id' of the top-level mapping.
        let text = ["format: ospo/rubric@1", "id: a", "id: b", ""].joined(separator: newline)
        #expect(Self.printed(text) == ["x.yaml:3:1: error: duplicate key 'id'"])
    }

    @Test func duplicateKeyInAListItemIsFoundAtItsColumn() {
        // The item's keys start at column 5 ("  - " before them); the
        // second 'title' is on line 4.
        let text = "format: ospo/rubric@1\nlist:\n  - title: a\n    title: b\n"
        #expect(Self.printed(text) == ["x.yaml:4:5: error: duplicate key 'title'"])
    }

    @Test func duplicateKeysAfterExtraLibyamlBreaksAreOnEditorLines() {
        // U+2028 inside the value on line 1 is a line break to libyaml only;
        // the editor's third line holds the second 'id'.
        let text = "note: \"x\u{2028}y\"\nid: a\nid: b\n"
        #expect(Self.printed(text) == ["x.yaml:3:1: error: duplicate key 'id'"])
    }

    @Test func duplicateKeyInAFlowMappingPointsAtTheFirst() {
        // The text does not show a block mapping: the first 'a' (1:5) stands in.
        #expect(Self.printed("x: {a: 1, a: 2}\n") == ["x.yaml:1:5: error: duplicate key 'a'"])
    }

    // MARK: - Editor lines and columns

    @Test func lineSeparatorInAValueDoesNotPushTheNextLineDown() {
        // Editor line 2 is "b: c: d"; its second ':' is the error, column 5.
        #expect(Self.printed("a: \"x\u{2028}y\"\nb: c: d\n")
                == ["x.yaml:2:5: error: YAML syntax error: mapping values are not allowed in this context"])
    }

    @Test func columnsAfterAnExtraBreakCountFromTheStartOfTheEditorLine() {
        // a : sp " x U+2028 y " sp ] : the ']' is character 10 of line 1.
        #expect(Self.printed("a: \"x\u{2028}y\" ]\n")
                == ["x.yaml:1:10: error: YAML syntax error: while parsing a block mapping did not find expected key"])
    }

    @Test func everyLineEndingMixedIsCountedOnce() {
        // Lines: `a: "x<NEL>y"` (\r\n), `b: "<PS>"` (\r), `c: d: e`: line 3, column 5.
        #expect(Self.printed("a: \"x\u{85}y\"\r\nb: \"\u{2029}\"\rc: d: e\n")
                == ["x.yaml:3:5: error: YAML syntax error: mapping values are not allowed in this context"])
    }

    @Test func anErrorAtTheEndOfTheStreamStaysInsideTheFile() {
        // Found by the fuzzer: libyaml marks the end one line past its last,
        // line 3 of a one-line file. "p:<LS>m" is 4 characters: just past
        // them is line 1, column 5.
        #expect(Self.printed("p:\u{2028}m")
                == ["x.yaml:1:5: error: YAML syntax error: while scanning a simple key could not find expected ':'"])
        // "a: '<NEL><NEL>" leaves a quote open: 6 characters, column 7.
        #expect(Self.printed("a: '\u{85}\u{85}")
                == ["x.yaml:1:7: error: YAML syntax error: while scanning a quoted scalar found unexpected end of stream"])
    }

    @Test func editorPositionsLeaveOrdinaryTextAlone() {
        #expect(!EditorPositions.hasExtraBreaks("a: é, 漢字, \r\n\u{84}\u{86}\u{2027}\u{202A}"))
        #expect(EditorPositions.hasExtraBreaks("a\u{85}"))
        #expect(EditorPositions.hasExtraBreaks("\u{2028}"))
        #expect(EditorPositions.hasExtraBreaks("é\u{2029}"))
    }

    // MARK: - Nesting

    @Test func nestingPastTheLimitIsRefusedAtTheFirstCollectionPastIt() {
        // The top-level mapping is level 1 and the first '[' (column 4) level 2,
        // so level 33 is the 32nd '[', at column 4 + 31 = 35.
        let text = "a: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n"
        #expect(Self.printed(text) == ["x.yaml:1:35: error: \(TreeLimits.nestingMessage)"])
        #expect(TreeLimits.nestingMessage == "the YAML nests deeper than 32 levels; ospo's files need about 10 at most, so check the brackets and indentation")
    }

    @Test func nestingAtTheLimitIsRead() {
        // 31 '[' under the top-level mapping: 32 levels, allowed; the loader
        // then asks for 'format', which is a reader's error, not a limit's.
        let text = "a: " + String(repeating: "[", count: 31) + String(repeating: "]", count: 31) + "\n"
        #expect(Self.printed(text) == ["x.yaml:1:1: error: missing required key 'format'"])
    }

    @Test func libyamlsOwnNestingLimitGetsOurSentence() {
        // 2,000 '[' pass libyaml's limit of 1,000 before any node is built;
        // libyaml stops at its first token.
        let text = String(repeating: "[", count: 2000) + "\n"
        #expect(Self.printed(text) == ["x.yaml:1:1: error: \(TreeLimits.nestingMessage)"])
        #expect(Self.refused { _ = try ContentLoader.loadAnswers(text, path: "x.yaml") }
                == ["x.yaml:1:1: error: \(TreeLimits.nestingMessage)"])
    }

    @Test func aliasesThatMultiplyValuesAreRefused() {
        // 9^4 = 6,561 values from 4 lines of about 40 bytes: far more than
        // two values per byte. The walk stops at the first anchored list (1:4).
        let text = """
        a: &a [x, x, x, x, x, x, x, x, x]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        """
        #expect(Self.printed(text) == ["x.yaml:1:4: error: \(TreeLimits.aliasMessage)"])
    }

    // MARK: - Other libyaml errors

    @Test func controlCharacterIsNamedAndLocated() {
        // "a: 1" then U+0001: the fifth character of line 2.
        #expect(Self.printed("format: x\na: 1\u{1}\n")
                == ["x.yaml:2:5: error: the file holds the control character U+0001, which YAML does not allow; remove it"])
    }

    @Test func secondDocumentAndUndefinedAliasGetOurSentences() {
        #expect(Self.printed("a: 1\n---\nb: 2\n")
                == ["x.yaml:2:1: error: the file holds more than one YAML document; keep one (remove the second '---')"])
        #expect(Self.printed("a: *nowhere\n")
                == ["x.yaml:1:4: error: an alias (*name) names no anchor; ospo's files need no aliases: write the value out"])
    }

    // MARK: - File size

    @Test func fileOverTheSizeLimitIsRefusedWithoutComposing() {
        // 16 MiB + 1 byte: 161 tenths of a MiB rounded up, so 16.1 MB.
        let text = String(repeating: "a", count: InputLimits.yamlFileBytes + 1)
        let expected = ["x.yaml:1:1: error: the file is 16.1 MB; ospo reads YAML files of at most 16 MB"]
        #expect(Self.printed(text) == expected)
        #expect(Self.refused { _ = try ContentLoader.loadAnswers(text, path: "x.yaml") } == expected)
    }
}
