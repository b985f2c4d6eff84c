import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// A malformed long CSV gets the same located diagnostics from
/// `ospo score FILE.csv` (AnswersCSVLoader) as from `ospo assessment import`
/// (the workspace's streaming import): both read it with `CSVTokenizer`.
struct CSVLimitsImportTests {
    typealias Fixture = WorkspaceTests

    static func file(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        return url.path
    }

    /// The diagnostics of each reader, as printed.
    static func bothWays(_ bytes: [UInt8]) throws -> (score: [String], importing: [String]) {
        let path = try file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        func messages(_ body: () throws -> Void) -> [String] {
            do {
                try body()
                return ["no error"]
            } catch let error as ContentError {
                return error.diagnostics.sortedForDisplay().map(\.description)
            } catch {
                return ["unexpected error \(error)"]
            }
        }
        let score = messages {
            _ = try AnswersCSVLoader.load(String(decoding: bytes, as: UTF8.self), path: path, questionnaire: "q",
                                          organisation: "Org", date: CalendarDate(year: 2026, month: 1, day: 1))
        }
        let (workspace, id) = try Fixture.workspace()
        let importing = messages { try workspace.importLongCSV(at: path, into: id) }
        #expect(try workspace.answerSet(of: id).respondents.isEmpty, "a refused file writes nothing")
        func named(_ lines: [String]) -> [String] { lines.map { $0.replacingOccurrences(of: path, with: "FILE") } }
        return (named(score), named(importing))
    }

    @Test func aLongHeaderCellGivesTheSameErrorBothWays() throws {
        let long = String(repeating: "h", count: InputLimits.csvHeaderCellBytes + 1)
        let (score, importing) = try Self.bothWays(Array("respondent,role,question,answer,\"\(long)\"\nr1,boss,Q1,yes,\n".utf8))
        #expect(score == ["FILE:1:5: error: this header cell is longer than 4096 bytes (is a quote left open?); a header names its column in a few words: shorten it"])
        #expect(importing == score)
    }

    @Test func aLongFieldGivesTheSameErrorBothWays() throws {
        let long = String(repeating: "n", count: InputLimits.csvFieldBytes + 1)
        let (score, importing) = try Self.bothWays(Array("respondent,role,question,answer,note\nr1,boss,Q1,yes,\(long)\n".utf8))
        #expect(score == ["FILE:2:5: error: this cell is longer than 65536 bytes; shorten it, or keep long texts outside the CSV"])
        #expect(importing == score)
    }

    @Test func tooManyColumnsGiveTheSameErrorBothWays() throws {
        let (score, importing) = try Self.bothWays(Array(("respondent,role,question,answer\nr1,boss,Q1,yes" + String(repeating: ",", count: InputLimits.csvColumns)).utf8))
        // 4 fields, then 10,000 separators: field 10,001 is one too many.
        #expect(score == ["FILE:2:10001: error: this row has more than 10000 columns; check the separator, or split the file"])
        #expect(importing == score)
    }

    @Test func invalidUTF8InAQuotedNoteIsLocatedOnImport() throws {
        // The score command reads files as UTF-8 text before the loader sees
        // them, so only the import meets the raw byte.
        let bytes = Array("respondent,role,question,answer,note\nr1,boss,Q1,yes,\"caf".utf8) + [0xE9] + Array("\"\n".utf8)
        let (_, importing) = try Self.bothWays(bytes)
        #expect(importing == ["FILE:2:5: error: this cell is not UTF-8 text (Excel's plain 'CSV' format writes another encoding); save the file as 'CSV UTF-8' and try again"])
    }

    @Test func aQuoteNeverClosedGivesTheSameErrorBothWays() throws {
        let (score, importing) = try Self.bothWays(Array("respondent,role,question,answer,note\nr1,boss,Q1,yes,\"never closed\nr2,dev,Q1,no,\n".utf8))
        #expect(score == ["FILE:2:5: error: the quote that opens this cell is never closed; close it, and write a quote inside a quoted cell as two (\"\")"])
        #expect(importing == score)
    }
}
