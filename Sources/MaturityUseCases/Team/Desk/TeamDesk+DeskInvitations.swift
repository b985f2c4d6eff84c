import MaturityKit
import MaturityReports
import MaturityStore

/// The desk's invitations: who is invited and how far they are, making
/// links (`ospo invite`) and revoking them (`ospo invite --revoke`).
extension TeamDesk {
    /// The invitations of an assessment of the organisation, with each
    /// person's progress and the response rate of each role.
    public func invitations(assessment id: Int64, under yes: Authorised) throws -> DeskInvitations {
        try yes.require(.viewInvitations)
        _ = try deskAssessment(id, under: yes)
        let listing = try AssessmentQueries.overview(workspace, assessment: id).assessment
        let rows = try invitationRows(assessment: id)
        let questionnaire = try workspace.content(of: id).questionnaire
        let rates = questionnaire.roles.map { role in
            let people = rows.filter { $0.role == role.id && !$0.revoked }
            return DeskInvitations.RoleRate(role: role.id, title: role.title, invited: people.count,
                                            started: people.filter(\.started).count, finished: people.filter(\.finished).count)
        }
        return DeskInvitations(assessment: listing, invitations: rows, rates: rates)
    }

    /// Makes private links, as `ospo invite` does (all or none), recorded in
    /// the audit trail under the account.
    /// - Parameter expires: the links' last day as YYYY-MM-DD, or empty for none.
    public func invite(_ invitees: [Invitee], expires: String, assessment id: Int64, baseURL: String,
                       under yes: Authorised) throws -> [IssuedInvitation] {
        try yes.require(.invite)
        _ = try deskAssessment(id, under: yes)
        guard !invitees.isEmpty else { throw DeskError.noInvitee }
        var lastDay: CalendarDate?
        if !expires.trimmedWhitespace.isEmpty {
            guard let day = CalendarDate(iso: expires.trimmedWhitespace) else { throw DeskError.badDate(field: "the last day", expires) }
            lastDay = day
        }
        // The use case records the invitations in the audit trail, under the account.
        return try InvitationIssuing.issue(in: workspace, assessment: id, invitees: invitees, expires: lastDay, baseURL: baseURL,
                                           by: yes.actor)
    }

    /// Reads the "name, role[, email]" lines of the invitees box; blank lines are skipped.
    public static func invitees(fromLines text: String) throws -> [Invitee] {
        var invitees: [Invitee] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = String(line).trimmedWhitespace
            guard !trimmed.isEmpty else { continue }
            let fields = trimmed.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmedWhitespace }
            guard fields.count >= 2, fields.count <= 3, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw DeskError.badInviteeLine(line: index + 1, trimmed)
            }
            let email = fields.count == 3 && !fields[2].isEmpty ? fields[2] : nil
            invitees.append(Invitee(name: fields[0], role: fields[1], email: email, location: "line \(index + 1)"))
        }
        return invitees
    }

    /// Revokes an invitation of the assessment, as `ospo invite --revoke` does.
    public func revokeInvitation(_ invitation: Int64, assessment id: Int64, under yes: Authorised) throws {
        try yes.require(.invite)
        _ = try deskAssessment(id, under: yes)
        guard try InvitationError.invitationStore(workspace).invitations(assessment: id).contains(where: { $0.id == invitation }) else {
            throw TeamError.notFound
        }
        _ = try InvitationIssuing.revoke(invitation, by: yes.actor, in: workspace)
    }

    /// Every invitation of an assessment with how far its respondent is:
    /// the questions their role and answers put to them, answered or not,
    /// and when their latest answer was recorded.
    func invitationRows(assessment id: Int64) throws -> [DeskInvitation] {
        let records = try InvitationError.invitationStore(workspace).invitations(assessment: id)
        guard !records.isEmpty else { return [] }
        let record = try workspace.assessment(id)
        let questionnaire = try workspace.content(of: id).questionnaire.applying(record.organisationContext)
        let answers = Dictionary(try workspace.answerSet(of: id).respondents.map { ($0.id, $0.answers) }, uniquingKeysWith: { first, _ in first })
        let invitedKeys = Set(records.map(\.respondentKey))
        let answeredQuestions = Set(answers.filter { invitedKeys.contains($0.key) }.values.flatMap(\.keys))
        var latest: [String: String] = [:]
        for question in answeredQuestions.sorted() {
            for revision in try workspace.history(of: id, question: question) where invitedKeys.contains(revision.respondent) {
                latest[revision.respondent] = max(latest[revision.respondent] ?? "", revision.recordedAt)
            }
        }
        return records.map { invitation in
            let given = answers[invitation.respondentKey] ?? [:]
            let asked = InterviewSession(questionnaire: questionnaire, role: invitation.role, answers: given).visibleQuestions
            return DeskInvitation(id: invitation.id ?? 0, name: invitation.name, role: invitation.role, email: invitation.email,
                                  expiresOn: invitation.expiresOn, revoked: invitation.revokedAt != nil, asked: asked.count,
                                  answered: asked.filter { given[$0.id] != nil }.count, lastActivity: latest[invitation.respondentKey])
        }
    }
}
