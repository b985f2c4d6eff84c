import Foundation
import Testing
@testable import MaturityUseCases

/// The authorisation matrix in docs/web-workspace.md is the one the code
/// enforces: every action × every role × an organisation the account may
/// and may not reach.
struct AccessPolicyTests {
    static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/web-workspace.md")

    /// One row of the documented matrix.
    struct Row: Equatable {
        var roles: [AccountRole: Bool]
        var workspaceScope: Bool
        var passwordAgain: Bool
    }

    /// The rows of the table whose header starts `| action | admin |`, by action name.
    static func documentedMatrix() throws -> [String: Row] {
        let text = try String(contentsOf: docs, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        guard let header = lines.firstIndex(where: { $0.hasPrefix("| action | admin |") }) else { return [:] }
        let columns = cells(lines[header])
        var rows: [String: Row] = [:]
        for line in lines[(header + 2)...] {
            guard line.hasPrefix("|") else { break }
            let values = Dictionary(uniqueKeysWithValues: zip(columns, cells(line)))
            let action = (values["action"] ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            var roles: [AccountRole: Bool] = [:]
            for role in AccountRole.allCases { roles[role] = values[role.rawValue] == "yes" }
            rows[action] = Row(roles: roles, workspaceScope: values["scope"] == "workspace",
                               passwordAgain: values["password again"] == "yes")
        }
        return rows
    }

    static func cells(_ line: String) -> [String] {
        line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func theDocumentedMatrixListsEveryActionOnce() throws {
        let documented = try Self.documentedMatrix()
        #expect(Set(documented.keys) == Set(WorkspaceAction.allCases.map(\.rawValue)))
        #expect(documented.count == WorkspaceAction.allCases.count)
    }

    @Test(arguments: WorkspaceAction.allCases, AccountRole.allCases)
    func theCodeDecidesAsTheDocsSay(action: WorkspaceAction, role: AccountRole) throws {
        let row = try #require(try Self.documentedMatrix()[action.rawValue])
        let allowed = try #require(row.roles[role])
        #expect(row.workspaceScope == !action.isOrganisationAction)
        #expect(row.passwordAgain == action.needsPasswordAgain)
        let limited = SignedInAccount(name: "sam", role: role, scope: .only(["acme"]))
        let everywhere = SignedInAccount(name: "sam", role: role, scope: .allOrganisations)
        if action.isOrganisationAction {
            // Allowed where the account reaches, never elsewhere.
            #expect(limited.may(action, on: "acme") == allowed)
            #expect(!limited.may(action, on: "globex"))
            #expect(everywhere.may(action, on: "globex") == allowed)
            // An organisation action names its organisation.
            #expect(!everywhere.may(action, on: nil))
        } else {
            // A workspace action reaches every organisation: a limited account may not.
            #expect(!limited.may(action, on: nil))
            #expect(everywhere.may(action, on: nil) == allowed)
        }
    }

    @Test func aViewerChangesNothing() {
        let changing = WorkspaceAction.allCases.filter(\.changesWorkspace)
        #expect(changing.allSatisfy { !AccessPolicy.roles(for: $0).contains(.viewer) })
        #expect(changing.count == 11)
    }
}
