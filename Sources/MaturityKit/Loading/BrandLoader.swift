/// Loads a brand file (`format: ospo/brand@1`), reporting every problem
/// with its line and column.
///
/// ```yaml
/// format: ospo/brand@1
/// name: Harbour Consulting
/// logo: logo.png            # or data:image/png;base64,…
/// colours: { primary: "#1f3a5f", accent: "#d9822b" }
/// confidentiality: "Confidential: prepared for the client's executive board"
/// templates: templates      # optional folder of NAME.FORMAT.mustache files
/// ```
public enum BrandLoader {
    public static func load(_ text: String, path: String) throws -> Brand {
        let reader = YAMLReader(file: path)
        guard let root = reader.compose(text), let map = reader.mapping(root, what: "a mapping of keys at the top of the file") else {
            throw ContentError(reader.diagnostics)
        }
        var brand = Brand(source: SourceMap(map.location))
        if let formatNode = map.required("format"), let format = reader.string(formatNode), format != Brand.format {
            reader.error(formatNode, "expected a brand file (format: \(Brand.format)), found format '\(format)'")
        }
        brand.name = map.optional("name").flatMap(reader.text)
        if let node = map.optional("logo"), let logo = reader.text(node) {
            brand.source["logo"] = reader.location(of: node)
            if logo.hasPrefix("data:") && !Brand.isImageDataURI(logo) {
                reader.error(node, "'logo' is a data URI that is not a base64 image (png, jpeg, gif, webp or svg); give a path to the image file instead")
            }
            brand.logo = logo
        }
        if let node = map.optional("colours"), let colours = reader.mapping(node, what: "colours ({primary, accent})") {
            for key in ["primary", "accent"] {
                guard let value = colours.optional(key), let colour = reader.text(value) else { continue }
                if Brand.isColour(colour) {
                    if key == "primary" { brand.primaryColour = colour } else { brand.accentColour = colour }
                } else {
                    reader.error(value, "'\(key)' must be a colour written as #RRGGBB or #RGB, found '\(colour)'")
                }
            }
            colours.finish()
        }
        brand.confidentiality = map.optional("confidentiality").flatMap(reader.text)
        if let node = map.optional("templates"), let folder = reader.text(node) {
            brand.source["templates"] = reader.location(of: node)
            brand.templates = folder
        }
        map.finish()
        if reader.diagnostics.hasErrors { throw ContentError(reader.diagnostics) }
        return brand
    }
}
