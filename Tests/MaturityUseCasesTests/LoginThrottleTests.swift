import Foundation
import MaturityStore
import Testing
@testable import MaturityUseCases

/// The back-off and password rules, with the numbers of docs/web-workspace.md.
struct LoginThrottleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func waitsDoubleAfterTheFreeFailuresUpToTheCap() {
        let throttle = LoginThrottle.perAccount
        // 5 free: fewer failures cost nothing.
        #expect(throttle.wait(afterFailures: 0) == 0)
        #expect(throttle.wait(afterFailures: 4) == 0)
        // 1 s × 2^(n − 5): 5 → 1 s, 6 → 2 s, 10 → 2^5 = 32 s, 14 → 2^9 = 512 s.
        #expect(throttle.wait(afterFailures: 5) == 1)
        #expect(throttle.wait(afterFailures: 6) == 2)
        #expect(throttle.wait(afterFailures: 10) == 32)
        #expect(throttle.wait(afterFailures: 14) == 512)
        // 15 → 2^10 = 1024 s, over the 900 s cap; far past it stays at the cap.
        #expect(throttle.wait(afterFailures: 15) == 900)
        #expect(throttle.wait(afterFailures: 500) == 900)
    }

    @Test func anAddressHasTwentyFreeFailures() {
        #expect(LoginThrottle.perAddress.wait(afterFailures: 19) == 0)
        // 22 failures: 1 s × 2^(22 − 20) = 4 s.
        #expect(LoginThrottle.perAddress.wait(afterFailures: 22) == 4)
    }

    @Test func theWaitRunsFromTheLastFailure() {
        let throttle = LoginThrottle.perAccount
        // 7 failures a second apart, the last at start + 6 s: wait 2^(7 − 5) = 4 s,
        // so until start + 10 s.
        let failures = (0..<7).map { start.addingTimeInterval(Double($0)) }
        #expect(throttle.secondsToWait(failures: failures, now: start.addingTimeInterval(6)) == 4)
        // 2.5 s later 1.5 s remain, rounded up to 2.
        #expect(throttle.secondsToWait(failures: failures, now: start.addingTimeInterval(8.5)) == 2)
        #expect(throttle.secondsToWait(failures: failures, now: start.addingTimeInterval(10)) == 0)
    }

    @Test func failuresOutsideTheWindowAreForgotten() {
        // 6 failures, the first 2 more than an hour before now: for an
        // address only the last 4 count, fewer than 20, so no wait.
        let failures = [start, start.addingTimeInterval(1)] + (0..<4).map { start.addingTimeInterval(3600 + Double($0)) }
        #expect(LoginThrottle.perAddress.secondsToWait(failures: failures, now: start.addingTimeInterval(3604)) == 0)
        // Per account all 6 fall within 24 hours: wait 2 s from start + 3603 s.
        #expect(LoginThrottle.perAccount.secondsToWait(failures: failures, now: start.addingTimeInterval(3604)) == 1)
    }

    @Test func passwordsNeedLengthNotTricks() throws {
        try PasswordRules.check("correct horse battery", accountName: "ana")
        // "short words" is 11 characters.
        #expect(throws: AccountError.passwordRefused("use at least 12 characters (this one has 11); a few unrelated words make a good one")) {
            try PasswordRules.check("short words", accountName: "ana")
        }
        // 37 × "é" is 37 characters but 74 bytes of UTF-8.
        #expect(throws: AccountError.passwordRefused("use at most 72 bytes (this one has 74; a letter with an accent takes 2, most other scripts 3)")) {
            try PasswordRules.check(String(repeating: "é", count: 37), accountName: "ana")
        }
        #expect(throws: AccountError.passwordRefused("it must not contain the account name")) {
            try PasswordRules.check("my name is BenJones!", accountName: "benjones")
        }
        #expect(throws: AccountError.passwordRefused("use at least 4 different characters")) {
            try PasswordRules.check("abcabcabcabcabc", accountName: "ana")
        }
    }

    @Test func anAccentTypedAsTwoScalarsIsMeasuredAsOne() throws {
        // 70 ASCII letters and "e" + U+0301: 70 + 1 + 2 = 73 bytes as typed,
        // but NFC makes it "é" (2 bytes): 72 bytes, just accepted.
        let letters = String(repeating: "wxyz", count: 17) + "ab"
        try PasswordRules.check(letters + "e\u{301}", accountName: "ana")
        #expect(PasswordRules.normalised("cafe\u{301}") == "caf\u{E9}")
    }
}
