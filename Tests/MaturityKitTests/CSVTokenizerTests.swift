import CSV
import Testing
@testable import MaturityKit

struct CSVTokenizerTests {
    static func tokenize(_ text: String, separator: Unicode.Scalar = ",", chunk: Int = 7) throws -> [[String]] {
        var tokenizer = CSVTokenizer(separator: separator)
        var records: [[String]] = []
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            try bytes[start..<end].withUnsafeBufferPointer { try tokenizer.feed($0) { records.append($0.fields) } }
            start = end
        }
        try tokenizer.finish { records.append($0.fields) }
        return records
    }

    @Test func quotesNewlinesCRLFAndBOM() throws {
        let text = "\u{FEFF}a,b,c\r\n1,\"x, y\",\"line one\nline two\"\r\n2,\"say \"\"hi\"\"\",\r\n3,,last"
        #expect(try Self.tokenize(text) == [["a", "b", "c"], ["1", "x, y", "line one\nline two"], ["2", "say \"hi\"", ""], ["3", "", "last"]])
    }

    @Test func semicolonsAndChunkBoundaries() throws {
        let text = "r;q;a\nr1;Q1;\"yes;really\"\n"
        for chunk in 1...12 {
            #expect(try Self.tokenize(text, separator: ";", chunk: chunk) == [["r", "q", "a"], ["r1", "Q1", "yes;really"]])
        }
    }

    /// The tokenizer reads random CSV exactly as CSV.swift does.
    @Test(arguments: 0..<40)
    func agreesWithCSVSwift(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed) &+ 1)
        let pieces = ["a", "bc", "1.5", "x y", " ", "é", "ü", "\"", ",", "\n", "\r\n", "\"\""]
        var lines: [String] = []
        for _ in 0..<Int.random(in: 1...8, using: &generator) {
            var fields: [String] = []
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                var content = ""
                for _ in 0..<Int.random(in: 0...4, using: &generator) { content += pieces.randomElement(using: &generator) ?? "" }
                let needsQuotes = content.contains(",") || content.contains("\"") || content.contains("\n") || content.contains("\r")
                fields.append(needsQuotes ? "\"" + content.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : content)
            }
            lines.append(fields.joined(separator: ","))
        }
        let text = lines.joined(separator: "\r\n") + "\r\n"
        let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false)
        var expected: [[String]] = []
        while let row = reader.next() { expected.append(row) }
        #expect(try Self.tokenize(text, chunk: Int.random(in: 1...16, using: &generator)) == expected, "\(text.debugDescription)")
    }
}

/// SplitMix64: a small deterministic generator for repeatable random tests.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
