import MaturityStore

/// The accounts, as `ospo user list` prints them.
public enum UserListing {
    public static func accounts(in workspace: Workspace) throws -> [Account] {
        try workspace.accounts()
    }

    /// One line an account: name, role, state and reach, in aligned columns.
    public static func text(_ accounts: [Account]) -> String {
        guard !accounts.isEmpty else { return "" }
        let rows = accounts.map { account in
            [account.name, account.record.role,
             account.isDisabled ? "disabled" : account.record.passwordHash == nil ? "setup link not used yet" : "active",
             account.record.allOrganisations ? "every organisation" : account.organisations.joined(separator: ", ")]
        }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ") + "  " + row[3]
        }.joined(separator: "\n") + "\n"
    }

    /// What to print on standard error when there is no account yet.
    public static let emptyHint = "no accounts yet; add one with 'ospo user add NAME --role admin'\n"
}
