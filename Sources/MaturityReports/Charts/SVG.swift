import Foundation

/// A small SVG writer for the report charts: elements are appended as text,
/// every piece of text is escaped, and every number is written with at most
/// one decimal so the output is the same bytes on every machine.
struct SVG {
    private(set) var body = ""
    let width: Double
    let height: Double
    /// The top of the drawing (the view box's y), below 0 when content was
    /// placed above the first planned row.
    let originY: Double

    init(width: Double, height: Double, originY: Double = 0) {
        self.width = width
        self.height = height
        self.originY = originY
    }

    /// One decimal, no trailing ".0", no "-0".
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == 0 { return "0" }
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    mutating func raw(_ text: String) { body += text }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       stroke: String? = nil, strokeWidth: Double = 1, radius: Double = 0, opacity: Double? = nil,
                       dash: String? = nil) {
        var text = "<rect x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" width=\"\(Self.n(max(0, width)))\" height=\"\(Self.n(max(0, height)))\" fill=\"\(fill)\""
        if radius > 0 { text += " rx=\"\(Self.n(radius))\"" }
        if let stroke { text += " stroke=\"\(stroke)\" stroke-width=\"\(Self.n(strokeWidth))\"" }
        if let dash { text += " stroke-dasharray=\"\(dash)\"" }
        if let opacity { text += " fill-opacity=\"\(String(format: "%.2f", opacity))\"" }
        body += text + "/>"
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil) {
        var text = "<line x1=\"\(Self.n(x1))\" y1=\"\(Self.n(y1))\" x2=\"\(Self.n(x2))\" y2=\"\(Self.n(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\""
        if let dash { text += " stroke-dasharray=\"\(dash)\"" }
        body += text + "/>"
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 2, dash: String? = nil,
                           fill: String = "none", fillOpacity: Double? = nil, closed: Bool = false) {
        let list = points.map { "\(Self.n($0.0)),\(Self.n($0.1))" }.joined(separator: " ")
        var text = "<\(closed ? "polygon" : "polyline") points=\"\(list)\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"\(Self.n(width))\" stroke-linejoin=\"round\""
        if let fillOpacity { text += " fill-opacity=\"\(String(format: "%.2f", fillOpacity))\"" }
        if let dash { text += " stroke-dasharray=\"\(dash)\"" }
        body += text + "/>"
    }

    mutating func circle(_ x: Double, _ y: Double, r: Double, fill: String, stroke: String? = nil) {
        var text = "<circle cx=\"\(Self.n(x))\" cy=\"\(Self.n(y))\" r=\"\(Self.n(r))\" fill=\"\(fill)\""
        if let stroke { text += " stroke=\"\(stroke)\" stroke-width=\"1.5\"" }
        body += text + "/>"
    }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ content: String, x: Double, y: Double, size: Double = 11, anchor: Anchor = .start,
                       fill: String = SVG.ink, weight: String? = nil, baseline: String? = nil) {
        var text = "<text x=\"\(Self.n(x))\" y=\"\(Self.n(y))\" font-size=\"\(Self.n(size))\""
        if anchor != .start { text += " text-anchor=\"\(anchor.rawValue)\"" }
        if fill != SVG.ink { text += " fill=\"\(fill)\"" }
        if let weight { text += " font-weight=\"\(weight)\"" }
        if let baseline { text += " dominant-baseline=\"\(baseline)\"" }
        body += text + ">\(HTMLText.escape(content))</text>"
    }

    /// A legend row of swatches and labels from (x, y); each entry is
    /// (label, colour, dashed).
    mutating func legend(_ entries: [(String, String, Bool)], x: Double, y: Double, size: Double = 11) {
        var cursor = x
        for (label, colour, dashed) in entries {
            if dashed {
                line(cursor, y - size * 0.36, cursor + 18, y - size * 0.36, stroke: colour, width: 2.5, dash: "5 3")
            } else {
                rect(x: cursor, y: y - size * 0.82, width: 18, height: size * 0.9, fill: colour, radius: 2)
            }
            text(label, x: cursor + 23, y: y, size: size)
            cursor += 23 + SVG.textWidth(label, size: size) + 18
        }
    }

    /// Splits a label into at most `lines` lines of about `width` points,
    /// the last one shortened with "…" when it still does not fit.
    static func wrap(_ text: String, width: Double, size: Double, lines: Int = 2) -> [String] {
        let limit = max(4, Int(width / (size * 0.56)))
        var out: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if candidate.count <= limit || current.isEmpty {
                current = candidate
            } else {
                out.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { out.append(current) }
        if out.count > lines {
            let rest = out[(lines - 1)...].joined(separator: " ")
            out = Array(out.prefix(lines - 1)) + [fit(rest, width: width, size: size)]
        }
        return out.map { fit($0, width: width, size: size) }
    }

    /// An estimate of the width of a label in the report font, for layout.
    static func textWidth(_ text: String, size: Double) -> Double { Double(text.count) * size * 0.56 }

    /// Shortens a label to about `width` points, ending in "…".
    static func fit(_ text: String, width: Double, size: Double) -> String {
        let maxCharacters = max(4, Int(width / (size * 0.56)))
        guard text.count > maxCharacters else { return text }
        return String(text.prefix(maxCharacters - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The whole chart: a titled, described SVG that scales to its container.
    func render(title: String, description: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 \(Self.n(originY)) \(Self.n(width)) \(Self.n(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" class=\"chart\">"
            + "<title>\(HTMLText.escape(title))</title><desc>\(HTMLText.escape(description))</desc>"
            + "<g font-family=\"'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif\" fill=\"\(SVG.ink)\">"
            + body + "</g></svg>"
    }

    // MARK: - Palette

    static let ink = "#1f2933"
    static let muted = "#616e7c"
    static let grid = "#d9dee3"
    static let faint = "#f1f4f7"
}
