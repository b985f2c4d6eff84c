import Foundation

/// How long a login must wait after failed ones: a number of free failures,
/// then a wait that doubles with each further failure, up to a cap. Pure, so
/// that the numbers in docs/web-workspace.md are tested as written.
public struct LoginThrottle: Sendable, Equatable {
    /// Failures that cost nothing: typing mistakes.
    public var freeFailures: Int
    /// Failures older than this are forgotten.
    public var window: TimeInterval
    /// The wait after the first failure past the free ones; doubled for each one after.
    public var firstWait: TimeInterval
    /// The longest wait.
    public var longestWait: TimeInterval

    public init(freeFailures: Int, window: TimeInterval, firstWait: TimeInterval, longestWait: TimeInterval) {
        self.freeFailures = freeFailures
        self.window = window
        self.firstWait = firstWait
        self.longestWait = longestWait
    }

    /// Per account name: 5 free failures, failures of the last 24 hours since
    /// the last successful login, then 1 s doubling to at most 15 minutes.
    public static let perAccount = LoginThrottle(freeFailures: 5, window: 24 * 3600, firstWait: 1, longestWait: 15 * 60)
    /// Per address: 20 free failures in the last hour (an office may share
    /// one address), then 1 s doubling to at most 15 minutes.
    public static let perAddress = LoginThrottle(freeFailures: 20, window: 3600, firstWait: 1, longestWait: 15 * 60)

    /// The wait after `count` failures: none up to the free ones, then
    /// `firstWait × 2^(count − freeFailures)`, at most `longestWait`.
    public func wait(afterFailures count: Int) -> TimeInterval {
        guard count >= freeFailures else { return 0 }
        let doublings = count - freeFailures
        // Past 2^30 the cap has long been reached; stop before the power overflows.
        guard doublings < 30 else { return longestWait }
        return min(longestWait, firstWait * Double(1 << doublings))
    }

    /// Seconds still to wait at `now` after `failures` (times, oldest first,
    /// already limited to the window), rounded up; 0 when a login may be tried.
    public func secondsToWait(failures: [Date], now: Date) -> Int {
        let recent = failures.filter { now.timeIntervalSince($0) < window }
        guard let last = recent.last else { return 0 }
        let remaining = last.addingTimeInterval(wait(afterFailures: recent.count)).timeIntervalSince(now)
        return remaining > 0 ? Int(remaining.rounded(.up)) : 0
    }
}
