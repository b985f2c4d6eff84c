import Foundation
import Testing
@testable import MaturityStore

/// schemas/bundle.schema.json against what `ospo export` writes: every key
/// of a full bundle is declared where it appears, and every key the schema
/// requires is there, so the schema cannot drift from the format.
struct BundleSchemaTests {
    static let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../schemas/bundle.schema.json").standardized

    /// The problems of `value` against `schema`, each with its JSON path.
    static func problems(_ value: Any, _ schema: [String: Any], root: [String: Any], at path: String) -> [String] {
        var schema = schema
        if let reference = schema["$ref"] as? String, let name = reference.split(separator: "/").last,
           let definitions = root["$defs"] as? [String: Any], let resolved = definitions[String(name)] as? [String: Any] {
            schema = resolved
        }
        if let object = value as? [String: Any], let properties = schema["properties"] as? [String: Any] {
            var out = ((schema["required"] as? [String]) ?? []).filter { object[$0] == nil }.map { "\(path): '\($0)' required, not written" }
            for (key, child) in object.sorted(by: { $0.key < $1.key }) {
                guard let declared = properties[key] as? [String: Any] else {
                    out.append("\(path): '\(key)' written, not declared")
                    continue
                }
                out += problems(child, declared, root: root, at: "\(path)/\(key)")
            }
            return out
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            return array.enumerated().flatMap { problems($1, items, root: root, at: "\(path)/\($0)") }
        }
        return []
    }

    @Test func everyKeyAFullBundleWritesIsInTheSchema() throws {
        let folder = try WorkspaceFileTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The first-schema workspace has answers, a plan, objectives,
        // statuses and readings; an audit entry and a draft are added.
        let path = folder.appendingPathComponent("v1.sqlite").path
        try FileManager.default.copyItem(atPath: WorkspaceFileTests.fixtures.appendingPathComponent("workspace-v1.sqlite").path, toPath: path)
        let workspace = try Workspace.open(at: path, create: false)
        try workspace.recordChange(actor: "cli:kim", action: "moveObjective", organisation: "northwind-agency", subject: "objective 1 → done",
                                   detail: "signed off")
        let bundle = try JSONSerialization.jsonObject(with: try Workspace.encode(try workspace.export()))
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.schemaURL)) as? [String: Any])
        let object = try #require(bundle as? [String: Any])
        #expect((object["audit"] as? [Any])?.count == 1)
        #expect((object["plans"] as? [Any])?.isEmpty == false)
        #expect(Self.problems(bundle, schema, root: schema, at: "") == [])
    }

    @Test func theCheckFindsAKeyTheSchemaDoesNotDeclare() throws {
        let schema: [String: Any] = ["type": "object", "required": ["format"], "properties": ["format": ["type": "string"]]]
        #expect(Self.problems(["colour": "red"], schema, root: schema, at: "")
                == [": 'format' required, not written", ": 'colour' written, not declared"])
    }
}
