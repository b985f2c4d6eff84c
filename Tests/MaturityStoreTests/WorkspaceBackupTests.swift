import Foundation
import GRDB
import Testing
import MaturityKit
@testable import MaturityStore

/// `ospo backup`'s copy: consistent while another process writes, checked,
/// one self-contained file, never over an existing file unless asked, and
/// without upgrading the workspace it copies.
struct WorkspaceBackupTests {
    /// Set by the test when the writer must stop; read by the writer.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var raised = false
        private var added = 0
        var written: Int { lock.withLock { added } }
        var isRaised: Bool { lock.withLock { raised } }
        func raise() { lock.withLock { raised = true } }
        func count() { lock.withLock { added += 1 } }
    }

    @Test func copiesTakenWhileAnotherConnectionWritesAreWholeAndSound() throws {
        let folder = try WorkspaceFileTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("live.sqlite").path
        try WorkspaceFileTests.makeWorkspace(path)
        // A writer adds organisations, one transaction each, as a server
        // saves answers, until the copies are made.
        let stop = Flag()
        let done = DispatchSemaphore(value: 0)
        let failure = Flag()
        Thread.detachNewThread {
            defer { done.signal() }
            guard let writer = try? Workspace.open(at: path, create: false) else { failure.raise(); return }
            var number = 0
            while !stop.isRaised {
                do {
                    try writer.addOrganisation(name: "Org \(number)", slug: "org-\(number)")
                    number += 1
                    stop.count()
                } catch {
                    failure.raise()
                    return
                }
            }
        }
        // Wait for the writer to be under way, then copy five times while it writes.
        while stop.written < 20 && !failure.isRaised { Thread.sleep(forTimeInterval: 0.01) }
        var counts: [Int] = []
        let writtenBefore = stop.written
        for index in 0..<5 {
            let copy = folder.appendingPathComponent("copy-\(index).sqlite").path
            let backup = try Workspace.backup(from: path, to: copy)
            #expect(backup.pending.isEmpty && backup.unknown.isEmpty && backup.schemaVersion == Schema.migrator.migrations.last)
            let restored = try Workspace.open(at: copy, access: .read)
            #expect(try restored.integrityCheck() == "ok")
            let slugs = try restored.organisations().map(\.slug)
            // Whole writes only, in order: Acme, then org-0 … org-(n-1) with no gap.
            #expect(Set(slugs) == Set(["acme"] + (0..<(slugs.count - 1)).map { "org-\($0)" }))
            counts.append(slugs.count)
            // One file: no log beside it is needed to read it.
            #expect(try restored.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "delete")
        }
        let writtenDuring = stop.written - writtenBefore
        stop.raise()
        done.wait()
        #expect(!failure.isRaised, "the writer failed while the copies were made")
        // The writer was not held up by the copies, and no copy went back in time.
        #expect(writtenDuring > 0)
        #expect(counts == counts.sorted())
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("copy-0.sqlite").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func anExistingFileIsReplacedOnlyWhenAsked() throws {
        let folder = try WorkspaceFileTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ospo.sqlite").path
        try WorkspaceFileTests.makeWorkspace(path)
        let copy = folder.appendingPathComponent("copy.sqlite").path
        try "notes\n".write(toFile: copy, atomically: true, encoding: .utf8)
        #expect(throws: BackupError.destinationExists(path: copy)) { try Workspace.backup(from: path, to: copy) }
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == "notes\n")
        _ = try Workspace.backup(from: path, to: copy, replacing: true)
        #expect(try Workspace.open(at: copy, access: .read).organisations().map(\.slug) == ["acme"])
        // Nothing is left beside the copy.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".copy") }.isEmpty)
    }

    @Test func theWorkspaceItselfAFolderAndAnotherFileAreRefused() throws {
        let folder = try WorkspaceFileTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ospo.sqlite").path
        try WorkspaceFileTests.makeWorkspace(path)
        #expect(throws: BackupError.sameFile(path: path)) { try Workspace.backup(from: path, to: path, replacing: true) }
        #expect(throws: BackupError.cannotWrite(path: folder.path, reason: "it is a folder; give a file name, such as \(folder.path)/ospo-backup.sqlite")) {
            try Workspace.backup(from: path, to: folder.path)
        }
        let missing = folder.appendingPathComponent("none.sqlite").path
        #expect(throws: WorkspaceError.noWorkspace(path: missing)) { try Workspace.backup(from: missing, to: path + ".copy") }
        let other = folder.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: other).write { db in try db.execute(sql: "CREATE TABLE t(x)") }
        #expect(throws: WorkspaceError.foreignDatabase(path: other)) { try Workspace.backup(from: other, to: path + ".copy") }
        let nowhere = folder.appendingPathComponent("no/such/folder/copy.sqlite").path
        #expect(throws: BackupError.cannotWrite(path: nowhere, reason: "its folder does not exist or is not writable")) {
            try Workspace.backup(from: path, to: nowhere)
        }
        #expect(!FileManager.default.fileExists(atPath: path + ".copy"))
    }

    @Test func anOlderWorkspaceIsCopiedAsItIsAndNotUpgraded() throws {
        let folder = try WorkspaceFileTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("v1.sqlite").path
        try FileManager.default.copyItem(atPath: WorkspaceFileTests.fixtures.appendingPathComponent("workspace-v1.sqlite").path, toPath: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let backup = try Workspace.backup(from: path, to: folder.appendingPathComponent("before-upgrade.sqlite").path)
        #expect(backup.migrations == ["v1"])
        #expect(backup.pending == Array(Schema.migrator.migrations.dropFirst()))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
