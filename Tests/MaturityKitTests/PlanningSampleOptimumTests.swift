import Foundation
import MaturityKit
import Testing

/// The shipped sample clients planned and compared with `ExhaustiveOptimum`:
/// each plan delivers the optimum value, and no importance-5 target is left
/// short while some plan within the same capacity and pins reaches it.
@Suite struct PlanningSampleOptimumTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func document(_ path: String) throws -> ContentDocument {
        let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        let (document, diagnostics) = ContentLoader.load(text, path: path)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        return try #require(document)
    }

    /// The rubrics of the shipped questionnaire, the sample's assessed levels and its profile.
    static func client(_ name: String) throws -> (rubrics: [Rubric], levels: [String: Int], profile: Profile) {
        var documents: [ContentDocument] = []
        for folder in ["rubrics", "questionnaires"] {
            for file in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path).sorted()
            where file.hasSuffix(".yaml") {
                documents.append(try document("\(folder)/\(file)"))
            }
        }
        let library = ContentLibrary(documents: documents)
        guard case .answers(let answers) = try document("samples/\(name)/answers.yaml"),
              case .profile(let profile) = try document("samples/\(name)/profile.yaml") else {
            throw CancellationError()
        }
        let engine = try #require(ScoringEngine(library: library, questionnaire: answers.questionnaire))
        let scorecard = engine.score(answers)
        return (engine.rubrics, GapAnalysis.levels(of: scorecard), profile)
    }

    @Test(arguments: ["northwind-agency", "kestrel-logistics", "quillfeather-software"])
    func theSamplePlanDeliversTheOptimum(name: String) throws {
        let c = try Self.client(name)
        let roadmap = try Planner(rubrics: c.rubrics).plan(levels: c.levels, profile: c.profile)
        let clock = ContinuousClock(), began = clock.now
        let optimum = try #require(ExhaustiveOptimum.solve(rubrics: c.rubrics, levels: c.levels, profile: c.profile))
        print("\(name): plan \(roadmap.value.delivered), optimum \(optimum.value), possible \(roadmap.value.possible) (\(optimum.setsChecked) needed sets, \(clock.now - began))")
        #expect(roadmap.value.delivered == optimum.value)
        for target in roadmap.targets where target.importance == 5 && target.reachedInPhase == nil {
            let reaching = ExhaustiveOptimum.solve(rubrics: c.rubrics, levels: c.levels, profile: c.profile, reaching: target.id)
            #expect(reaching == nil, "\(name): '\(target.id)' is left short, but a plan reaching it delivers \(reaching?.value ?? 0)")
            print("\(name): importance-5 '\(target.id)' short; reachable within capacity: \(reaching != nil)")
        }
    }
}
