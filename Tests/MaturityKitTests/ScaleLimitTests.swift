import Foundation
import Testing
@testable import MaturityKit

/// Scale levels are walked one by one by lint; an absurd level must be
/// refused where it is written, before anything counts up to it.
struct ScaleLimitTests {
    static let roles = """
    format: ospo/roles@1
    roles:
      - { id: lead, title: Lead }
    """

    /// Lints a rubric together with a roles file, as `ospo lint DIR` does.
    static func lint(_ rubric: String) -> [String] {
        let files = [(rubric, "r.yaml"), (roles, "roles.yaml")].map { text, path in
            let (document, diagnostics) = ContentLoader.load(text, path: path)
            return (path: path, document: document, diagnostics: diagnostics)
        }
        return Linter.lint(files, fallback: ContentLibrary(documents: [])).map(\.description)
    }

    static func rubric(scale: [String], levels: String = "{ 0: a, 1: b }", actionLevel: String = "1") -> String {
        """
        format: ospo/rubric@1
        id: r
        title: R
        version: 1.0.0
        scale:
        \(scale.map { "  - { level: \($0), name: N }" }.joined(separator: "\n"))
        dimensions:
          - id: d
            title: D
            levels: \(levels)
            actions:
              - { id: d.a, title: A, level: \(actionLevel), effort: 1, impact: 3, roles: [lead] }
        """
    }

    @Test func hugeAndNegativeScaleLevelsAreRefusedAtTheirEntry() {
        // Scale entries are on lines 6, 7, 8, 9; "  - { level: " puts the value at column 14.
        let started = ContinuousClock.now
        let found = Self.lint(Self.rubric(scale: ["0", "1", "2147483648", "-1"]))
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(found == [
            "r.yaml:8:14: error: scale level 2147483648 is outside 0…20; a scale counts up from 0 in steps of 1",
            "r.yaml:9:14: error: scale level -1 is outside 0…20; a scale counts up from 0 in steps of 1",
        ])
    }

    @Test func hugeLevelsElsewhereAreReportedWithoutCountingUpToThem() {
        // A descriptor and an action at level 1,000,000 on a 0…1 scale: one
        // error each, no warning per level in between.
        let started = ContinuousClock.now
        let found = Self.lint(Self.rubric(scale: ["0", "1"], levels: "{ 0: a, 1: b, 1000000: c }", actionLevel: "1000000"))
        #expect(ContinuousClock.now - started < .seconds(2))
        // The dimension's id is on line 9 ("  - id: " is 8 characters); levels
        // on line 11 ("    levels: { 0: a, 1: b, " is 26, so the key starts at
        // 27); the action on line 13 ("      - { id: d.a, title: A, level: " is 36).
        #expect(found == [
            "r.yaml:9:9: warning: dimension 'd' has no action for level 1 (N), so a roadmap cannot plan that step",
            "r.yaml:11:27: error: level 1000000 is not on the scale of rubric 'r' (0…1)",
            "r.yaml:13:37: error: action 'd.a' has level 1000000; it must be from 1 to 1",
        ])
    }

    @Test func aGapInTheScaleIsReportedAtTheEntryOutOfStep() {
        // Levels 0, 1, 3: the third entry (line 8) should be level 2.
        let found = Self.lint(Self.rubric(scale: ["0", "1", "3"], levels: "{ 0: a, 1: b, 3: c }"))
        #expect(found.first == "r.yaml:8:14: error: scale levels count up from 0 in steps of 1, lowest first: expected level 2 here, found 3")
    }
}
