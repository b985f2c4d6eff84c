import ArgumentParser
import Foundation
import MaturityKit
import MaturityStore
import MaturityUseCases

/// `ospo invite`: private links for respondents to answer in a browser (`ospo serve`).
struct InviteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite",
        abstract: "Make private links for respondents to answer an assessment in a browser, or revoke one.",
        discussion: """
            Each link is shown once: the workspace keeps only a hash of it. Send each person their own.
              ospo invite 1 --respondent "Jane Doe" --role engineer
              ospo invite 1 --from people.csv --output links.csv   (columns: name, role, optional email)
              ospo invite --revoke 3
            """
    )

    @Argument(help: "The assessment number.") var assessment: Int64?
    @Option(help: "The respondent's name.") var respondent: String?
    @Option(help: "The respondent's role, one of the questionnaire's.") var role: String?
    @Option(help: ArgumentHelp("A CSV file of people to invite: columns name, role and optional email.", valueName: "file.csv"))
    var from: String?
    @Option(help: ArgumentHelp("The links' last day (YYYY-MM-DD); without it they last until revoked.", valueName: "date"))
    var expires: String?
    @Option(name: .customLong("base-url"), help: ArgumentHelp("The address respondents open (default: http://127.0.0.1:8080).", valueName: "url"))
    var baseURL = "http://127.0.0.1:8080"
    @Option(help: ArgumentHelp("Write the links as a CSV file for a mail merge instead of printing them.", valueName: "file.csv"))
    var output: String?
    @Option(help: ArgumentHelp("End an invitation: its link and sessions stop working.", valueName: "id"))
    var revoke: Int64?
    @OptionGroup var workspace: WorkspaceOptions

    func validate() throws {
        if revoke != nil {
            guard assessment == nil, respondent == nil, from == nil else { throw ValidationError("--revoke takes an invitation number alone") }
            return
        }
        guard assessment != nil else { throw ValidationError("name the assessment: ospo invite ASSESSMENT --respondent NAME --role ROLE") }
        guard (respondent == nil) != (from == nil) else { throw ValidationError("give either --respondent NAME --role ROLE or --from FILE.csv") }
        if respondent != nil, role == nil { throw ValidationError("--respondent needs --role") }
        if let expires, CalendarDate(iso: expires) == nil { throw ValidationError("--expires must be a date as YYYY-MM-DD, found '\(expires)'") }
    }

    func run() async throws {
        try await runReportingFailures {
            do {
                if let revoke {
                    Console.out(try InvitationIssuing.revoke(revoke, in: try workspace.open()) + "\n")
                    return
                }
                let invitees = try from.map { try InviteeList.parse(try FileAccess.readText($0), path: $0) }
                    ?? [Invitee(name: respondent ?? "", role: role ?? "")]
                let issued = try InvitationIssuing.issue(in: try workspace.open(), assessment: assessment ?? 0, invitees: invitees,
                                                         expires: expires.flatMap(CalendarDate.init(iso:)), baseURL: baseURL)
                if let output {
                    try FileAccess.write(IssuedInvitation.mailMerge(issued), to: output)
                    Console.out("wrote \(issued.count) link\(issued.count == 1 ? "" : "s") to \(output); send each person their own\n")
                } else {
                    for invitation in issued {
                        Console.out("invitation \(invitation.id)  \(invitation.name) (\(invitation.role))  \(invitation.link)\n")
                    }
                }
            } catch let error as InviteError {
                Console.err(error.isLocated ? error.description : "error: \(error.description)")
                throw ExitCode.failure
            } catch let error as InvitationError {
                throw CommandFailure(error.description)
            }
        }
    }
}
