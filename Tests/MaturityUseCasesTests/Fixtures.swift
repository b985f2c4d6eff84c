import Foundation
import MaturityKit
import MaturityStore
@testable import MaturityUseCases

/// A temporary folder for the files a use case reads, removed by `remove()`.
struct TemporaryFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("usecases-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` in the folder; returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let path = url.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

enum Samples {
    static let day = CalendarDate(year: 2026, month: 11, day: 9)

    /// Two answers of one executive of Acme Works, in our own words.
    static let acmeAnswers = """
        format: ospo/answers@1
        questionnaire: ospo-interview
        version: 1.0.0
        organisation: Acme Works
        date: 2026-11-02
        respondents:
          - id: ada
            name: Ada Stone
            role: executive
            answers:
              STR-01: "yes"
              STR-02: "no"
        """

    /// A workspace holding Acme Works with an assessment of its two answers.
    /// - Parameter clock: the workspace's clock (a fixed one gives the same
    ///   timestamps, say in two exports, however slow the machine).
    static func acmeWorkspace(clock: @escaping @Sendable () -> Date = { Date() }) throws -> Workspace {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = try Workspace.inMemory(clock: clock)
        _ = try AnswersImport.prepare(file: try folder.write("acme.yaml", Samples.acmeAnswers), assessment: nil, libraryFolders: [])
            .run(in: workspace)
        return workspace
    }

    /// A workspace holding Kestrel's assessment with its roadmap accepted.
    static func kestrelWorkspace() throws -> Workspace {
        let workspace = try Workspace.inMemory()
        let imported = try AnswersImport.prepare(file: UseCaseTests.kestrel + "/answers.yaml", assessment: nil, libraryFolders: []).run(in: workspace)
        let profile = ContentFile(path: "profile.yaml", text: try FileAccess.readText(UseCaseTests.kestrel + "/profile.yaml"))
        _ = try RoadmapAcceptance.accept(in: workspace, organisation: imported.addedOrganisation?.slug ?? "",
                                         assessment: try workspace.assessment(imported.assessment), profile: profile)
        return workspace
    }
}
