import Testing
@testable import MaturityKit

/// Brand files (`format: ospo/brand@1`): every field optional, colours and
/// data URIs checked, problems located.
struct BrandLoaderTests {
    @Test func readsEveryField() throws {
        let brand = try BrandLoader.load("""
        format: ospo/brand@1
        name: Lighthouse Advisory
        logo: images/logo.svg
        colours: { primary: "#204060", accent: "#c52" }
        confidentiality: "Confidential: for the board"
        templates: templates
        """, path: "brand.yaml")
        #expect(brand.name == "Lighthouse Advisory")
        #expect(brand.logo == "images/logo.svg")
        #expect(brand.primaryColour == "#204060")
        #expect(brand.accentColour == "#c52")
        #expect(brand.confidentiality == "Confidential: for the board")
        #expect(brand.templates == "templates")
        #expect(brand.source["logo"].line == 3)
    }

    @Test func anEmptyBrandIsValid() throws {
        #expect(try BrandLoader.load("format: ospo/brand@1\n", path: "b.yaml") == Brand(source: SourceMap(SourceLocation(file: "b.yaml", line: 1, column: 1))))
    }

    @Test func problemsAreLocated() {
        let error = #expect(throws: ContentError.self) {
            try BrandLoader.load("""
            format: ospo/brand@2
            logo: "data:text/html;base64,PHNjcmlwdD4="
            colours: { primary: "#12345" }
            """, path: "b.yaml")
        }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(messages.contains("b.yaml:1:9: error: expected a brand file (format: ospo/brand@1), found format 'ospo/brand@2'"))
        #expect(messages.contains { $0.hasPrefix("b.yaml:2:7: error: 'logo' is a data URI that is not a base64 image") })
        #expect(messages.contains("b.yaml:3:21: error: 'primary' must be a colour written as #RRGGBB or #RGB, found '#12345'"))
    }

    @Test func imageDataURIs() {
        #expect(Brand.isImageDataURI("data:image/png;base64,iVBORw0KGgo="))
        #expect(Brand.isImageDataURI("data:image/svg+xml;base64,PHN2Zz4="))
        #expect(!Brand.isImageDataURI("data:image/png,raw"))
        #expect(!Brand.isImageDataURI("data:text/html;base64,PHNjcmlwdD4="))
        #expect(!Brand.isImageDataURI("data:image/png;base64,\"><script>"))
        #expect(Brand.isColour("#abc") && Brand.isColour("#A0B1C2"))
        #expect(!Brand.isColour("red") && !Brand.isColour("#abcd") && !Brand.isColour("#ggg"))
    }
}
