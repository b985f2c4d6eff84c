/// How a consultancy brands its reports (`format: ospo/brand@1`): its name,
/// logo, colours, a confidentiality line, and a folder of templates that
/// replace the built-in ones by name. Every field is optional; the reports
/// look finished without any of them.
public struct Brand: Sendable, Hashable {
    /// The consultancy's (or the OSPO's) name, shown in every report's header.
    public var name: String?
    /// A `data:image/…;base64,…` URI, or a path to an image file relative
    /// to the brand file (the command line turns a path into a data URI, so
    /// the report stays self-contained).
    public var logo: String?
    /// `#RRGGBB` or `#RGB`: headings, rules and the "current" series of charts.
    public var primaryColour: String?
    /// `#RRGGBB` or `#RGB`: the "target" series of charts and highlights.
    public var accentColour: String?
    /// A line such as "Confidential: prepared for Northwind Agency", printed
    /// at the top and bottom of every page.
    public var confidentiality: String?
    /// A folder of `NAME.FORMAT.mustache` files (for example
    /// `executive.html.mustache`), relative to the brand file.
    public var templates: String?
    public var source: SourceMap

    public init(name: String? = nil, logo: String? = nil, primaryColour: String? = nil, accentColour: String? = nil,
                confidentiality: String? = nil, templates: String? = nil, source: SourceMap = SourceMap()) {
        self.name = name
        self.logo = logo
        self.primaryColour = primaryColour
        self.accentColour = accentColour
        self.confidentiality = confidentiality
        self.templates = templates
        self.source = source
    }

    /// The format key of a brand file.
    public static let format = "ospo/brand@1"

    /// Whether `text` is a colour the reports accept: `#` and 3 or 6 hex digits.
    public static func isColour(_ text: String) -> Bool {
        guard text.hasPrefix("#") else { return false }
        let digits = text.dropFirst()
        return (digits.count == 3 || digits.count == 6) && digits.allSatisfy(\.isHexDigit)
    }

    /// The image types a logo may have, by file extension.
    public static let logoTypes = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
                                   "gif": "image/gif", "webp": "image/webp", "svg": "image/svg+xml"]

    /// Whether `text` is a base64 data URI of one of `logoTypes`.
    public static func isImageDataURI(_ text: String) -> Bool {
        guard text.hasPrefix("data:"), let comma = text.firstIndex(of: ",") else { return false }
        let header = text[text.index(text.startIndex, offsetBy: 5)..<comma]
        guard header.hasSuffix(";base64") else { return false }
        let type = header.dropLast(";base64".count)
        guard Brand.logoTypes.values.contains(String(type)) else { return false }
        return text[text.index(after: comma)...].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "/" || $0 == "=") }
    }
}
