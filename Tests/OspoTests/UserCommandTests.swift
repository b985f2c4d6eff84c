import Foundation
import Testing

/// `ospo user add|list|disable` through the built binary: output, exit
/// codes and whole error messages.
struct UserCommandTests {
    /// A folder with a workspace holding Acme Works.
    static func workspace() throws -> (folder: URL, db: String) {
        let folder = try CommandLineTests.temporaryFolder()
        let db = folder.appendingPathComponent("team.sqlite").path
        #expect(try CommandLineTests.run(["init", "--db", db]).status == 0)
        #expect(try CommandLineTests.run(["org", "add", "Acme Works", "--db", db]).status == 0)
        return (folder, db)
    }

    @Test func addPrintsAOneTimeLinkAndListShowsTheAccount() throws {
        let (folder, db) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let added = try CommandLineTests.run(["user", "add", "ben", "--role", "lead", "--org", "acme-works",
                                              "--base-url", "https://ospo.example.org", "--db", db])
        #expect(added.status == 0, "\(added.stderr)")
        let lines = added.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "added lead ben (acme-works)")
        let link = try #require(lines.last)
        // The base address, /setup/, and 43 characters of token (256 bits).
        #expect(link.hasPrefix("https://ospo.example.org/setup/"))
        #expect(link.dropFirst("https://ospo.example.org/setup/".count).count == 43)
        let listed = try CommandLineTests.run(["user", "list", "--db", db])
        #expect(listed.stdout == "ben  lead  setup link not used yet  acme-works\n")
        let disabled = try CommandLineTests.run(["user", "disable", "ben", "--db", db])
        #expect(disabled.stdout == "disabled ben; its sessions and setup link have ended\n")
        #expect(try CommandLineTests.run(["user", "list", "--db", db]).stdout == "ben  lead  disabled  acme-works\n")
        // Both changes are in the history under the operating-system user;
        // each line starts with a 20-character time stamp and 2 spaces.
        let user = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName()
        let history = try CommandLineTests.run(["history", "--db", db])
        #expect(history.stdout.split(separator: "\n").map { String($0.dropFirst(22)) } == [
            "cli:\(user)  addOrganisation  acme-works  organisation acme-works added (Acme Works)",
            "cli:\(user)  manageUsers  -  account ben added as lead",
            "cli:\(user)  manageUsers  -  account ben disabled",
        ])
    }

    @Test func refusalsSayWhatToDoAndWriteNothing() throws {
        let (folder, db) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CommandLineTests.run(["user", "add", "ana", "--role", "admin", "--db", db]).status == 0)
        let cases: [([String], Int32, String)] = [
            (["user", "add", "Ana", "--role", "viewer"], 1, "error: account 'Ana' already exists; see 'ospo user list'\n"),
            (["user", "add", "cy", "--role", "viewer", "--org", "initech"], 1,
             "error: unknown organisation 'initech'; known: acme-works\n"),
            (["user", "add", "cy", "--role", "admin", "--org", "acme-works"], 1,
             "error: an admin acts on every organisation; leave out --org, or give another role\n"),
            (["user", "add", "c y", "--role", "viewer"], 1,
             "error: 'c y' cannot be an account name: use 1 to 64 letters, digits, '.', '_', '-' and '@'\n"),
            (["user", "disable", "zed"], 1, "error: unknown account 'zed'; see 'ospo user list'\n"),
        ]
        for (arguments, status, message) in cases {
            let result = try CommandLineTests.run(arguments + ["--db", db])
            #expect(result.status == status)
            #expect(result.stderr == message)
            #expect(result.stdout == "")
        }
        let badRole = try CommandLineTests.run(["user", "add", "cy", "--role", "owner", "--db", db])
        #expect(badRole.status == 64)
        #expect(badRole.stderr.hasPrefix("Error: The value 'owner' is invalid for '--role <role>'. Please provide one of 'admin', 'consultant', 'lead' or 'viewer'.\n"))
        #expect(try CommandLineTests.run(["user", "list", "--db", db]).stdout == "ana  admin  setup link not used yet  every organisation\n")
    }

    @Test func anEmptyListSaysHowToAddOne() throws {
        let (folder, db) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let listed = try CommandLineTests.run(["user", "list", "--db", db])
        #expect(listed.status == 0)
        #expect(listed.stdout == "")
        #expect(listed.stderr == "no accounts yet; add one with 'ospo user add NAME --role admin'\n")
    }
}
