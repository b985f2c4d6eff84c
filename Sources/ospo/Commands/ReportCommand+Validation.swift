import ArgumentParser
import Foundation
import MaturityKit
import MaturityUseCases
import MaturityReports
import MaturityStore

// MARK: - Which options go together

extension ReportCommand {
    /// `--anonymise-key`, else `$OSPO_ANONYMISE_KEY` when set and not empty.
    var anonymisationKey: String? {
        anonymiseKey ?? ProcessInfo.processInfo.environment["OSPO_ANONYMISE_KEY"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Refuses options that contradict each other before anything is read,
    /// with the usage exit status (64).
    func validate() throws {
        if !answers.isEmpty && selection.isGiven {
            throw ValidationError("give either --answers FILE or the workspace's --org ORG / --assessment ID, not both")
        }
        if answers.isEmpty && !readsWorkspace {
            throw ValidationError("give the answers to report on with --answers FILE, or an organisation of the workspace with --org ORG (or --assessment ID)")
        }
        if kind == .portfolio && selection.isGiven {
            throw ValidationError("the portfolio report compares every organisation of the workspace: leave out --org and --assessment")
        }
        if !readsWorkspace && workspace.path != nil {
            throw ValidationError("--db names a workspace, but --answers makes the report from files: give --org ORG or --assessment ID instead of --answers")
        }
        if anonymiseKey != nil && !anonymise {
            throw ValidationError("--anonymise-key orders an anonymised report: add --anonymise")
        }
        if asOf != nil && kind != .progress {
            throw ValidationError("--as-of is for the progress report only")
        }
        if presentation.respondents != nil && kind != .assessment {
            throw ValidationError("--respondents is for the assessment report only")
        }
        if answers.count > 1 && kind != .portfolio {
            throw ValidationError("the \(kind.rawValue) report takes one --answers file; only the portfolio takes several")
        }
        if !readsWorkspace && (kind == .executive || kind == .roadmap) && profile == nil {
            throw ValidationError("the \(kind.rawValue) report needs targets and a plan: add --profile FILE")
        }
        if kind == .portfolio && readsWorkspace && profile != nil {
            throw ValidationError("the portfolio report takes no --profile")
        }
        if format.format == .pdf && output == nil {
            throw ValidationError("--format pdf writes a file: add --output FILE")
        }
    }
}
