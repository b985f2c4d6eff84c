/// Collects diagnostics, keeping the first thousand so that a file that is
/// wrong on every row still reports quickly; the last kept one then says how
/// many more were found.
public struct DiagnosticCollector: Sendable {
    /// How many diagnostics are kept.
    public static let limit = 1_000
    /// The diagnostics kept, in the order found.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Diagnostics found beyond the limit.
    public private(set) var dropped = 0
    /// True once an error (not only a warning) was added.
    public private(set) var hasErrors = false

    /// An empty collector.
    public init() {}

    /// True while nothing (error or warning) was added.
    public var isEmpty: Bool { diagnostics.isEmpty }

    /// Adds a diagnostic, or counts it once the limit is reached.
    public mutating func add(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error { hasErrors = true }
        if diagnostics.count < Self.limit {
            diagnostics.append(diagnostic)
        } else {
            dropped += 1
            if dropped == 1 || dropped % 1000 == 0 {
                diagnostics[Self.limit - 1] = .error(diagnostic.location, "… and \(dropped) more problems after this one")
            }
        }
    }
}
