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
}
