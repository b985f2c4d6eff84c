import MaturityReports

/// Whether one report of an organisation can be made now, and if not, why
/// (the command line's message for the same report).
public struct ReportAvailability: Sendable, Equatable {
    public var kind: ReportKind
    /// Nil when the report can be made.
    public var problem: String?
}
