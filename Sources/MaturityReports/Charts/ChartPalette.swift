import Foundation

/// The colours of a report: the brand's, or the defaults.
struct ChartPalette: Sendable {
    var primary: String
    var accent: String

    static let defaultPrimary = "#1f4e79"
    static let defaultAccent = "#d9822b"

    init(primary: String? = nil, accent: String? = nil) {
        self.primary = primary ?? ChartPalette.defaultPrimary
        self.accent = accent ?? ChartPalette.defaultAccent
    }

    /// Colours for a series of assessments, oldest lightest, the latest the primary colour.
    func series(_ count: Int) -> [String] {
        let shades = ["#bcccdc", "#9fb3c8", "#627d98", primary]
        if count <= shades.count { return Array(shades.suffix(count)) }
        return Array(repeating: shades[0], count: count - shades.count) + shades
    }

    /// The primary colour laid over white at `share` (0 white … 1 the
    /// colour itself), as one solid colour: charts fill with it instead of
    /// an opacity, so that the text on it can be chosen for contrast.
    func shade(_ share: Double) -> String {
        let (r, g, b) = ChartPalette.rgb(primary) ?? (31, 78, 121)
        let t = max(0, min(1, share))
        func mix(_ channel: Int) -> Int { Int((255 - (255 - Double(channel)) * t).rounded()) }
        return ChartPalette.hex(mix(r), mix(g), mix(b))
    }

    /// Black or white, whichever contrasts more with `background`: at
    /// least 4.58 : 1 for any background, above the 4.5 : 1 WCAG AA asks of
    /// normal text.
    static func text(on background: String) -> String {
        let white = contrast("#ffffff", background), black = contrast("#000000", background)
        return white >= black ? "#ffffff" : "#000000"
    }

    /// `colour`, darkened towards black just enough for text on
    /// `background` to reach the 4.5 : 1 WCAG AA asks of normal text: a
    /// brand's accent stays recognisable in a heading's label, and stays
    /// readable. Unchanged when it already contrasts enough.
    static func readable(_ colour: String, on background: String = "#ffffff") -> String {
        guard let (r, g, b) = rgb(colour) else { return colour }
        var candidate = colour
        var darkness = 0.0
        while contrast(candidate, background) < 4.5 && darkness < 1 {
            darkness += 0.05
            func scale(_ channel: Int) -> Int { Int((Double(channel) * (1 - darkness)).rounded()) }
            candidate = hex(scale(r), scale(g), scale(b))
        }
        return candidate
    }

    /// The WCAG contrast ratio of two colours, 1 … 21.
    static func contrast(_ a: String, _ b: String) -> Double {
        let la = luminance(a), lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// WCAG relative luminance of a `#RRGGBB` or `#RGB` colour.
    static func luminance(_ colour: String) -> Double {
        guard let (r, g, b) = rgb(colour) else { return 0 }
        func linear(_ channel: Int) -> Double {
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    static func rgb(_ colour: String) -> (Int, Int, Int)? {
        var digits = String(colour.drop { $0 == "#" })
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
        return ((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff)
    }

    static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
        "#" + [r, g, b].map { String(max(0, min(255, $0)), radix: 16).leftPadded(to: 2) }.joined()
    }
}
