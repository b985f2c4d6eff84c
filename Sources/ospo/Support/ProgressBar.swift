import Foundation

/// A one-line progress bar on standard error for long imports, drawn only
/// when standard error is a terminal, so pipes and CI logs stay clean.
final class ProgressBar {
    private let total: Int
    private let enabled: Bool
    private var lastDraw = Date.distantPast

    init(total: Int) {
        self.total = total
        self.enabled = isatty(STDERR_FILENO) != 0 && total > 1_000_000
    }

    func update(rows: Int, bytes: Int) {
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = Date()
        let fraction = total > 0 ? min(1, Double(bytes) / Double(total)) : 0
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(Int(fraction * 100))%  \(rows) rows".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
