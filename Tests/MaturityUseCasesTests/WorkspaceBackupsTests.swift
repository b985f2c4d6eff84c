import Foundation
import MaturityStore
import Testing
@testable import MaturityUseCases

/// `WorkspaceBackups`, as `ospo backup` calls it: the refusal it throws and
/// the lines it prints for a current, an older and a newer workspace.
struct WorkspaceBackupsTests {
    @Test func anExistingCopyIsRefusedAsAUseCaseError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("ospo.sqlite").path
        _ = try Workspace.open(at: path, create: true).addOrganisation(name: "Acme Works")
        let copy = try folder.write("copy.sqlite", "kept\n")
        #expect(throws: UseCaseError.backupRefused(.destinationExists(path: copy))) { try WorkspaceBackups.take(of: path, to: copy) }
        #expect(UseCaseError.backupRefused(.destinationExists(path: copy)).description
                == "\(copy) exists already; give a new file name, or add --force to replace it")
        #expect(try WorkspaceBackups.take(of: path, to: copy, force: true).migrations.first == "v1")
    }

    @Test func theSecondLineSaysWhatThisVersionWouldDo() {
        // 1,536,000 bytes is 1.5 MB in decimal units, as the file size style prints it.
        let older = WorkspaceBackup(path: "b.sqlite", bytes: 1_536_000, migrations: ["v1", "v2-x"], pending: ["v3-y"], unknown: [])
        #expect(WorkspaceBackups.lines(for: older, of: "w.sqlite") == [
            "backed up w.sqlite to b.sqlite (1.5 MB); integrity check ok",
            "schema v2-x (2 migrations); this version of ospo will upgrade it when it next opens it (v3-y)",
        ])
        let newer = WorkspaceBackup(path: "b.sqlite", bytes: 1_536_000, migrations: ["v1"], pending: [], unknown: ["v9-z"])
        #expect(WorkspaceBackups.lines(for: newer, of: "w.sqlite").last
                == "schema v1 (1 migration); written by a newer ospo (v9-z); this version will not open it")
    }
}
