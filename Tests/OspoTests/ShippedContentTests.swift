import Foundation
import Testing
@testable import MaturityKit
import ShippedContent

/// The shipped rubrics and questionnaires: embedded byte for byte, lint-clean,
/// and covering what the content rules of the project promise.
struct ShippedContentTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func folderFiles() throws -> [ShippedContent.File] {
        var files: [ShippedContent.File] = []
        for folder in ["rubrics", "questionnaires"] {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let data = try Data(contentsOf: url.appendingPathComponent(name))
                files.append(ShippedContent.File(path: "\(folder)/\(name)", text: String(decoding: data, as: UTF8.self)))
            }
        }
        return files
    }

    /// Every YAML file in the folders of `samples/`, folder by folder.
    static func sampleFiles() throws -> [ShippedContent.File] {
        let samples = root.appendingPathComponent("samples")
        var files: [ShippedContent.File] = []
        for folder in try FileManager.default.contentsOfDirectory(atPath: samples.path).sorted() {
            var isDirectory: ObjCBool = false
            let url = samples.appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let data = try Data(contentsOf: url.appendingPathComponent(name))
                files.append(ShippedContent.File(path: "samples/\(folder)/\(name)", text: String(decoding: data, as: UTF8.self)))
            }
        }
        return files
    }

    static func library() throws -> ContentLibrary {
        let documents = try folderFiles().map { file -> ContentDocument in
            let (document, diagnostics) = ContentLoader.load(file.text, path: file.path)
            #expect(!diagnostics.hasErrors, "\(diagnostics)")
            return try #require(document)
        }
        return ContentLibrary(documents: documents)
    }

    @Test func embeddedCopyEqualsTheFolders() throws {
        #expect(ShippedContent.files == (try Self.folderFiles()))
        #expect(!ShippedContent.files.isEmpty)
    }

    /// `ospo demo` builds its workspace from the embedded samples.
    @Test func embeddedSamplesEqualTheFolders() throws {
        #expect(ShippedContent.samples == (try Self.sampleFiles()))
        #expect(ShippedContent.sample("samples/northwind-agency/answers-2025.yaml") != nil)
        #expect(!ShippedContent.files.contains { $0.path.hasPrefix("samples/") })
    }

    /// `score` and `plan` read only the shipped files a questionnaire needs,
    /// found by these names.
    @Test func shippedFilesAreNamedAfterTheirIds() throws {
        for file in try Self.folderFiles() {
            let name = (file.path as NSString).lastPathComponent
            switch ContentLoader.load(file.text, path: file.path).0 {
            case .rubric(let rubric): #expect(name == "\(rubric.id).yaml", "\(file.path)")
            case .questionnaire(let questionnaire): #expect(name == "\(questionnaire.id).yaml", "\(file.path)")
            case .roles: #expect(name == "roles.yaml", "\(file.path)")
            default: Issue.record("\(file.path) is neither a rubric, a roles file nor a questionnaire")
            }
        }
    }

    @Test func shippedContentLintsWithoutErrorsOrWarnings() throws {
        let files = try Self.folderFiles().map { file in
            let (document, diagnostics) = ContentLoader.load(file.text, path: file.path)
            return (path: file.path, document: document, diagnostics: diagnostics)
        }
        let diagnostics = Linter.lint(files, fallback: ContentLibrary())
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyDimensionHasFiveDescriptorsAndActionsWithMeasuresForLevelsOneToFour() throws {
        let library = try Self.library()
        #expect(library.rubrics.count >= 3)
        for rubric in library.rubrics {
            #expect(rubric.maxLevel == 4, "\(rubric.id)")
            for dimension in rubric.dimensions {
                #expect(Set(dimension.levels.keys) == [0, 1, 2, 3, 4], "\(dimension.id)")
                for level in 1...4 {
                    let actions = dimension.actions.filter { $0.level == level }
                    #expect(actions.contains { !$0.measures.isEmpty }, "\(dimension.id) needs an action with a measure at level \(level)")
                }
                for action in dimension.actions {
                    #expect(!action.measures.isEmpty, "\(action.id) has no measure")
                    for role in action.roles {
                        #expect(library.role(role) != nil, "\(action.id) names unknown role \(role)")
                    }
                }
            }
        }
        #expect(RequirementGraph(library.actions.map(\.action)).cycles().isEmpty)
    }

    @Test func interviewEvidencesEveryDimensionAtEveryLevel() throws {
        let library = try Self.library()
        let interview = try #require(library.questionnaire("ospo-interview"))
        let questions = interview.questions.count
        // Edition 2 added the Cyber Resilience Act section and split bundled
        // questions; each respondent is still asked only their role's share.
        #expect((100...175).contains(questions), "ospo-interview has \(questions) questions")
        for rubric in interview.rubrics.compactMap(library.rubric) {
            for dimension in rubric.dimensions {
                for level in 1...4 {
                    #expect(interview.questions.contains { $0.dimension == dimension.id && $0.level == level },
                            "ospo-interview has no level-\(level) question for \(dimension.id)")
                }
            }
        }
    }

    @Test func pulseCoversEveryDimension() throws {
        let library = try Self.library()
        let pulse = try #require(library.questionnaire("ospo-pulse"))
        #expect((20...30).contains(pulse.questions.count))
        let asked = Set(pulse.questions.map(\.dimension))
        for rubric in pulse.rubrics.compactMap(library.rubric) {
            for dimension in rubric.dimensions {
                #expect(asked.contains(dimension.id), "ospo-pulse does not ask about \(dimension.id)")
            }
        }
        #expect(!pulse.roles.isEmpty)
    }
}

/// docs/crosswalk.md stays in step with the rubrics' `references:`.
struct CrosswalkTests {
    struct Row {
        let id: String
        let dimensions: [String]
        let actions: [String]
        let reason: String
    }

    /// Table rows of the crosswalk whose first cell starts with `prefix`;
    /// the last three cells are dimensions, actions and the reason.
    static func rows(prefix: String) throws -> [Row] {
        let url = ShippedContentTests.root.appendingPathComponent("docs/crosswalk.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> Row? in
            guard line.hasPrefix("| \(prefix)") else { return nil }
            var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            cells = Array(cells.dropFirst().dropLast())
            guard cells.count >= 4 else { return nil }
            let ids = { (cell: String) in
                cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
                    .filter { !$0.isEmpty }
            }
            return Row(id: cells[0], dimensions: ids(cells[cells.count - 3]), actions: ids(cells[cells.count - 2]),
                       reason: cells[cells.count - 1])
        }
    }

    @Test func everyGGIActivityIsMappedOrExplained() throws {
        let rows = try Self.rows(prefix: "GGI-A-")
        #expect(rows.count == 25)
        #expect(Set(rows.map(\.id)).count == 25)
        for row in rows {
            #expect(!row.dimensions.isEmpty || !row.reason.isEmpty, "\(row.id) is neither mapped nor explained")
        }
    }

    /// Every prefix of a public model the crosswalk has a table for.
    static let prefixes = ["GGI-A-", "TODO-stage-", "ISO/IEC 5230", "ISO/IEC 18974", "CRA ", "OpenChain-CRA "]

    @Test(arguments: Self.prefixes)
    func mappedDimensionsCiteTheIdAndActionsExist(prefix: String) throws {
        let library = try ShippedContentTests.library()
        let actions = Set(library.actions.map(\.action.id))
        let rows = try Self.rows(prefix: prefix)
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(!row.dimensions.isEmpty || !row.reason.isEmpty, "\(row.id) is neither mapped nor explained")
            for id in row.dimensions {
                let dimension = try #require(library.dimension(id)?.dimension, "\(row.id) names unknown dimension \(id)")
                #expect(dimension.references.contains(row.id), "\(id) does not cite \(row.id) in its references")
            }
            for id in row.actions {
                #expect(actions.contains(id), "\(row.id) names unknown action \(id)")
            }
        }
    }

    /// A rubric that cites a model id with no row here (a typo, a renumbered
    /// clause, an id the model does not have) fails.
    @Test func everyCitedModelIdHasARow() throws {
        let library = try ShippedContentTests.library()
        var rows: Set<String> = []
        for prefix in Self.prefixes { rows.formUnion(try Self.rows(prefix: prefix).map(\.id)) }
        for rubric in library.rubrics {
            for dimension in rubric.dimensions {
                for reference in dimension.references where Self.prefixes.contains(where: reference.hasPrefix) {
                    #expect(rows.contains(reference), "\(dimension.id) cites \(reference), which has no row in docs/crosswalk.md")
                }
            }
        }
    }

    @Test func everyClauseAndChecklistAreaHasARow() throws {
        // ISO/IEC 5230: 3.1.1–3.1.5, 3.2.1–3.2.2, 3.3.1–3.3.2, 3.4.1, 3.5.1, 3.6.1–3.6.2 = 13 clauses.
        #expect(try Self.rows(prefix: "ISO/IEC 5230").count == 13)
        // ISO/IEC 18974: 4.1.1–4.1.5, 4.2.1–4.2.2, 4.3.1–4.3.2, 4.4.1–4.4.2 = 11 clauses.
        #expect(try Self.rows(prefix: "ISO/IEC 18974").count == 11)
        // OpenChain CRA checklist 1.0: 2.1–2.7, 3.1–3.6, 4.1–4.5, 5.1–5.3, 6.1, 7.1–7.4, 8.1–8.5, 9.1 = 32 areas.
        let areas = try Self.rows(prefix: "OpenChain-CRA ").map(\.id)
        #expect(areas.count == 32)
        #expect(Set(areas).count == 32)
        #expect(try Self.rows(prefix: "TODO-stage-").map(\.id) == (0...4).map { "TODO-stage-\($0)" })
    }

    /// The 18974 table gives OpenChain's checklist number beside the ISO
    /// clause: the same clause, with 3 where ISO has 4.
    @Test func iso18974RowsGiveBothNumberings() throws {
        let url = ShippedContentTests.root.appendingPathComponent("docs/crosswalk.md")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("| ISO/IEC 18974") }
        #expect(lines.count == 11)
        for line in lines {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let iso = cells[0].replacingOccurrences(of: "ISO/IEC 18974 ", with: "")
            #expect(iso.hasPrefix("4.") && cells[1] == "3." + iso.dropFirst(2), "\(line)")
        }
    }
}

/// What edition 2 of the content promises the sample clients and the pulse.
struct EditionTwoContentTests {
    static func document(_ path: String) throws -> ContentDocument {
        let text = try String(contentsOf: ShippedContentTests.root.appendingPathComponent(path), encoding: .utf8)
        let (document, diagnostics) = ContentLoader.load(text, path: path)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        return try #require(document)
    }

    /// The scheduled action ids of a sample client's plan, phase by phase.
    static func plan(_ client: String) throws -> [[String]] {
        try roadmap(client).phases.map { $0.actions.map(\.id) }
    }

    /// A sample client's roadmap, with some of its context facts restated
    /// when `context` gives them.
    static func roadmap(_ client: String, context: [String: String] = [:]) throws -> Roadmap {
        let library = try ShippedContentTests.library()
        guard case .answers(var answers) = try document("samples/\(client)/answers.yaml"),
              case .profile(let profile) = try document("samples/\(client)/profile.yaml") else {
            throw CancellationError()
        }
        answers.context = OrganisationContext(answers.context.values.merging(context) { $1 })
        let engine = try #require(ScoringEngine(library: library, questionnaire: answers.questionnaire))
        return try Planner(rubrics: engine.rubrics).plan(engine.score(answers), profile: profile)
    }

    /// Kestrel's legal respondent says 5230 self-certification is planned for
    /// 2027: at level 3 the plan schedules it, renewal after it.
    @Test func kestrelsPlanSchedulesIso5230SelfCertification() throws {
        let phases = try Self.plan("kestrel-logistics")
        let certify = try #require(phases.firstIndex { $0.contains("license-compliance.iso-5230") })
        let renew = try #require(phases.firstIndex { $0.contains("license-compliance.conformance-renewal") })
        #expect(certify <= renew)
    }

    /// Quillfeather has VEX-era practices but no Article 14 runbook; the gated
    /// CRA rubric puts it at level 0, so the runbook comes first.
    @Test func quillfeathersPlanStartsItsCraWorkWithTheReportingRunbook() throws {
        let phases = try Self.plan("quillfeather-software")
        #expect(phases.first?.contains("cra-readiness.reporting-runbook") == true)
    }

    /// Kestrel is a large group (2,501 to 25,000 people, factor 2): every
    /// size-dependent action in its plan takes twice the rubric's days, e.g.
    /// the CRA technical file 20 × 2 = 40 person-days.
    @Test func kestrelsPlanDoublesTheSizeDependentEfforts() throws {
        let actions = try Self.roadmap("kestrel-logistics").phases.flatMap(\.actions)
        let scaled = actions.filter { $0.scaling != nil }
        #expect(scaled.count >= 3)
        for action in scaled {
            let scaling = try #require(action.scaling)
            #expect(scaling.factor == 2, "\(action.id)")
            #expect(scaling.band == "2,501 to 25,000 people", "\(action.id)")
            #expect(action.effort == scaling.days * 2, "\(action.id)")
        }
        let technicalFile = try #require(actions.first { $0.id == "cra-readiness.technical-file" })
        #expect(technicalFile.effort == 40)
    }

    /// Kestrel stewards no open source project, so the steward duties of
    /// Article 24 are not planned although its CRA readiness is; stated
    /// outside the Act, none of the CRA actions is.
    @Test func craActionsFollowTheContext() throws {
        let asIs = try Self.roadmap("kestrel-logistics").phases.flatMap(\.actions).map(\.id)
        #expect(asIs.contains("cra-readiness.reporting-runbook") || asIs.contains("cra-readiness.technical-file"))
        #expect(!asIs.contains("cra-readiness.steward-duties"))
        let outside = try Self.roadmap("kestrel-logistics", context: ["cra": "no"]).phases.flatMap(\.actions).map(\.id)
        #expect(!outside.isEmpty)
        #expect(outside.filter { $0.hasPrefix("cra-readiness.") } == [])
    }

    /// Every action of the shipped `cra` rubric applies only where the Act
    /// may: a plan made without the CRA dimension's score (an organisation
    /// stated outside it) cannot schedule one.
    @Test func everyCraActionIsConditionedOnTheAct() throws {
        guard case .rubric(let rubric) = try Self.document("rubrics/cra.yaml") else { throw CancellationError() }
        let outside = OrganisationContext(["cra": "no", "maintains-projects": "yes"])
        for action in rubric.dimensions.flatMap(\.actions) {
            #expect(action.when?.applies(in: outside) == false, "\(action.id)")
        }
    }

    /// A pulse answer is worth at most 0.5, so on the 0–4 rubrics a pulse
    /// score is at most 4 × 0.5 = 2 (docs/collecting-answers.md).
    @Test func thePulseCannotClaimMoreThanDefined() throws {
        let pulse = try #require(try ShippedContentTests.library().questionnaire("ospo-pulse"))
        #expect(!pulse.scales.isEmpty)
        for scale in pulse.scales {
            #expect(scale.options.map(\.value).max() == 0.5, "pulse scale \(scale.id)")
        }
    }
}
