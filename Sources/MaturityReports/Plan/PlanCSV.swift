import Foundation
import MaturityKit

/// The roadmap as CSV, one row per scheduled action, for a spreadsheet:
/// `phase,start,end,action,title,dimension,level,effort,roles,measures,phase_effort,runs_to_phase,fte,cost,reason`,
/// then one row per planned target (`target` in the phase column) with its
/// projected levels and outcome, and one per covered action (`covered`).
/// Fields are quoted per RFC 4180, and a cell that a spreadsheet would read
/// as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return) is prefixed with a single quote.
public enum PlanCSV {
    public static let header = ["phase", "start", "end", "action", "title", "dimension", "level", "effort", "roles", "measures",
                                "phase_effort", "runs_to_phase", "fte", "cost", "reason"]

    public static func render(_ roadmap: Roadmap) -> String {
        var rows = [header]
        for phase in roadmap.phases {
            for action in phase.actions {
                let share = action.effort(inPhase: phase.number)
                rows.append([
                    String(phase.number), phase.start.description, phase.end.description,
                    action.id, action.title, action.dimension, String(action.level), formatNumber(action.effort),
                    action.roles.joined(separator: "; "),
                    action.measures.map { "\($0.name): \(PlanFormat.measure($0))" }.joined(separator: "; "),
                    PlanFormat.days(share), String(action.lastPhase), PlanFormat.fte(phase.fte(share)),
                    PlanFormat.money(share, roadmap.settings) ?? "", action.reason.description,
                ])
            }
            for part in phase.continuing {
                rows.append([
                    String(phase.number), phase.start.description, phase.end.description,
                    part.id, part.title, part.dimension, "", "", part.roles.joined(separator: "; "), "",
                    PlanFormat.days(part.effort), "", PlanFormat.fte(phase.fte(part.effort)),
                    PlanFormat.money(part.effort, roadmap.settings) ?? "", PlanFormat.continuing(part),
                ])
            }
        }
        for target in roadmap.targets {
            rows.append([
                "target", "", "", target.id, "", target.id, String(target.target), "", "",
                "projected " + target.projected.map(String.init).joined(separator: " "),
                "", target.reachedInPhase.map(String.init) ?? "", "", "", PlanFormat.outcome(target),
            ])
        }
        for item in roadmap.covered {
            rows.append(["covered", "", "", item.id, item.title, item.dimension, String(item.level), "", "", "", "", "", "", "", item.by])
        }
        for scenario in roadmap.scenarios {
            rows.append(["scenario", "", "", scenario.label, "", "", "", "", "", PlanFormat.keyTargets(scenario),
                         "", String(scenario.phases), "", "", "targets \(scenario.targetsReached) of \(scenario.targetsPlanned); value \(scenario.value) of \(scenario.possibleValue)"])
        }
        return CSVText.table(header: header, rows: Array(rows.dropFirst()))
    }

    /// One field, as `CSVText.field` writes it.
    public static func field(_ text: String) -> String { CSVText.field(text) }
}
