import Foundation
import Testing
import Yams
@testable import MaturityKit

/// The fast reader of plain block YAML must build exactly the tree Yams
/// builds (values, styles and marks, which every diagnostic points at), or
/// step aside: a file it takes reads the same as through Yams.
struct BlockYAMLComposerTests {
    /// Everything of a node a loader can see, one line per node.
    static func dump(_ node: YAMLNode, depth: Int = 0, into lines: inout [String]) {
        let pad = String(repeating: " ", count: depth)
        let mark = node.mark.map { "\($0.line):\($0.column)" } ?? "-"
        switch node {
        case .scalar(let scalar):
            lines.append("\(pad)scalar \(scalar.string.debugDescription) \(scalar.style) @\(mark)")
        case .mapping(let pairs, _):
            lines.append("\(pad)mapping @\(mark)")
            for (key, value) in pairs {
                dump(key, depth: depth + 1, into: &lines)
                dump(value, depth: depth + 2, into: &lines)
            }
        case .sequence(let items, _):
            lines.append("\(pad)sequence @\(mark)")
            for item in items { dump(item, depth: depth + 1, into: &lines) }
        case .alias:
            lines.append("\(pad)alias @\(mark)")
        }
    }

    static func dump(_ node: YAMLNode?) -> [String] {
        guard let node else { return ["nil"] }
        var lines: [String] = []
        dump(node, into: &lines)
        return lines
    }

    /// The tree Yams composes, as `YAMLReader.compose` asks for it; nil when
    /// Yams refuses the text.
    static func yams(_ text: String) -> YAMLNode? {
        (try? Yams.compose(yaml: text, .basic)).flatMap { $0.map(YAMLNode.init) }
    }

    /// Files in the subset: the fast reader takes each, and builds Yams' tree.
    @Test(arguments: [
        "format: ospo/answers@1\nquestionnaire: q\n",
        "a: 1\nb:\n  c: x y  \n  d: 'single # kept'\ne: \"double\"   # comment\n",
        // An empty value after a key, at the end of a mapping and of the file.
        "a:\nb: 2\nc:\n",
        "a:\n  b:\nc: 1",
        // A list at its key's indentation, and one further in.
        "respondents:\n- id: r1\n  role: lead\n  answers:\n    Q1: yes\n    Q2: no\n- id: r2\n  role: x\nafter: 1\n",
        "list:\n  - one\n  - two # note\n  -   three\n  -\n    nested: 1\n",
        // Comments and blank lines anywhere, keys holding '#' and ':'.
        "# head\n\na#b: c#d\n   # indented comment\nurl: http://x.org/a:b\n\n\nlast: x,y [z] {w}\n",
        // Characters past ASCII count one column each.
        "name: Zoë Müller\n日本語: no\nnested:\n  - é: x y\n    ü: z\n",
        "- a\n- b: 1\n  c: 2\n",
    ])
    func takesTheSubsetExactlyAsYams(_ text: String) throws {
        let fast = BlockYAMLComposer.compose(text)
        #expect(fast != nil, "\(text.debugDescription)")
        #expect(Self.dump(fast) == Self.dump(Self.yams(text)), "\(text.debugDescription)")
    }

    /// Files outside the subset, or wrong: left to Yams.
    @Test(arguments: [
        "", "# only a comment\n", "plain", "a: [1, 2]", "a: {b: 1}", "a: &x 1\nb: *x", "a: !tag 1",
        "---\na: 1", "a: 1\n...\n", "%YAML 1.1\n---\na: 1", "a: |\n  text\n", "a: >\n  text\n",
        "a: one\n  two\n", "a:\n  text\n", "a: 1\na: 2\n", "a :1\n", "a : 1\n", "a: b: c\n",
        "a:\tb\n", "a: 1\r\nb: 2\r\n", "a: 1\rb: 2", "\u{FEFF}a: 1", "a: x\u{2028}y\n", "a: \u{85}\n",
        "a: 'it''s'\n", "a: \"x\\ty\"\n", "a: \"open\n", "a: 'x'y\n", "a: -1\n", "? a\n: b\n",
        "  a: 1\n", "a:\n    b: 1\n  c: 2\n", "a:\n- 1\n  - 2\n", "a: 1\n- b\n", "- a\nb: 1\n",
        "a: @x\n", "top:\n  - - a\n", "a: `x`\n", "a: \u{7}\n",
    ])
    func leavesEverythingElseToYams(_ text: String) {
        #expect(BlockYAMLComposer.compose(text) == nil, "\(text.debugDescription)")
    }

    /// Deeper than the nesting limit is left to Yams, which reports it.
    @Test func leavesDeepNestingToYams() {
        let levels = InputLimits.yamlNestingDepth
        var text = ""
        for level in 0..<levels { text += String(repeating: "  ", count: level) + "k\(level):\n" }
        text += String(repeating: "  ", count: levels) + "leaf: 1\n"
        // levels + 1 mappings: one past the limit.
        #expect(BlockYAMLComposer.compose(text) == nil)
        let within = text.split(separator: "\n").dropFirst().map { String($0.dropFirst(2)) }.joined(separator: "\n")
        #expect(BlockYAMLComposer.compose(within) != nil)
    }

    /// Every YAML file of the repository (content, examples, fixtures): taken
    /// exactly as Yams takes it, or left to Yams.
    @Test func readsTheRepositoryFilesAsYams() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var taken = 0
        for folder in ["rubrics", "questionnaires", "examples", "Tests"] {
            guard let files = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path) else { continue }
            for case let relative as String in files where relative.hasSuffix(".yaml") {
                let text = try String(contentsOf: root.appendingPathComponent(folder).appendingPathComponent(relative), encoding: .utf8)
                guard let fast = BlockYAMLComposer.compose(text) else { continue }
                taken += 1
                #expect(Self.dump(fast) == Self.dump(Self.yams(text)), "\(folder)/\(relative)")
            }
        }
        #expect(taken > 0)
    }

    /// Random edits of a small answers file, with YAML's meaningful
    /// characters: whatever the fast reader takes, Yams composes alike.
    @Test func randomEditsReadAsYams() {
        let base = """
        format: ospo/answers@1
        questionnaire: q
        organisation: "Org: one"
        respondents:
          - id: r1
            role: lead # the lead
            answers:
              Q1: all
              Q2:
                answer: some
                note: 'a note'
          - id: r2
            answers:
              Q1: none

        """
        let pieces = [" ", "  ", "\n", ":", ": ", "- ", "#", " #", "'", "\"", "[", "{", "&", "*", "!", "|", "-", "?", ",", "é", "x", "k: v\n", "\n  "]
        var generator = SeededGenerator(seed: 11)
        var taken = 0
        for _ in 0..<3000 {
            var scalars = Array(base.unicodeScalars)
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let at = Int.random(in: 0...scalars.count, using: &generator)
                if Bool.random(using: &generator), at < scalars.count {
                    scalars.remove(at: at)
                } else {
                    scalars.insert(contentsOf: pieces.randomElement(using: &generator)!.unicodeScalars, at: at)
                }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            guard let fast = BlockYAMLComposer.compose(text) else { continue }
            taken += 1
            #expect(Self.dump(fast) == Self.dump(Self.yams(text)), "\(text.debugDescription)")
        }
        // Many edits stay in the subset, so the comparison is not empty.
        #expect(taken > 300)
    }
}
