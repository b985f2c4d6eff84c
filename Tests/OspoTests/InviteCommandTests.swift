import Foundation
import Testing

/// `ospo invite` through the binary: links printed or written for a mail
/// merge, located errors for a bad invitees file, and revocation.
struct InviteCommandTests {
    typealias CLI = CommandLineTests

    static func workspace() throws -> (folder: URL, db: String) {
        let folder = try CLI.temporaryFolder()
        let db = folder.appendingPathComponent("ws.sqlite").path
        #expect(try CLI.run(["org", "add", "Quay Labs", "--db", db]).status == 0)
        let new = try CLI.run(["assessment", "new", "quay-labs", "--questionnaire", "ospo-interview", "--date", "2026-05-01", "--db", db])
        #expect(new.status == 0, "\(new.stderr)")
        return (folder, db)
    }

    @Test func invitesOnePersonAndRevokesTheLink() throws {
        let (folder, db) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let invited = try CLI.run(["invite", "1", "--respondent", "Jane Doe", "--role", "executive",
                                   "--base-url", "https://survey.example.org/", "--db", db])
        #expect(invited.status == 0, "\(invited.stderr)")
        // One line: the invitation number, the person and a link of 43 token characters.
        let pattern = #/^invitation 1  Jane Doe \(executive\)  https://survey\.example\.org/r/[A-Za-z0-9_-]{43}\n$/#
        #expect(invited.stdout.wholeMatch(of: pattern) != nil, "\(invited.stdout)")
        let again = try CLI.run(["invite", "1", "--respondent", "Jane Doe", "--role", "executive", "--db", db])
        #expect(again.status == 1)
        #expect(again.stderr == "error: respondent 'jane-doe' already has a link to assessment 1 (invitation 1); revoke it first with 'ospo invite --revoke 1'\n")
        let revoked = try CLI.run(["invite", "--revoke", "1", "--db", db])
        #expect(revoked.stdout == "revoked invitation 1 of Jane Doe (assessment 1); its link and sessions no longer open\n")
    }

    @Test func writesAMailMergeFileOrNamesTheBadRow() throws {
        let (folder, db) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let people = folder.appendingPathComponent("people.csv")
        try "name,role,email\nAda Stone,legal,ada@example.org\nBo Lind,chief,\n".write(to: people, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["invite", "1", "--from", people.path, "--db", db])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("\(people.path):3: error: cannot invite 'Bo Lind': unknown role 'chief'"), "\(bad.stderr)")
        try "name,role,email\nAda Stone,legal,ada@example.org\nBo Lind,developer,\n".write(to: people, atomically: true, encoding: .utf8)
        let links = folder.appendingPathComponent("links.csv")
        let good = try CLI.run(["invite", "1", "--from", people.path, "--output", links.path, "--db", db])
        #expect(good.stdout == "wrote 2 links to \(links.path); send each person their own\n")
        let rows = try String(contentsOf: links, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(rows[0] == "invitation,name,role,email,link,expires")
        #expect(rows[1].hasPrefix("1,Ada Stone,legal,ada@example.org,http://127.0.0.1:8080/r/"))
        #expect(rows[2].hasPrefix("2,Bo Lind,developer,,http://127.0.0.1:8080/r/"))
    }
}
