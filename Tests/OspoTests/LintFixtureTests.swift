import Foundation
import Testing
@testable import MaturityKit

/// Lints every fixture under `Tests/Fixtures` in-process, the way
/// `ospo lint FILE` does (one file on its own, with the shipped rubrics and
/// questionnaires as the fallback), and compares the diagnostics with the
/// fixture's `# expect:` lines.
///
/// - `valid/*.yaml`: one minimal clean file per format; no diagnostic at all,
///   not even a warning.
/// - `broken/structural/*.yaml`: each breaks one rule that the JSON Schemas
///   check too (`scripts/validate-schemas.py --expect-invalid` must fail them).
/// - `broken/semantic/*.yaml`: each breaks one rule across references that
///   only `ospo lint` checks.
///
/// A broken fixture starts with one `# expect: LINE:COLUMN: SEVERITY: MESSAGE`
/// line per diagnostic, errors and warnings, exactly as `ospo lint` prints
/// them without the leading path; the set must match exactly. A fixture is
/// linted under its bare file name, so a message that points at another place
/// in the same file reads `(first at NAME.yaml:LINE:COLUMN)`, as
/// `ospo lint NAME.yaml` prints it when run in the fixture's folder.
struct LintFixtureTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtureRoot = root.appendingPathComponent("Tests").appendingPathComponent("Fixtures")
    static let folders = ["valid", "broken/structural", "broken/semantic"]

    /// Every fixture, as a path relative to `Tests/Fixtures`.
    static let names: [String] = folders.flatMap { folder -> [String] in
        let url = fixtureRoot.appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }

    /// The shipped rubrics, roles and questionnaires, read from the folders:
    /// what `ospo lint` falls back on for references a file does not define.
    static let fallback: ContentLibrary = {
        var documents: [ContentDocument] = []
        for folder in ["rubrics", "questionnaires"] {
            let url = root.appendingPathComponent(folder)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in files.sorted() where name.hasSuffix(".yaml") {
                guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(name).path) else { continue }
                let (document, _) = ContentLoader.load(String(decoding: data, as: UTF8.self), path: "\(folder)/\(name)")
                if let document { documents.append(document) }
            }
        }
        return ContentLibrary(documents: documents)
    }()

    /// The `# expect:` lines of a fixture, without the prefix.
    static func expectations(in text: String) -> Set<String> {
        let prefix = "# expect: "
        var result = Set<String>()
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(line)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.hasPrefix(prefix) { result.insert(String(line.dropFirst(prefix.count))) }
        }
        return result
    }

    /// What `ospo lint` reports for one file, each as `LINE:COLUMN: SEVERITY: MESSAGE`.
    static func lint(_ text: String, path: String) -> Set<String> {
        let (document, diagnostics) = ContentLoader.load(text, path: path)
        let found = Linter.lint([(path: path, document: document, diagnostics: diagnostics)], fallback: fallback)
        return Set(found.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" })
    }

    static func describe(missing: Set<String>, unexpected: Set<String>) -> String {
        var lines: [String] = []
        if !missing.isEmpty { lines.append("expected but not printed:\n  " + missing.sorted().joined(separator: "\n  ")) }
        if !unexpected.isEmpty { lines.append("printed but not expected:\n  " + unexpected.sorted().joined(separator: "\n  ")) }
        return lines.joined(separator: "\n")
    }

    @Test func everyFolderHasFixtures() {
        for folder in Self.folders {
            #expect(Self.names.contains { $0.hasPrefix(folder + "/") }, "no fixtures in Tests/Fixtures/\(folder)")
        }
        #expect(Self.fallback.rubric("assessment") != nil && Self.fallback.questionnaire("ospo-interview") != nil,
                "the shipped content was not found under \(Self.root.path)")
    }

    @Test(arguments: LintFixtureTests.names)
    func fixtureLintsAsExpected(_ name: String) throws {
        let url = Self.fixtureRoot.appendingPathComponent(name)
        let data = try #require(FileManager.default.contents(atPath: url.path), "cannot read Tests/Fixtures/\(name)")
        let text = String(decoding: data, as: UTF8.self)
        let expected = Self.expectations(in: text)
        if name.hasPrefix("valid/") {
            #expect(expected.isEmpty, "a valid fixture expects no diagnostics")
        } else {
            #expect(!expected.isEmpty, "a broken fixture needs at least one '# expect:' line")
        }
        let actual = Self.lint(text, path: url.lastPathComponent)
        let report = Self.describe(missing: expected.subtracting(actual), unexpected: actual.subtracting(expected))
        #expect(actual == expected, "\(report)")
    }
}
