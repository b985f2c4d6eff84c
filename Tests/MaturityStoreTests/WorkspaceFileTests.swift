import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// Workspaces as files: creation mode, refusing foreign, newer and damaged
/// files without touching them, and opening a workspace of the first schema.
struct WorkspaceFileTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ospo-ws-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func newWorkspaceIsCreatedWithMode0600() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ospo.sqlite").path
        let workspace = try Workspace.open(at: path, create: true)
        try workspace.addOrganisation(name: "Acme")
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try workspace.integrityCheck() == "ok")
    }

    @Test func missingWorkspaceIsNotCreatedByReaders() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("none.sqlite").path
        #expect(throws: WorkspaceError.self) { try Workspace.open(at: path, create: false) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(arguments: ["text", "foreign", "newer", "corrupt"])
    func unreadableFilesAreRefusedAndLeftUntouched(kind: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("file.sqlite").path
        switch kind {
        case "text":
            try Data("name,value\nnot,a database\n".utf8).write(to: URL(fileURLWithPath: path))
        case "foreign":
            try Self.sqlite(path, "CREATE TABLE customers(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers(name) VALUES ('x');")
        case "newer":
            try Self.makeWorkspace(path)
            try Self.sqlite(path, "PRAGMA journal_mode=DELETE; INSERT INTO grdb_migrations VALUES ('v99');")
        default:
            try Self.makeWorkspace(path)
            try Self.sqlite(path, "PRAGMA journal_mode=DELETE;")
            // Keep the file header; break the b-tree header of page 1 (the schema).
            var data = try Data(contentsOf: URL(fileURLWithPath: path))
            for index in 100..<112 { data[index] = 0xFF }
            try data.write(to: URL(fileURLWithPath: path))
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            let workspace = try Workspace.open(at: path, create: true)
            // A damaged file may open; reading it must fail cleanly.
            _ = try workspace.organisations()
            _ = try workspace.integrityCheck() == "ok" ? () : { throw WorkspaceError.damaged(path: path, detail: "integrity check failed") }()
        } throws: { error in
            guard let error = error as? WorkspaceError else { return false }
            switch (kind, error) {
            case ("text", .notSQLite), ("foreign", .foreignDatabase), ("newer", .newerVersion): return true
            case ("corrupt", _): return true
            default: return false
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the \(kind) file was changed")
    }

    /// A workspace written by the first schema (v1) opens, migrates and scores in this build.
    @Test func firstSchemaWorkspaceOpensInThisBuild() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("v1.sqlite").path
        try FileManager.default.copyItem(atPath: Self.fixtures.appendingPathComponent("workspace-v1.sqlite").path, toPath: path)
        let workspace = try Workspace.open(at: path, create: false)
        #expect(try workspace.integrityCheck() == "ok")
        let applied = try workspace.read { db in try Schema.migrator.appliedIdentifiers(db) }
        #expect(applied == Set(Schema.migrator.migrations))
        let assessment = try workspace.latestAssessment(organisation: "northwind-agency")
        #expect(assessment.status == .open)
        let card = try workspace.scorecard(of: assessment.id ?? 0)
        // Recorded when the fixture was made from samples/northwind-agency/answers-2025.yaml (318 answers).
        #expect(abs((card.overall?.score ?? 0) - 0.5065170142130927) < 1e-12)
        #expect(try workspace.answerSet(of: assessment.id ?? 0).respondents.reduce(0) { $0 + $1.answers.count } == 318)
        let summary = try workspace.objective("supply-chain.dependency-alerts", organisation: "northwind-agency")
        #expect(summary.state == .inProgress)
        #expect(summary.readings.values.flatMap { $0 }.map(\.value) == [35])
        // Accepted before the workspace kept roadmaps as values (migration v4).
        #expect(try workspace.acceptedRoadmap(of: try workspace.currentPlan(organisation: "northwind-agency")) == nil)
    }

    /// A small workspace, closed again when this returns.
    static func makeWorkspace(_ path: String) throws {
        let workspace = try Workspace.open(at: path, create: true)
        try workspace.addOrganisation(name: "Acme")
    }

    static func sqlite(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, sql]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
