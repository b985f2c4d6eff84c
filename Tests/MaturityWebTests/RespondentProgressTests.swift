import Foundation
import MaturityKit
import MaturityStore
import Testing
@testable import MaturityUseCases
@testable import MaturityWeb

/// What a save answers the page's script: the questions asked and the
/// progress, kept between saves by the desk and decided again only when a
/// follow-up's condition names the question saved. Each step is checked
/// against the whole questionnaire page, which is built from scratch.
@Suite struct RespondentProgressTests {
    static func signIn(_ fixture: WebFixture, _ token: String) throws -> WebRespondent {
        var opened: (invitation: String, session: String)?
        if case let .opened(invitation, session) = try fixture.desk.open(link: token) { opened = (invitation, session) }
        let link = try #require(opened)
        return try #require(try fixture.desk.respondent(invitation: link.invitation, sessionToken: link.session))
    }

    /// The progress as the whole page tells it.
    static func page(_ fixture: WebFixture, _ respondent: WebRespondent) throws -> RespondentProgress {
        let form = try fixture.desk.questionnaire(for: respondent)
        let asked = form.sections.flatMap(\.questions).filter(\.isAsked).map(\.question.id)
        let answered = form.sections.flatMap(\.questions).filter { $0.isAsked && $0.answer != nil }.count
        #expect((form.answered, form.total) == (answered, asked.count))
        return RespondentProgress(asked: asked, answered: answered, total: asked.count)
    }

    static func save(_ fixture: WebFixture, _ respondent: WebRespondent, _ question: String, _ choice: String) throws -> RespondentProgress {
        let progress = try fixture.desk.save([SubmittedAnswer(question: question, choice: choice)], for: respondent, strict: true)
        #expect(progress == (try page(fixture, respondent)))
        return progress
    }

    @Test func aFollowUpOpensClosesAndOpensAgainWithItsAnswerCountedOnlyWhileAsked() throws {
        let fixture = try WebFixture()
        let ada = try Self.signIn(fixture, try fixture.invite("Ada Stone").token)
        let start = try Self.page(fixture, ada)
        #expect(!start.asked.contains("STR-04") && start.answered == 0)
        let total = start.total
        // A "yes" to STR-03 opens its follow-ups, STR-04 among them: four
        // more questions put to an executive.
        let opened = try Self.save(fixture, ada, "STR-03", "yes")
        let followUps = Set(opened.asked).subtracting(start.asked)
        #expect(followUps.contains("STR-04") && followUps.count == 4)
        #expect((opened.answered, opened.total) == (1, total + 4))
        #expect((try Self.save(fixture, ada, "STR-04", "yes")).answered == 2)
        // Another answer to a question no condition names changes only the count.
        let other = try Self.save(fixture, ada, "STR-01", "yes")
        #expect((other.answered, other.total) == (3, total + 4))
        // STR-03 turned to "no": its follow-ups and STR-04's answer no longer count (3 − 1 = 2).
        let closed = try Self.save(fixture, ada, "STR-03", "no")
        #expect(!closed.asked.contains("STR-04"))
        #expect((closed.answered, closed.total) == (2, total))
        // Back to "yes": STR-04 is asked again with the answer it kept.
        let reopened = try Self.save(fixture, ada, "STR-03", "yes")
        #expect((reopened.answered, reopened.total) == (3, total + 4))
    }

    @Test func aSavedAnswerChangedAgainCountsOnce() throws {
        let fixture = try WebFixture()
        let ada = try Self.signIn(fixture, try fixture.invite("Ada Stone").token)
        _ = try Self.save(fixture, ada, "STR-01", "yes")
        let changed = try Self.save(fixture, ada, "STR-01", "no")
        #expect(changed.answered == 1)
        let same = try Self.save(fixture, ada, "STR-01", "no")
        #expect(same == changed)
    }

    @Test func anAnswerSavedByAnotherCommandIsInTheNextProgress() throws {
        let fixture = try WebFixture()
        let ada = try Self.signIn(fixture, try fixture.invite("Ada Stone").token)
        _ = try Self.save(fixture, ada, "STR-01", "yes")
        // As `ospo interview` would, on the same workspace: the desk reads again.
        let interview = try fixture.workspace.interview(assessment: fixture.assessment, respondent: "Ada Stone", role: "executive")
        try interview.record(Answer(.option("yes")), to: "STR-03")
        let after = try Self.save(fixture, ada, "STR-04", "yes")
        // STR-01, STR-03 (from the interview) and STR-04.
        #expect(after.answered == 3)
        #expect(after.asked.contains("STR-04"))
    }
}
