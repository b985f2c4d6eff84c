import Foundation
import Testing

/// Compares rendered output with a golden file under `Tests/MaturityReportsTests/Golden`.
/// Set `OSPO_RECORD_GOLDEN=1` to write the files anew; review them with `git diff`.
func assertGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    let file = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["OSPO_RECORD_GOLDEN"] != nil {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: file)
        return
    }
    guard let data = FileManager.default.contents(atPath: file.path) else {
        Issue.record("missing golden file \(name); run the tests with OSPO_RECORD_GOLDEN=1 to create it", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
        let expectedLines = expected.components(separatedBy: "\n"), actualLines = actual.components(separatedBy: "\n")
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let shown = { (lines: [String]) in first < lines.count ? lines[first] : "<end of text>" }
        Issue.record("""
            \(name) differs at line \(first + 1):
              expected: \(shown(expectedLines))
              actual:   \(shown(actualLines))
            (run with OSPO_RECORD_GOLDEN=1 to accept the new output, then review the diff)
            """, sourceLocation: sourceLocation)
    }
}
