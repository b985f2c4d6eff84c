import Crypto
import Foundation

/// The Content-Security-Policy of a report's HTML served by the web
/// workspace. A report is one self-contained document with its own
/// `<style>` blocks, `style` attributes (bar widths) and inline SVG, which
/// the workspace's own policy (no inline style) would leave unstyled. This
/// policy allows exactly the styles the document holds, by their SHA-256
/// digests, data: images (a brand's logo), no script, no form, no request
/// anywhere, and framing by the workspace's own pages only.
public enum ReportFramePolicy {
    /// The policy for `html`, computed from its text each time, so that a
    /// style the document does not hold (injected or changed) is refused.
    public static func contentSecurityPolicy(for html: String) -> String {
        let blocks = matches(of: #"<style[^>]*>(.*?)</style>"#, in: html)
        // Attribute values are hashed as the browser reads them; the
        // reports write plain `width:34%`, with no character reference.
        let attributes = Set(matches(of: #"\sstyle="([^"&]*)""#, in: html)).sorted()
        var sources = blocks.map(digest)
        if !attributes.isEmpty { sources += ["'unsafe-hashes'"] + attributes.map(digest) }
        let style = sources.isEmpty ? "'none'" : sources.joined(separator: " ")
        return "default-src 'none'; style-src \(style); img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'"
    }

    /// `'sha256-…'` of `text`, as a policy names an allowed inline style.
    static func digest(_ text: String) -> String {
        "'sha256-\(Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString())'"
    }

    /// The first capture group of every match of `pattern`, across lines.
    private static func matches(of pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: whole).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
