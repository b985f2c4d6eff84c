/// What an import of a bundle added, counted by kind of record.
public struct BundleImportSummary: Sendable, Hashable {
    public var organisations = 0, assessments = 0, answers = 0, plans = 0, objectives = 0, statuses = 0, readings = 0
    /// Entries of the audit trail added; not in `total`, which counts the
    /// records the entries speak of.
    public var auditEntries = 0
    public var total: Int { organisations + assessments + answers + plans + objectives + statuses + readings }

    public init() {}
}
