import Foundation
import Testing
@testable import MaturityKit

/// The CSV tokenizer on pathological input: every limit and every bad byte
/// gives one error located at `path:row:column`, and the read stops there.
struct CSVLimitsTests {
    /// The located errors of tokenizing `bytes` as one chunk (or "no error").
    static func errors(_ bytes: [UInt8], separator: Unicode.Scalar = ",", fieldLimit: Int = InputLimits.csvFieldBytes,
                       headerCellLimit: Int = InputLimits.csvHeaderCellBytes) -> [String] {
        var tokenizer = CSVTokenizer(separator: separator, path: "t.csv", fieldLimit: fieldLimit, headerCellLimit: headerCellLimit)
        do {
            try bytes.withUnsafeBufferPointer { buffer in
                try tokenizer.feed(buffer) { _ in }
                try tokenizer.finish { _ in }
            }
            return ["no error"]
        } catch let error as ContentError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["unexpected error \(error)"]
        }
    }

    @Test func aHeaderCellPastItsLimitIsRefusedWhereItStands() {
        // 4,096 bytes pass; the 4,097th byte of the quoted third header cell does not.
        let long = String(repeating: "x", count: InputLimits.csvHeaderCellBytes + 1)
        #expect(Self.errors(Array("respondent,role,\"\(long)\"\nr1,dev,yes\n".utf8)) == [
            "t.csv:1:3: error: this header cell is longer than 4096 bytes (is a quote left open?); a header names its column in a few words: shorten it",
        ])
        let fits = String(repeating: "x", count: InputLimits.csvHeaderCellBytes)
        #expect(Self.errors(Array("respondent,role,\(fits)\n".utf8)) == ["no error"])
    }

    @Test func aFieldPastItsLimitIsRefusedWhereItStands() {
        let long = String(repeating: "y", count: InputLimits.csvFieldBytes + 1)
        #expect(Self.errors(Array("a,b\nr1,ok\nr2,\(long)\n".utf8)) == [
            "t.csv:3:2: error: this cell is longer than 65536 bytes; shorten it, or keep long texts outside the CSV",
        ])
    }

    @Test func aQuoteNeverClosedIsRefusedAtItsCell() {
        // Short enough to reach the end of the input; a long one meets the field limit first.
        #expect(Self.errors(Array("a,b\nr1,\"open\nr2,x\n".utf8)) == [
            "t.csv:2:2: error: the quote that opens this cell is never closed; close it, and write a quote inside a quoted cell as two (\"\")",
        ])
        #expect(Self.errors(Array(("a,b\nr1,\"open\n" + String(repeating: "r,x\n", count: 100)).utf8), fieldLimit: 64) == [
            "t.csv:2:2: error: this cell is longer than 64 bytes (is a quote left open?); shorten it, or keep long texts outside the CSV",
        ])
    }

    @Test func aRowOfTooManyColumnsIsRefusedAtTheFirstColumnPastTheLimit() {
        // 10,000 separators make 10,001 fields: the 10,001st is one too many.
        #expect(Self.errors(Array(("a\n" + String(repeating: ",", count: InputLimits.csvColumns)).utf8)) == [
            "t.csv:2:10001: error: this row has more than 10000 columns; check the separator, or split the file",
        ])
        #expect(Self.errors(Array(("a\n" + String(repeating: ",", count: InputLimits.csvColumns - 1)).utf8)) == ["no error"])
    }

    @Test func invalidUTF8InAQuotedFieldIsRefusedAtItsCell() {
        // "café" in Latin-1: 0xE9 alone is no UTF-8 sequence.
        let bytes = Array("respondent,role,note\nr1,dev,\"caf".utf8) + [0xE9] + Array("\"\n".utf8)
        #expect(Self.errors(bytes) == [
            "t.csv:2:3: error: this cell is not UTF-8 text (Excel's plain 'CSV' format writes another encoding); save the file as 'CSV UTF-8' and try again",
        ])
    }

    @Test func aNULByteIsRefusedAtItsCell() {
        // "ab" in UTF-16LE: a NUL after each letter.
        #expect(Self.errors([0x61, 0x2C, 0x62, 0x0A, 0x61, 0x00, 0x2C, 0x62, 0x00, 0x0A]) == [
            "t.csv:2:1: error: this cell holds a NUL byte, which text never has (is the file UTF-16?); save the file as 'CSV UTF-8' and try again",
        ])
    }

    @Test func onlyNewlinesOrOnlySeparatorsAreReadAsBlankRecords() throws {
        var tokenizer = CSVTokenizer(path: "t.csv")
        var records: [CSVTokenizer.Record] = []
        try Array("\n\r\n,,\n".utf8).withUnsafeBufferPointer { buffer in
            try tokenizer.feed(buffer) { records.append($0) }
            try tokenizer.finish { records.append($0) }
        }
        #expect(records == [.init(row: 1, fields: [""]), .init(row: 2, fields: [""]), .init(row: 3, fields: ["", "", ""])])
    }

    @Test func aLongHeaderCellIsRefusedBeforeItIsMatchedAgainstTheQuestions() {
        let long = String(repeating: "Is there a strategy? ", count: 100_000)  // 2.1 MB
        let messages = WideCSVLoaderTests.errors { _ = try WideCSVLoaderTests.load("respondent,role,\"\(long)\"\nr1,engineer,yes\n") }
        #expect(messages == ["w.csv:1:3: error: this header cell is longer than 4096 bytes (is a quote left open?); a header names its column in a few words: shorten it"])
    }

    @Test func aLongFieldInALongCSVIsRefused() {
        let long = String(repeating: "n", count: InputLimits.csvFieldBytes + 1)
        let messages = WideCSVLoaderTests.errors {
            _ = try AnswersCSVLoader.load("respondent,role,question,answer,note\nr1,dev,Q1,yes,\(long)\n", path: "l.csv",
                                          questionnaire: "q", organisation: "Org", date: WideCSVLoaderTests.date)
        }
        #expect(messages == ["l.csv:2:5: error: this cell is longer than 65536 bytes; shorten it, or keep long texts outside the CSV"])
    }

    @Test func aNearMissOfALongHeaderIsStillSuggestedAndAFarOneIsNot() {
        #expect(Suggestion.didYouMean("STR-1", ["STR-01", "POL-01"]) == "; did you mean 'STR-01'?")
        #expect(Suggestion.didYouMean(String(repeating: "S", count: 4_000), ["STR-01", "POL-01"]) == "")
    }
}
