// Replays FuzzTesting/FailCases/<target>/ and the seed files of scripts/fuzz.sh
// through FuzzCheck, the check the fuzz targets make (FuzzCheck.swift and
// FuzzReader.swift here are links to FuzzTesting/Sources/FuzzCommon/).

import Foundation
import MaturityKit
import Testing

struct FuzzFailCaseTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The files below `folder` of the package, recursively, sorted; none when it does not exist.
    static func files(under folder: String, extensions: Set<String>? = nil) -> [URL] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .filter { extensions == nil || extensions?.contains($0.pathExtension) == true }
            .sorted { $0.path < $1.path }
    }

    /// Every saved fail case of every target still meets the promise (a fail
    /// case that still crashes crashes this run).
    @Test(arguments: FuzzReader.allCases)
    func failCasesAreHandled(_ reader: FuzzReader) throws {
        for file in Self.files(under: "FuzzTesting/FailCases/\(reader.rawValue)") {
            let problems = FuzzCheck.violations(reader, try Data(contentsOf: file))
            #expect(problems == [], "\(file.lastPathComponent)")
        }
    }

    /// The seed files scripts/fuzz.sh starts each target from meet the promise too.
    @Test(arguments: FuzzReader.allCases)
    func seedsAreHandled(_ reader: FuzzReader) throws {
        let seeds: [URL]
        switch reader {
        case .contentYAML, .answersYAML, .mapping:
            seeds = ["rubrics", "questionnaires", "samples", "Tests/Fixtures"].flatMap { Self.files(under: $0, extensions: ["yaml"]) }
            // 4 rubric files + 2 questionnaires, before any sample or fixture.
            #expect(seeds.count > 6)
        case .longCSV, .wideCSV, .surveyCSV:
            seeds = Self.files(under: "Tests/Fixtures", extensions: ["csv"])
            // The 4 survey exports of Tests/Fixtures/wide.
            #expect(seeds.count >= 4)
        }
        for file in seeds {
            let problems = FuzzCheck.violations(reader, try Data(contentsOf: file))
            #expect(problems == [], "\(file.path)")
        }
    }

    @Test func theFixturesOfTheWideTargetLoad() {
        #expect(FuzzCheck.questionnaire?.sections.first?.questions.count == 3)
        #expect(FuzzCheck.mapping?.roles.count == 1)
    }

    @Test func linesAreCountedAsEditorsCountThem() {
        #expect(FuzzCheck.lineCount("") == 1)
        // "a\r\nb\rc\nd": CRLF, lone CR, LF: 3 breaks → 4 lines.
        #expect(FuzzCheck.lineCount("a\r\nb\rc\nd") == 4)
        // "\r\r": two lone CRs → 3 lines; U+2028 is no break in an editor.
        #expect(FuzzCheck.lineCount("\r\r") == 3)
        #expect(FuzzCheck.lineCount("a\u{2028}b\u{2028}c") == 1)
    }

    @Test func diagnosticsOutsideTheInputAreCaught() {
        // "a\nb": 2 lines, so line 3 (a location just past the last line) is
        // allowed and line 4 is not.
        let text = "a\nb"
        let diagnostics: [Diagnostic] = [
            .error(SourceLocation(file: "f.yaml", line: 3, column: 1), "fine"),
            .error(SourceLocation(file: "f.yaml"), "whole file"),
            .error(SourceLocation(file: "f.yaml", line: 4, column: 1), "past the end"),
            .error(SourceLocation(file: "f.yaml", line: 2, column: 0), "no column"),
            .error(SourceLocation(file: "g.yaml", line: 1, column: 1), "other file"),
        ]
        #expect(FuzzCheck.misplaced(diagnostics, path: "f.yaml", text: text) == [
            "'f.yaml:4:1: error: past the end' is at line 4, past the end of 2 lines",
            "'f.yaml:2:0: error: no column' is at column 0; columns count from 1",
            "'g.yaml:1:1: error: other file' names the file 'g.yaml', not 'f.yaml'",
        ])
    }

    @Test func aLoaderErrorIsLocatedInTheInput() {
        // A syntax error on line 2 of a 2-line file: located, so no violation;
        // the same loader on a file with a good format but no keys still
        // returns errors, not a bare nil.
        #expect(FuzzCheck.violations(.contentYAML, Array("format: ospo/rubric@1\n  - [".utf8)) == [])
        #expect(FuzzCheck.violations(.mapping, Array("format: ospo/mapping@1\n".utf8)) == [])
    }
}
