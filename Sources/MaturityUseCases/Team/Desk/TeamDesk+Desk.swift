import Foundation
import MaturityKit
import MaturityReports
import MaturityStore

/// The consultant's desk: an organisation's assessments, starting and
/// closing one, and its live scorecard. Every method calls the use case the
/// command line calls, so the checks and messages are the same.
extension TeamDesk {
    /// The organisation's page: its assessments (with scores and response
    /// counts where the account may see scores), its current roadmap, and
    /// the questionnaires an assessment may be started with.
    public func organisationPage(under yes: Authorised) throws -> DeskOrganisationPage {
        try yes.require(.viewOrganisation)
        let slug = try yes.organisationSlug()
        let overview = try OrganisationQueries.overview(workspace, organisation: slug)
        let seesScores = yes.account.may(.viewScorecard, on: slug)
        let rows = try overview.assessments.map { listing -> DeskAssessmentRow in
            let people = try invitationRows(assessment: listing.id).filter { !$0.revoked }
            var row = DeskAssessmentRow(assessment: listing, overall: nil, coverage: nil, respondents: nil,
                                        invited: people.count, finished: people.filter(\.finished).count)
            if seesScores {
                let card = try workspace.scorecard(of: listing.id)
                row.overall = card.overall
                row.coverage = Self.coverage(of: card)
                row.respondents = card.respondents.filter { $0.answered > 0 }.count
            }
            return row
        }
        let choices = ContentSources.shippedLibrary.questionnaires
            .map { DeskOrganisationPage.Choice(id: $0.id, title: $0.title) }
            .sorted { $0.id < $1.id }
        return DeskOrganisationPage(organisation: overview.organisation, assessments: rows, currentPlan: overview.currentPlan,
                                    questionnaires: choices, today: today.description)
    }

    /// Starts an assessment, as `ospo assessment new` does; returns its number.
    /// - Parameter date: YYYY-MM-DD, or empty for today.
    public func startAssessment(questionnaire: String, date: String, label: String, under yes: Authorised) throws -> Int64 {
        try yes.require(.startAssessment)
        let slug = try yes.organisationSlug()
        let day: CalendarDate
        if date.trimmedWhitespace.isEmpty {
            day = today
        } else {
            guard let typed = CalendarDate(iso: date.trimmedWhitespace) else { throw DeskError.badDate(field: "the date", date) }
            day = typed
        }
        let trimmedLabel = label.trimmedWhitespace
        let start = try NewAssessment(organisation: slug, questionnaire: questionnaire.trimmedWhitespace, date: day,
                                      label: trimmedLabel.isEmpty ? nil : trimmedLabel, libraryFolders: [])
        return try start.run(by: yes.actor, in: workspace).id ?? 0
    }

    /// The live scorecard of an assessment of the organisation, as `ospo
    /// assessment show` scores it, with the current plan's targets. Serves
    /// the answers page too (`viewAnswers`): the scorecard keeps every
    /// response behind each question.
    public func scorecard(assessment id: Int64, under yes: Authorised) throws -> DeskScorecard {
        guard yes.action == .viewScorecard || yes.action == .viewAnswers else { throw TeamError.notFound }
        _ = try deskAssessment(id, under: yes)
        let slug = try yes.organisationSlug()
        let overview = try AssessmentQueries.overview(workspace, assessment: id)
        var targets: [String: Int] = [:]
        if let plan = try workspace.plans(organisation: slug).last, plan.supersededAt == nil, let profile = try workspace.profile(of: plan) {
            for dimension in overview.scorecard.dimensions {
                targets[dimension.id] = profile.targets[dimension.id]?.level ?? profile.defaultTarget
            }
        }
        var names: [String: String] = [:]
        for respondent in overview.scorecard.respondents { names[respondent.id] = respondent.name ?? respondent.id }
        return DeskScorecard(assessment: overview.assessment, scorecard: overview.scorecard, targets: targets, names: names)
    }

    /// The assessment to close, for the confirmation step.
    public func assessmentToClose(_ id: Int64, under yes: Authorised) throws -> AssessmentListing {
        try yes.require(.closeAssessment)
        _ = try deskAssessment(id, under: yes)
        return try AssessmentQueries.overview(workspace, assessment: id).assessment
    }

    /// Closes an assessment, as `ospo assessment close` does.
    public func closeAssessment(_ id: Int64, under yes: Authorised) throws {
        try yes.require(.closeAssessment)
        _ = try deskAssessment(id, under: yes)
        try AssessmentClosing.close(id, by: yes.actor, in: workspace)
    }

    // MARK: - Shared

    /// The assessment `id` when it belongs to the yes's organisation; else
    /// `TeamError.notFound`, the same as for a number that does not exist.
    func deskAssessment(_ id: Int64, under yes: Authorised) throws -> AssessmentRecord {
        let slug = try yes.organisationSlug()
        guard let record = try workspace.assessments(organisation: slug).first(where: { $0.id == id }) else { throw TeamError.notFound }
        return record
    }


    /// The dimensions' coverage weighted by their weights; nil for a questionnaire without dimensions.
    static func coverage(of card: Scorecard) -> Double? {
        let weights = card.dimensions.reduce(0) { $0 + $1.weight }
        guard weights > 0 else { return nil }
        return card.dimensions.reduce(0) { $0 + $1.weight * $1.coverage } / weights
    }
}
