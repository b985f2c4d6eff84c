import MaturityKit
import MaturityStore

/// What `ospo compare` and `ospo progress` show, from the workspace.
public enum ProgressQueries {
    /// The change per dimension from `first` to `second`, and the answers behind it.
    public static func comparison(_ workspace: any WorkspaceStore, first: Int64, second: Int64) throws -> AssessmentComparison {
        try workspace.compare(first, second)
    }

    /// The organisation's objectives and maturity over time, as of `asOf`.
    public static func progress(_ workspace: any WorkspaceStore, organisation: String, asOf: CalendarDate) throws -> ProgressReport {
        try workspace.progressReport(organisation: organisation, asOf: asOf)
    }
}
