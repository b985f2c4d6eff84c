import Foundation
import Testing
import MaturityKit
import MaturityStore
@testable import MaturityUseCases

/// Creating a workspace for a use case, and putting it back when the use case fails.
struct WorkspaceCreationTests {
    @Test func aNewWorkspaceIsKeptWhenTheWorkSucceeds() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("new.sqlite").path
        let first = try await WorkspaceCreation.run(at: path, today: Samples.day) { workspace in
            #expect(workspace.fixedToday == Samples.day)
            return try OrganisationAdding.add(name: "Acme Works", in: workspace).slug
        }
        #expect(first.value == "acme-works")
        #expect(first.created)
        // The second run finds it: nothing is created, the organisation is there.
        let second = try await WorkspaceCreation.run(at: path) { try WorkspaceCheck.line(for: $0) }
        #expect(!second.created)
        #expect(second.value == "workspace \(path): 1 organisation")
    }

    @Test func aNewWorkspaceIsRemovedWhenTheWorkFails() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("new.sqlite").path
        await #expect(throws: UseCaseError.noSubject) {
            _ = try await WorkspaceCreation.run(at: path) { _ in throw UseCaseError.noSubject }
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func anExistingWorkspaceStaysWhenTheWorkFails() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.url.appendingPathComponent("kept.sqlite").path
        _ = try await WorkspaceCreation.run(at: path) { try OrganisationAdding.add(name: "Acme Works", in: $0) }
        await #expect(throws: WorkspaceError.organisationExists(slug: "acme-works")) {
            _ = try await WorkspaceCreation.run(at: path) { try OrganisationAdding.add(name: "Acme Works", in: $0) }
        }
        let check = try await WorkspaceCreation.run(at: path) { try WorkspaceCheck.line(for: $0) }
        #expect(check.value == "workspace \(path): 1 organisation")
    }
}
