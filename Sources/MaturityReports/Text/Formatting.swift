import Foundation
import MaturityKit

/// Number and text formatting shared by the renderers.
enum Fmt {
    /// A score with two decimals, or an em dash when there is none.
    static func score(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.2f", value)
    }

    static func percent(_ value: Double) -> String {
        String(format: "%.0f%%", (value * 100).rounded())
    }

    static func value(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.2f", value)
    }

    static func number(_ value: Double) -> String { formatNumber(value) }

    /// Pads to a display width (counting characters, not bytes).
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }

    static func levelText(_ level: Int?, _ name: String?) -> String {
        guard let level else { return "unassessed" }
        return "\(level) \(name ?? "")".trimmingCharacters(in: .whitespaces)
    }
}
