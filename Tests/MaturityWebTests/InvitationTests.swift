import Foundation
import MaturityKit
import MaturityStore
import Testing
@testable import MaturityUseCases
@testable import MaturityWeb

@Suite struct InvitationTests {
    @Test func aLinkCarries256RandomBitsAndOnlyItsHashIsKept() throws {
        let fixture = try WebFixture()
        let ada = try fixture.invite("Ada Stone")
        // 32 bytes in unpadded base64: ceil(32 × 8 / 6) = 43 characters.
        #expect(ada.token.count == 43)
        let stored = try #require(try fixture.workspace.invitations(assessment: fixture.assessment).first)
        #expect(stored.tokenHash == SecretToken.hash(ada.token))
        #expect(stored.tokenHash != ada.token)
        #expect(stored.respondentKey == "ada-stone")
        #expect(SecretToken.make() != SecretToken.make())
    }

    @Test func sha256MatchesAKnownValue() {
        // FIPS 180-2's example: SHA-256("abc").
        #expect(SecretToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func aSecondLinkForTheSameRespondentIsRefusedUntilTheFirstIsRevoked() throws {
        let fixture = try WebFixture()
        let first = try fixture.invite("Ada Stone")
        #expect(throws: InvitationError.alreadyInvited(respondent: "ada-stone", assessment: fixture.assessment, invitation: first.id)) {
            try fixture.invite("Ada Stone")
        }
        #expect(try InvitationIssuing.revoke(first.id, in: fixture.workspace)
            == "revoked invitation \(first.id) of Ada Stone (assessment \(fixture.assessment)); its link and sessions no longer open")
        #expect(throws: InvitationError.alreadyRevoked(first.id)) { try InvitationIssuing.revoke(first.id, in: fixture.workspace) }
        _ = try fixture.invite("Ada Stone")
    }

    @Test func anUnknownRoleAndAPastExpiryAreRefused() throws {
        let fixture = try WebFixture()
        #expect(throws: InviteError.invitee(name: "Ada Stone", reason: "unknown role 'boss' (questionnaire 'ospo-interview' has community-manager, compliance-engineer, developer, engineering-manager, executive, finance, hr, legal, ospo-lead, procurement, product-manager, psirt, risk-audit, security)", at: nil)) {
            try fixture.invite("Ada Stone", role: "boss")
        }
        #expect(throws: InviteError.expiryPast("2026-11-19", today: "2026-11-20")) {
            try fixture.invite("Ada Stone", expires: CalendarDate(year: 2026, month: 11, day: 19))
        }
        #expect(try fixture.workspace.invitations(assessment: nil).isEmpty)
    }

    @Test func theInviteesFileIsReadByItsHeader() throws {
        let people = try InviteeList.parse("email,name,role\nada@example.org,Ada Stone,executive\n,Bo Lind,legal\n", path: "people.csv")
        #expect(people == [Invitee(name: "Ada Stone", role: "executive", email: "ada@example.org", location: "people.csv:2"),
                           Invitee(name: "Bo Lind", role: "legal", location: "people.csv:3")])
        #expect(throws: InviteError.file(path: "people.csv", row: 3, message: "no role for 'Bo Lind'; every row needs a name and a role")) {
            try InviteeList.parse("name,role\nAda Stone,executive\nBo Lind,\n", path: "people.csv")
        }
        #expect(throws: InviteError.file(path: "people.csv", row: 1, message: "the header needs the columns 'name' and 'role' (and may have 'email')")) {
            try InviteeList.parse("who,what\nAda,executive\n", path: "people.csv")
        }
    }

    @Test func badLinksWaitLongerBeyondThoseAllowed() async {
        let throttle = BadLinkThrottle(allowed: 2, stepMilliseconds: 500)
        let start = Date(timeIntervalSince1970: 1_000_000)
        // Two allowed at once; then 1 × 500 ms, 2 × 500 ms, … capped at 5 s.
        #expect(await throttle.failure(from: "192.0.2.1", at: start) == .zero)
        #expect(await throttle.failure(from: "192.0.2.1", at: start) == .zero)
        #expect(await throttle.failure(from: "192.0.2.1", at: start) == .milliseconds(500))
        #expect(await throttle.failure(from: "192.0.2.1", at: start) == .milliseconds(1_000))
        #expect(await throttle.failure(from: "192.0.2.9", at: start) == .zero)
        for _ in 0..<20 { _ = await throttle.failure(from: "192.0.2.1", at: start) }
        #expect(await throttle.failure(from: "192.0.2.1", at: start) == .seconds(5))
        // Ten minutes later the earlier failures no longer count.
        #expect(await throttle.failure(from: "192.0.2.1", at: start.addingTimeInterval(601)) == .zero)
    }

    @Test func theMailMergeFileHasOneRowAPerson() {
        let text = IssuedInvitation.mailMerge([IssuedInvitation(id: 1, name: "Stone, Ada", role: "executive", email: nil,
                                                                link: "https://s.example/r/abc", expiresOn: "2026-12-01")])
        // RFC 4180: CRLF line ends; the comma in the name makes it quoted.
        #expect(text == "invitation,name,role,email,link,expires\r\n1,\"Stone, Ada\",executive,,https://s.example/r/abc,2026-12-01\r\n")
    }
}
