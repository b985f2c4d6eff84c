import Testing
@testable import MaturityUseCases

/// The desk's box of invitees, one "name, role[, email]" a line.
@Suite struct DeskInviteeLinesTests {
    @Test func eachLineIsAPersonAndBlankLinesAreSkipped() throws {
        let invitees = try TeamDesk.invitees(fromLines: "Noor Haddad, security\n\n  Ivo Berg , developer, ivo@example.org \n")
        #expect(invitees == [Invitee(name: "Noor Haddad", role: "security", email: nil, location: "line 1"),
                             Invitee(name: "Ivo Berg", role: "developer", email: "ivo@example.org", location: "line 3")])
        #expect(try TeamDesk.invitees(fromLines: " \n").isEmpty)
    }

    @Test func aBrowsersLineBreaksSplitLinesToo() throws {
        // A text area posts CR LF; in Swift "\r\n" is one character, not "\n".
        let invitees = try TeamDesk.invitees(fromLines: "Rosa Lind, ospo-lead\r\nSam Okafor, executive\r\n")
        #expect(invitees == [Invitee(name: "Rosa Lind", role: "ospo-lead", email: nil, location: "line 1"),
                             Invitee(name: "Sam Okafor", role: "executive", email: nil, location: "line 2")])
    }

    @Test func aLineWithoutARoleOrWithTooManyFieldsIsRefusedWithItsNumber() {
        #expect(throws: DeskError.badInviteeLine(line: 2, "Noor Haddad")) {
            try TeamDesk.invitees(fromLines: "Ivo Berg, developer\nNoor Haddad")
        }
        #expect(throws: DeskError.badInviteeLine(line: 1, "A, b, c, d")) { try TeamDesk.invitees(fromLines: "A, b, c, d") }
        #expect(throws: DeskError.badInviteeLine(line: 1, ", developer")) { try TeamDesk.invitees(fromLines: ", developer") }
        #expect(DeskError.badInviteeLine(line: 2, "Noor Haddad").description
                == "line 2: 'Noor Haddad' needs a name and a role, as 'Jane Doe, engineer' (an email may follow)")
    }
}
