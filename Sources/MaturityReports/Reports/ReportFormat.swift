/// The text formats a report is rendered in; PDF is printed from `html` by
/// the command line.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case html, md, json, csv
}
