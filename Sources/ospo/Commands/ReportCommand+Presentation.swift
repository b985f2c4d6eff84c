import ArgumentParser
import MaturityReports

/// How `ospo report` writes for its reader: ids, the date style and how
/// respondents are named. The defaults make the client's copy.
struct ReportPresentationOptions: ParsableArguments {
    @Flag(name: .customLong("show-ids"), help: "Show rubric ids beside titles in html, md and pdf (the consultant's working copy); json and csv always have them.")
    var showIds = false

    @Option(name: .customLong("locale"), help: ArgumentHelp("The date style: en-GB (4 Jan 2027, the default), en-US (Jan 4, 2027) or iso (2027-01-04).", valueName: "locale"))
    var locale: ReportLocale = .enGB

    @Option(name: .customLong("respondents"), help: ArgumentHelp("For the assessment report: name respondents (named), show their roles only (roles, the default) or neither (hidden).", valueName: "how"))
    var respondents: RespondentDisplay?

    var options: ReportOptions {
        ReportOptions(showIds: showIds, dates: ReportDates(locale), respondents: respondents ?? .roles)
    }
}

extension ReportLocale: ExpressibleByArgument {}
extension RespondentDisplay: ExpressibleByArgument {}
