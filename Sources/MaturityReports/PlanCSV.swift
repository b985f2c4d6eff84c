import Foundation
import MaturityKit

/// The roadmap as CSV, one row per scheduled action, for a spreadsheet:
/// `phase,start,end,action,title,dimension,level,effort,roles,measures`.
/// Fields are quoted per RFC 4180, and a cell that a spreadsheet would read
/// as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return) is prefixed with a single quote.
public enum PlanCSV {
    public static let header = ["phase", "start", "end", "action", "title", "dimension", "level", "effort", "roles", "measures"]

    public static func render(_ roadmap: Roadmap) -> String {
        var rows = [header]
        for phase in roadmap.phases {
            for action in phase.actions {
                rows.append([
                    String(phase.number), phase.start.description, phase.end.description,
                    action.id, action.title, action.dimension, String(action.level), formatNumber(action.effort),
                    action.roles.joined(separator: "; "),
                    action.measures.map { "\($0.name): \(PlanFormat.measure($0))" }.joined(separator: "; "),
                ])
            }
        }
        return CSVText.table(header: header, rows: Array(rows.dropFirst()))
    }

    /// One field, as `CSVText.field` writes it.
    public static func field(_ text: String) -> String { CSVText.field(text) }
}
