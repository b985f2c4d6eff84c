import Foundation
import MaturityKit
import MaturityReports

/// Reads a brand file and what it points to: the logo (inlined as a data
/// URI, so the report stays one self-contained file) and the templates
/// folder (every `NAME.mustache` in it replaces the built-in template NAME).
public enum BrandFiles {
    public static func load(path: String) throws -> (Brand, ReportTemplates) {
        var brand = try BrandLoader.load(try FileAccess.readText(path), path: path)
        let folder = (path as NSString).deletingLastPathComponent
        func resolve(_ relative: String) -> String {
            relative.hasPrefix("/") ? relative : (folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative))
        }
        if let logo = brand.logo, !logo.hasPrefix("data:") {
            let file = resolve(logo)
            let ext = (file as NSString).pathExtension.lowercased()
            guard let type = Brand.logoTypes[ext] else {
                throw ContentError([.error(brand.source["logo"], "the logo '\(logo)' is not a png, jpeg, gif, webp or svg file; convert it or give a data URI")])
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ContentError([.error(brand.source["logo"], "cannot read the logo '\(file)'; check the path (it is relative to the brand file)")])
            }
            brand.logo = "data:\(type);base64," + data.base64EncodedString()
        }
        var overrides: [String: String] = [:]
        if let templates = brand.templates {
            let directory = resolve(templates)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                throw ContentError([.error(brand.source["templates"], "the templates folder '\(directory)' does not exist; check the path (it is relative to the brand file)")])
            }
            for name in names.sorted() where name.hasSuffix(".mustache") {
                overrides[String(name.dropLast(".mustache".count))] = try FileAccess.readText((directory as NSString).appendingPathComponent(name))
            }
        }
        do {
            return (brand, try ReportTemplates(overrides: overrides))
        } catch {
            throw ContentError([.error(brand.source["templates"], error.description)])
        }
    }
}
