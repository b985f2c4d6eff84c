import Foundation
import Hummingbird
import HummingbirdTesting
import MaturityKit
import MaturityReports
import MaturityStore
import Testing
@testable import MaturityUseCases
@testable import MaturityWeb

@Suite struct WebAnswersEqualImportTests {
    /// Answers given through the pages score exactly as the same answers
    /// imported from an answers file: the same scorecard JSON, byte for byte.
    @Test func webAnswersScoreAsTheSameAnswersImported() async throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone")
        let given: [(String, String)] = [("STR-01", "yes"), ("STR-02", "no"), ("STR-03", "yes"), ("STR-04", "yes"), ("STR-05", "unknown")]
        try await fixture.application().test(.router) { client in
            let browser = try await Browser.open(ada.token, with: client)
            let csrf = Browser.csrf(in: try await client.execute(uri: browser.home + "/section/1", method: .get, headers: browser.headers) { $0.body.text })
            var headers = browser.formHeaders()
            headers[.csrfToken] = csrf
            for (question, choice) in given {
                try await client.execute(uri: browser.home + "/answer", method: .post, headers: headers,
                                         body: formBody([("question", question), ("choice", choice)])) { #expect($0.status == .ok) }
            }
        }
        let yaml = """
            format: ospo/answers@1
            questionnaire: ospo-interview
            version: \(try fixture.workspace.assessment(fixture.assessment).questionnaireVersion)
            organisation: Acme Works
            date: 2026-11-20
            respondents:
              - id: ada-stone
                name: Ada Stone
                role: executive
                answers:
            \(given.map { "      \($0.0): \"\($0.1)\"" }.joined(separator: "\n"))
            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("web-\(UUID().uuidString).yaml")
        try yaml.write(to: folder, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        let imported = try Workspace.inMemory()
        let result = try AnswersImport.prepare(file: folder.path, assessment: nil, libraryFolders: []).run(in: imported)
        let web = try ScorecardRenderer.render(try fixture.workspace.scorecard(of: fixture.assessment), as: .json, explain: false)
        let file = try ScorecardRenderer.render(try imported.scorecard(of: result.assessment), as: .json, explain: false)
        #expect(web == file)
        #expect(web.contains("\"STR") || web.count > 100)
    }
}
