import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// `ospo import`'s reading of a bundle: every problem located at its line
/// and column, all of them at once, and nothing written when one is found.
struct BundleCheckTests {
    /// A small valid bundle; the tests break one line of it at a time. Its
    /// line numbers are the ones the expected errors name.
    static let lines = [
        #"{"#,                                                                                                               // 1
        #"  "format": "ospo/bundle@1","#,                                                                                    // 2
        #"  "exported_at": "2026-05-01T10:00:00Z","#,                                                                        // 3
        #"  "organisations": ["#,                                                                                            // 4
        #"    { "uid": "org-1", "slug": "harbour", "name": "Harbour Lab", "created_at": "2026-05-01T09:00:00Z" }"#,           // 5
        #"  ],"#,                                                                                                            // 6
        #"  "contents": [],"#,                                                                                               // 7
        #"  "assessments": ["#,                                                                                              // 8
        #"    { "uid": "as-1", "organisation": "org-1", "questionnaire_id": "q", "questionnaire_version": "1.0.0","#,         // 9
        #"      "date": "2026-05-01", "status": "open", "created_at": "2026-05-01T09:00:00Z", "content": [],"#,               // 10
        #"      "batches": [{ "uid": "b-1", "kind": "import", "source": "a.yaml", "recorded_by": "kim", "recorded_at": "2026-05-01T09:30:00Z" }],"#, // 11
        #"      "respondents": [{ "uid": "r-1", "key": "kim", "role": "lead","#,                                              // 12
        #"      "answers": [{ "batch": "b-1", "question": "Q1", "choice": "yes" }] }] }"#,                                    // 13
        #"  ],"#,                                                                                                            // 14
        #"  "profiles": [],"#,                                                                                               // 15
        #"  "plans": []"#,                                                                                                   // 16
        #"}"#,                                                                                                               // 17
    ]

    /// The bundle with `old` replaced by `new` on line `line`.
    static func text(_ line: Int = 1, _ old: String = "", _ new: String = "") -> String {
        var lines = Self.lines
        if !old.isEmpty { lines[line - 1] = lines[line - 1].replacingOccurrences(of: old, with: new) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func read(_ text: String) throws -> WorkspaceBundle {
        try Workspace.decodeBundle(Data(text.utf8), path: "b.json")
    }

    @Test func theValidBundleReadsAndImports() throws {
        let bundle = try Self.read(Self.text())
        let workspace = try Workspace.inMemory()
        let summary = try workspace.importBundle(bundle, source: ("b.json", Data(Self.text().utf8)))
        #expect(summary.organisations == 1 && summary.assessments == 1 && summary.answers == 1)
    }

    /// Each malformed bundle and its one exact error. Columns counted by hand:
    /// line 4 `  "organisations"`: the key's quote after 2 spaces is column 3;
    /// line 2 `  "format": ` is 2 + 8 + 1 + 1 = 12 characters, the value at 13;
    /// line 5 `    {` has its brace at 5; line 3 `  "exported_at": ` is
    /// 2 + 13 + 2 = 17 characters, the value at 18; line 9 `    { "uid": "as-1", `
    /// is 21 characters, `"organisation": ` 16 more, the value at 38;
    /// line 10 `      "date": "2026-05-01", ` is 28, `"status": ` 10 more, the
    /// value at 39; line 13 `      "answers": [{ ` is 20, `"batch": "b-1", ` 16,
    /// `"question": "Q1", ` 18, `"choice": ` 10: the value at 65; line 8
    /// `  "assessments": ` is 17 characters, the '[' at 18.
    static let malformed: [(String, BundleError)] = [
        (text(3, #"Z","#, #"Z""#),
         .invalidJSON(path: "b.json", line: 4, column: 3, problem: "expected ',' or '}', found '\"'")),
        (text(2, "@1", "@9"), .wrongFormat(path: "b.json", line: 2, column: 13, found: "ospo/bundle@9")),
        (text(5, #""slug": "harbour", "#, ""),
         .missingField(path: "b.json", line: 5, column: 5, record: "the organisation", field: "slug")),
        (text(3, "2026-05-01T10:00:00Z", "yesterday"),
         .invalidValue(path: "b.json", line: 3, column: 18, field: "exported_at", value: "yesterday", expected: "a time such as 2026-11-21T20:00:00Z")),
        (text(9, #""org-1""#, #""org-9""#),
         .danglingReference(path: "b.json", line: 9, column: 38, record: "assessment", uid: "as-1", target: "organisation", reference: "org-9")),
        (text(10, #""open""#, #""half""#),
         .invalidValue(path: "b.json", line: 10, column: 39, field: "status", value: "half", expected: "one of open, closed")),
        (text(13, #""yes""#, "3"), .wrongType(path: "b.json", line: 13, column: 65, field: "choice", expected: "text in quotes")),
        (lines.prefix(8).joined(separator: "\n") + "\n",
         .invalidJSON(path: "b.json", line: 8, column: 18, problem: "this '[' is never closed")),
        ("[]", .notABundle(path: "b.json", line: 1, column: 1)),
        // Found by the fuzzer: a backslash before a line break inside text in
        // quotes was quoted raw, splitting the one-line error in two. The
        // backslash is the 2nd character of line 2.
        // Found by the fuzzer: a key the decoder matches under another
        // spelling ("Created_at") is not found as written, so its problem is
        // put at the record that holds it (its '{', column 81) rather than at
        // no place. The bad exported_at value starts at column 41.
        (#"{"format":"ospo/bundle@1","exported_at":"2026-01-01T00>00:00Z","organisations":[{"uid":"o1","slug":"acme","name":"Acme","Created_at":"2026-01-01"}],"contents":[],"assessments":[],"profiles":[],"plans":[]}"#,
         .several([.invalidValue(path: "b.json", line: 1, column: 41, field: "exported_at", value: "2026-01-01T00>00:00Z", expected: "a time such as 2026-11-21T20:00:00Z"),
                   .invalidValue(path: "b.json", line: 1, column: 81, field: "created_at", value: "2026-01-01", expected: "a time such as 2026-11-21T20:00:00Z")])),
        ("\n\"\\\nx\"", .invalidJSON(path: "b.json", line: 2, column: 2,
            problem: "a backslash before a space, a line break or a character outside ASCII, which cannot follow it in text in quotes")),
    ]

    @Test(arguments: 0..<malformed.count) func aMalformedBundleGetsItsLocatedError(_ index: Int) {
        let (text, error) = Self.malformed[index]
        #expect(throws: error) { try Self.read(text) }
    }

    /// A value quoted in a message keeps the message on one located line: the
    /// format `"ospo/bu\ndle@1"` (a JSON escape, found by FuzzBundle) was
    /// printed with a real line break, the second half unlocated.
    @Test func aLineBreakInAQuotedValueIsShownEscaped() {
        // Line 2 `  "format": ` is 12 characters: the value at 13.
        let text = Self.text(2, #""ospo/bundle@1""#, #""ospo/bu\ndle@1""#)
        #expect(throws: BundleError.wrongFormat(path: "b.json", line: 2, column: 13, found: "ospo/bu\ndle@1")) { try Self.read(text) }
        #expect(BundleError.wrongFormat(path: "b.json", line: 2, column: 13, found: "ospo/bu\ndle@1").description
            == #"b.json:2:13: error: format 'ospo/bu\ndle@1' is not one this ospo reads (ospo/bundle@1); write the bundle with 'ospo export'"#)
    }

    @Test func everyReferenceAndValueProblemIsReportedAtOnceInTextOrder() {
        var text = Self.text(10, #""open""#, #""half""#)
        text = text.replacingOccurrences(of: #""organisation": "org-1""#, with: #""organisation": "org-9""#)
        let expected = BundleError.several([
            .danglingReference(path: "b.json", line: 9, column: 38, record: "assessment", uid: "as-1", target: "organisation", reference: "org-9"),
            .invalidValue(path: "b.json", line: 10, column: 39, field: "status", value: "half", expected: "one of open, closed"),
        ])
        #expect(throws: expected) { try Self.read(text) }
        #expect(expected.description == """
            b.json:9:38: error: assessment as-1 names organisation org-9 that the bundle does not hold
            b.json:10:39: error: 'status' is 'half', which is not one of open, closed
            """)
    }

    @Test func aBundleBuiltInCodeIsCheckedToo() throws {
        var bundle = try Self.read(Self.text())
        bundle.assessments[0].respondents[0].answers[0].batch = "b-7"
        let workspace = try Workspace.inMemory()
        #expect(throws: BundleError.danglingReference(path: "bundle", line: 0, column: 0, record: "respondent", uid: "r-1",
                                                     target: "batch", reference: "b-7")) {
            try workspace.importBundle(bundle)
        }
        #expect(try workspace.organisations().isEmpty)
    }

    /// A content record whose key the workspace holds with another text is
    /// refused with a sentence and nothing is written; the same text is reused.
    @Test func contentThatClashesWithTheWorkspacesIsRefusedAndTheSameContentIsReused() throws {
        let (original, _) = try WorkspaceTests.workspace()
        let bundle = try original.export()
        let roles = try #require(bundle.contents.first { $0.kind == "roles" })

        // The same content already there (another assessment of it): reused.
        let (same, _) = try WorkspaceTests.workspace()
        let before = try same.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM content") }
        #expect(try same.importBundle(bundle).assessments == 1)
        #expect(try same.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM content") } == before)

        // Another text under the same kind, id and digest (as a digest
        // collision, or a row changed outside ospo, would leave it).
        let clashing = try Workspace.inMemory()
        try clashing.write { db in
            var record = ContentRecord(id: nil, kind: .roles, contentId: "roles", version: nil, digest: roles.digest,
                                       path: "roles.yaml", text: roles.text + "# changed\n")
            try record.insert(db)
        }
        #expect(throws: BundleError.contentClash(path: "bundle", line: 0, column: 0, content: "roles:roles:\(roles.digest)")) {
            try clashing.importBundle(bundle)
        }
        #expect(try clashing.organisations().isEmpty)
    }

    @Test func aContentTextThatIsNotWhatItSaysIsRefused() throws {
        let (original, _) = try WorkspaceTests.workspace()
        var bundle = try original.export()
        let index = try #require(bundle.contents.firstIndex { $0.kind == "roles" })
        bundle.contents[index].contentId = "people"
        bundle.assessments[0].content = bundle.assessments[0].content.map { $0.replacingOccurrences(of: "roles:roles:", with: "roles:people:") }
        #expect(throws: BundleError.unreadableContent(path: "bundle", line: 0, column: 0, content: "roles:people", problem: "it is roles 'roles'")) {
            try Workspace.inMemory().importBundle(bundle)
        }
    }
}
