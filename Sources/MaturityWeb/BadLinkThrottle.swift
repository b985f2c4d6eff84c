import Foundation

/// Slows down an address that keeps opening bad links: after `allowed`
/// failures within ten minutes, each further one waits longer (up to five
/// seconds), so guessing links costs time while a mistyped one does not.
actor BadLinkThrottle {
    private var failures: [String: [Date]] = [:]
    let allowed: Int
    let stepMilliseconds: Int

    init(allowed: Int, stepMilliseconds: Int) {
        self.allowed = allowed
        self.stepMilliseconds = stepMilliseconds
    }

    /// Records a bad link from `address` and returns how long to wait before answering.
    func failure(from address: String, at now: Date = Date()) -> Duration {
        let recent = (failures[address] ?? []).filter { now.timeIntervalSince($0) < 600 } + [now]
        failures[address] = recent
        if failures.count > 10_000 { failures = failures.filter { now.timeIntervalSince($0.value.last ?? now) < 600 } }
        let beyond = recent.count - allowed
        guard beyond > 0 else { return .zero }
        return .milliseconds(min(5_000, beyond * stepMilliseconds))
    }
}
