import MaturityKit

/// The parts every report page shares: titles and the brand.
struct PageView {
    var kind: String
    var title: String
    var organisation: String
    var subtitle: String
    var brandName: String?
    /// A validated `data:image/…;base64,…` URI.
    var logo: String?
    var confidentiality: String?
    /// The confidentiality line as a CSS string body (every character that
    /// could end the string or the style element hex-escaped), for the
    /// running footer of printed pages.
    var confidentialityCSS: String
    var primary: String
    var accent: String
    /// The accent as text on white (headings' labels), darkened just enough to read.
    var accentText: String
    /// The report's one date style.
    var dates: ReportDates
    /// Whether ids are shown beside titles (the consultant's working copy).
    var showIds: Bool
    /// The model converted content came from, for the footer ("OWASP SAMM
    /// 2.0.3 (CC-BY-SA-4.0)"); set by the reports of one assessment.
    var source: String?

    init(kind: ReportKind, organisation: String, subtitle: String, brand: Brand, options: ReportOptions = ReportOptions()) {
        self.kind = kind.rawValue
        self.title = kind.title
        self.organisation = organisation
        self.subtitle = subtitle
        self.brandName = brand.name
        self.logo = brand.logo.flatMap { Brand.isImageDataURI($0) ? $0 : nil }
        self.confidentiality = brand.confidentiality
        self.confidentialityCSS = PageView.cssString(brand.confidentiality ?? "")
        self.primary = brand.primaryColour.flatMap { Brand.isColour($0) ? $0 : nil } ?? ChartPalette.defaultPrimary
        self.accent = brand.accentColour.flatMap { Brand.isColour($0) ? $0 : nil } ?? ChartPalette.defaultAccent
        self.accentText = ChartPalette.readable(accent)
        self.dates = options.dates
        self.showIds = options.showIds
    }

    var palette: ChartPalette { ChartPalette(primary: primary, accent: accent) }


    /// Letters, digits, spaces and harmless punctuation as they are; every
    /// other character as a CSS hex escape (`\00003C `).
    static func cssString(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let safe = (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                || " .,:;!?-_()/".unicodeScalars.contains(scalar)
            if safe {
                out.unicodeScalars.append(scalar)
            } else {
                out += "\\" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 6) + " "
            }
        }
        return out
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
