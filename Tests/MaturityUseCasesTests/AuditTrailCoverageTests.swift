import Foundation
import MaturityKit
import MaturityStore
import Testing
@testable import MaturityUseCases

/// Adding organisations, invitations, interviews, context facts and bundle
/// imports are in the audit trail, each under the actor the front end gave.
struct AuditTrailCoverageTests {
    /// The trail as `actor action subject [detail]` lines, oldest first.
    private func trail(_ workspace: Workspace, organisation: String? = nil) throws -> [String] {
        try AuditTrail.entries(organisation: organisation, in: workspace).map {
            "\($0.actor) \($0.action) \($0.subject)" + ($0.detail.map { " [\($0)]" } ?? "")
        }
    }

    @Test func addingAnOrganisationNamesWhoAddedIt() throws {
        let workspace = try Workspace.inMemory()
        let record = try OrganisationAdding.add(name: "Bay Works", sector: "public", by: .account("ana"), in: workspace)
        #expect(try trail(workspace, organisation: "bay-works") == ["account:ana addOrganisation organisation bay-works added (Bay Works)"])
        #expect(try AuditTrail.entries(organisation: nil, in: workspace).first?.organisationId == record.id)
    }

    @Test func issuingAndRevokingInvitationsAreOneEntryEach() throws {
        let workspace = try Samples.acmeWorkspace()
        workspace.fixedToday = Samples.day
        let issued = try InvitationIssuing.issue(in: workspace, assessment: 1,
                                                 invitees: [Invitee(name: "Cy Park", role: "executive"), Invitee(name: "Di Moss", role: "executive")],
                                                 expires: CalendarDate(year: 2026, month: 12, day: 1), baseURL: "https://survey.example.org",
                                                 by: .account("ben"))
        _ = try InvitationIssuing.revoke(issued[1].id, by: .commandLine(user: "ops"), in: workspace)
        // The first two are the fixture's import; no link is ever written in the trail.
        #expect(try trail(workspace, organisation: "acme-works").dropFirst(2) == [
            "account:ben invite 2 invitations to assessment 1: Cy Park (executive), Di Moss (executive) [links last until 2026-12-01]",
            "cli:ops invite invitation \(issued[1].id) of Di Moss (executive) revoked",
        ])
        #expect(try trail(workspace).allSatisfy { !$0.contains("/r/") })
    }

    @Test func anInterviewSessionIsOneEntryAndEachContextFactOne() throws {
        let workspace = try Samples.acmeWorkspace()
        let recorder = try InterviewSaving.start(in: workspace, assessment: 1, respondent: "Cy Park", role: "executive", by: .commandLine(user: "dana"))
        try InterviewSaving.state(fact: "sector", value: "public", with: recorder)
        try InterviewSaving.save(.record(question: "STR-01", answer: Answer(.option("yes"))), with: recorder)
        try InterviewSaving.save(.skip(question: "STR-02"), with: recorder)
        try InterviewSaving.save(.record(question: "STR-03", answer: Answer(.option("no"))), with: recorder)
        // Resumed later: a new session, so a new entry at its first save.
        let resumed = try InterviewSaving.start(in: workspace, assessment: 1, respondent: "Cy Park", role: nil, by: .commandLine(user: "dana"))
        try InterviewSaving.save(.record(question: "STR-02", answer: Answer(.option("no"))), with: resumed)
        #expect(try trail(workspace, organisation: "acme-works").dropFirst(2) == [
            "cli:dana editContext context of assessment 1: sector = public",
            "cli:dana interview interview of Cy Park (cy-park, executive) in assessment 1",
            "cli:dana interview interview of Cy Park (cy-park, executive) in assessment 1",
        ])
        // The saves themselves are as they were: 2 answers in the first session.
        #expect(recorder.recorded == 2 && recorder.skips == 1)
    }

    @Test func anInterviewThatSavesNothingLeavesNoEntry() throws {
        let workspace = try Samples.acmeWorkspace()
        let recorder = try InterviewSaving.start(in: workspace, assessment: 1, respondent: "Cy Park", role: "executive", by: .account("ben"))
        try InterviewSaving.save(.dropDraft(question: "STR-01"), with: recorder)
        #expect(try trail(workspace).count == 2)
    }

    @Test func aRespondentsSavesAreRecordedUnderTheRespondent() throws {
        #expect(ChangeActor.respondent("cy-park").description == "respondent:cy-park")
        let workspace = try Samples.acmeWorkspace()
        let inner = try workspace.interview(assessment: 1, respondent: "Cy Park", role: "executive")
        let recorder = InterviewSaving.audited(inner, by: .respondent("cy-park"), in: workspace)
        // Wrapping the wrapped interview again adds no second entry per session.
        let again = InterviewSaving.audited(recorder, by: .respondent("cy-park"), in: workspace)
        #expect(again === recorder)
        try recorder.saveDraft(InterviewDraft(note: "ask the board"), for: "STR-01")
        try recorder.record(Answer(.option("yes")), to: "STR-01")
        #expect(try trail(workspace).dropFirst(2) == ["respondent:cy-park interview interview of Cy Park (cy-park, executive) in assessment 1"])
    }

    @Test func aBundleImportKeepsTheTrailAndRecordsItself() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let source = try Samples.acmeWorkspace()
        _ = try OrganisationAdding.add(name: "Bay Works", by: .account("ana"), in: source)
        let path = folder.url.appendingPathComponent("all.json").path
        try BundleExport.write(source, to: path)

        let target = try Workspace.inMemory()
        let job = try BundleImport.read(path)
        let summary = try job.run(by: .commandLine(user: "ops"), in: target)
        // The fixture's two entries and Bay Works' one come in as they were.
        #expect(summary.auditEntries == 3)
        let original = try AuditTrail.entries(organisation: nil, in: source)
        let restored = try AuditTrail.entries(organisation: nil, in: target)
        #expect(restored.prefix(3).map { [$0.at, $0.actor, $0.action, $0.subject] } == original.map { [$0.at, $0.actor, $0.action, $0.subject] })
        #expect(try trail(target).last == "cli:ops importBundle bundle \(path) imported "
                + "[added 2 organisations, 1 assessments, 2 answers, 0 plans, 0 objectives, 0 status changes, 0 readings]")
        // A second import adds no entry of the bundle again, only its own.
        #expect(try job.run(by: .commandLine(user: "ops"), in: target).auditEntries == 0)
        #expect(try trail(target).count == 5)
    }
}

/// A respondent answering from their link is in the trail once for the
/// server's session of their answers, under `respondent:ID`.
struct RespondentAuditTests {
    @Test func aRespondentsSavesOverSeveralRequestsAreOneEntry() throws {
        let workspace = try Samples.acmeWorkspace()
        let issued = try InvitationIssuing.issue(in: workspace, assessment: 1, invitees: [Invitee(name: "Cy Park", role: "executive")],
                                                 expires: nil, baseURL: "https://survey.example.org", by: .account("ben"))
        let token = try #require(issued.first?.link.components(separatedBy: "/r/").last)
        let desk = try RespondentDesk(workspace: workspace)
        guard case let .opened(invitation, session) = try desk.open(link: token) else {
            Issue.record("the link did not open")
            return
        }
        let respondent = try #require(try desk.respondent(invitation: invitation, sessionToken: session))
        _ = try desk.save([SubmittedAnswer(question: "STR-01", choice: "yes")], for: respondent, strict: true)
        _ = try desk.save([SubmittedAnswer(question: "STR-02", choice: "no", note: "not yet")], for: respondent, strict: true)
        let entries = try AuditTrail.entries(organisation: "acme-works", in: workspace)
        // The fixture's import (2 entries) and the invitation come first.
        #expect(entries.dropFirst(3).map { "\($0.actor) \($0.action) \($0.subject)" } == [
            "respondent:cy-park interview interview of Cy Park (cy-park, executive) in assessment 1",
        ])
    }
}
