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

    /// A quantity in its unit: "90%", "2 days", "1 hour", "12 points".
    /// A money measure shows its currency (`50000 EUR`), or "(currency)" when its content names none.
    static func quantity(_ value: Double, _ unit: MeasureUnit, currency: String? = nil) -> String {
        let number = formatNumber(value)
        switch unit {
        case .percent: return number + "%"
        case .days: return number + (value == 1 ? " day" : " days")
        case .hours: return number + (value == 1 ? " hour" : " hours")
        case .currency: return number + " " + (currency ?? "(currency)")
        case .score: return number + " points"
        case .count, .ratio: return number
        }
    }

    /// A reading or a forecast with at most two decimals, so 66.6666 shows as 66.67.
    static func reading(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    /// A change with its sign and two decimals: "+1.00", "-0.50"; "0.00"
    /// for none (never "-0.00" for a difference lost in rounding).
    static func signed(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == 0 ? "0.00" : String(format: "%+.2f", rounded)
    }

    /// "1 answer", "2 answers".
    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    static func levelText(_ level: Int?, _ name: String?) -> String {
        guard let level else { return "unassessed" }
        return "\(level) \(name ?? "")".trimmingCharacters(in: .whitespaces)
    }
}
