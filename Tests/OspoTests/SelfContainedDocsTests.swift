import Foundation
import Testing

/// The project's docs stand alone: nothing in README.md, docs/, Sources/ or
/// Tests/ points to the developers' design notes outside the repository, and
/// every relative Markdown link in README.md and docs/*.md reaches a file or
/// folder of the repository.
struct SelfContainedDocsTests {
    static let root = CommandLineTests.root

    /// Built by concatenation so that this file does not contain them whole.
    static let needles = ["DESIGN" + ".md", ".." + "/shared", "shared" + "/" + "DESIGN", "DESIGN" + " formula"]

    /// Every file under the folders, with its path relative to the root, sorted.
    static func files(under folders: [String]) -> [String] {
        var paths: [String] = []
        for folder in folders {
            let url = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let file as URL in walker where (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                paths.append(folder + "/" + file.path.dropFirst(url.path.count + 1))
            }
        }
        return paths.sorted()
    }

    static func text(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
    }

    /// `path:line: "needle"` for every line of `text` that holds a needle.
    static func outsideReferences(in text: String, path: String) -> [String] {
        var found: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for needle in needles where line.contains(needle) {
                found.append("\(path):\(index + 1): \"\(needle)\"")
            }
        }
        return found
    }

    /// The targets of the inline links and images of a Markdown text that
    /// point into the repository: not http(s), not mailto, not a bare
    /// `#anchor`. Fenced code blocks are skipped: what they hold is not a link.
    static func relativeLinks(in markdown: String) -> [(line: Int, target: String)] {
        var links: [(line: Int, target: String)] = []
        var inFence = false
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("```") {
                inFence.toggle()
                continue
            }
            if inFence { continue }
            var rest = Substring(line)
            while let open = rest.range(of: "](") {
                let after = rest[open.upperBound...]
                guard let close = after.firstIndex(of: ")") else { break }
                // `[x](target "title")`: the target is the first word.
                let target = after[..<close].split(separator: " ").first.map(String.init) ?? ""
                rest = after[close...]
                let lower = target.lowercased()
                if target.isEmpty || target.hasPrefix("#") || lower.hasPrefix("http://") || lower.hasPrefix("https://")
                    || lower.hasPrefix("mailto:") {
                    continue
                }
                links.append((index + 1, target))
            }
        }
        return links
    }

    /// Whether a link target, relative to the Markdown file at `path`, names a
    /// file or folder of the repository (its `#anchor` is not checked).
    static func exists(_ target: String, from path: String) -> Bool {
        let bare = String(target.prefix { $0 != "#" && $0 != "?" })
        let decoded = bare.removingPercentEncoding ?? bare
        let folder = root.appendingPathComponent(path).deletingLastPathComponent()
        let resolved = folder.appendingPathComponent(decoded).standardizedFileURL
        // A link that climbs out of the repository does not stay in it, even if it resolves.
        guard resolved.path.hasPrefix(root.standardizedFileURL.path + "/") else { return false }
        return FileManager.default.fileExists(atPath: resolved.path)
    }

    static var markdownFiles: [String] {
        ["README.md"] + files(under: ["docs"]).filter { $0.hasSuffix(".md") }
    }

    @Test func nothingRefersToFilesOutsideTheRepository() throws {
        let me = "Tests/OspoTests/SelfContainedDocsTests.swift"
        let paths = ["README.md"] + Self.files(under: ["docs", "Sources", "Tests"]).filter { $0 != me }
        // The walk must have found the project: the scoring docs, this file's
        // neighbours, the sources.
        #expect(paths.contains("docs/scoring.md"))
        #expect(paths.contains("Sources/MaturityKit/Scoring/ScoringEngine.swift"))
        #expect(paths.contains("Tests/OspoTests/CommandLineTests.swift"))
        var found: [String] = []
        for path in paths { found += Self.outsideReferences(in: try Self.text(path), path: path) }
        #expect(found == [], "refer to the project's own docs instead:\n\(found.joined(separator: "\n"))")
    }

    @Test func everyRelativeLinkInTheDocsReachesAFile() throws {
        var checked = 0
        var broken: [String] = []
        for path in Self.markdownFiles {
            for link in Self.relativeLinks(in: try Self.text(path)) {
                checked += 1
                if !Self.exists(link.target, from: path) { broken.append("\(path):\(link.line): \(link.target)") }
            }
        }
        // README.md links docs/scoring.md, docs/planning.md and more; the docs link one another.
        #expect(checked >= 20)
        #expect(broken == [], "broken links:\n\(broken.joined(separator: "\n"))")
    }

    @Test func theChecksSeeWhatTheyLookFor() {
        let sample = """
        See [scoring](docs/scoring.md), [a section](../README.md#scores "title"),
        [the site](https://example.org/x.md), [mail](mailto:a@b.c), [top](#top)
        and ![a picture](samples/reports/northwind-agency-executive.png).
        ```
        [in a code block](nowhere.md)
        ```
        """
        let links = Self.relativeLinks(in: sample)
        #expect(links.map(\.target) == ["docs/scoring.md", "../README.md#scores", "samples/reports/northwind-agency-executive.png"])
        #expect(links.map(\.line) == [1, 1, 3])
        #expect(Self.exists("docs/scoring.md", from: "README.md"))
        #expect(Self.exists("../README.md#scores", from: "docs/planning.md"))
        #expect(Self.exists("samples/reports/", from: "README.md"))
        #expect(!Self.exists("docs/no-such-page.md", from: "README.md"))
        #expect(!Self.exists("../README.md", from: "README.md"))
        let outside = "intro\nsee " + "DESIGN" + ".md § Formulas\n[x](" + ".." + "/shared" + "/notes)\n"
        #expect(Self.outsideReferences(in: outside, path: "doc.md")
                == ["doc.md:2: \"" + "DESIGN" + ".md\"", "doc.md:3: \"" + ".." + "/shared\""])
    }
}
