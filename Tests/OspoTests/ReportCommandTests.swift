import Foundation
import Testing

/// `ospo report` through the built binary: formats, errors and exit codes,
/// brand files, and PDF through headless Chromium (when it is installed).
struct ReportCommandTests {
    static let samples = CommandLineTests.root.appendingPathComponent("samples")
    static let northwind = samples.appendingPathComponent("northwind-agency")

    static var chromiumInstalled: Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return ["chromium", "chromium-browser"].contains { name in
            path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
        }
    }

    /// Runs the binary with an environment of its own.
    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> CommandLineTests.Result {
        let process = Process()
        process.executableURL = try CommandLineTests.binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
    }

    static var sampleArguments: [String] {
        ["--answers", northwind.appendingPathComponent("answers.yaml").path,
         "--profile", northwind.appendingPathComponent("profile.yaml").path]
    }

    @Test func executiveMarkdownOfASampleClient() throws {
        let result = try Self.run(["report", "executive"] + Self.sampleArguments + ["--format", "md"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Executive summary: Northwind Agency"))
        #expect(result.stdout.contains("## The five largest gaps"))
    }

    @Test(arguments: ["assessment", "executive", "roadmap"])
    func everyFileKindInEveryTextFormat(kind: String) throws {
        for format in ["html", "md", "json", "csv"] {
            let result = try Self.run(["report", kind] + Self.sampleArguments + ["--format", format])
            #expect(result.status == 0, "\(kind) \(format): \(result.stderr)")
            #expect(!result.stdout.isEmpty)
        }
    }

    @Test func portfolioOfSeveralAnswersFilesAnonymised() throws {
        let files = [Self.northwind.appendingPathComponent("answers-2025.yaml"), Self.northwind.appendingPathComponent("answers.yaml"),
                     Self.samples.appendingPathComponent("kestrel-logistics/answers.yaml")]
        let arguments = ["report", "portfolio"] + files.flatMap { ["--answers", $0.path] } + ["--format", "csv"]
        let named = try Self.run(arguments)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout.contains("Northwind Agency,,2025-11-10,"))
        #expect(named.stdout.contains("Kestrel Logistics Group,"))
        let anonymous = try Self.run(arguments + ["--anonymise"])
        #expect(!anonymous.stdout.contains("Northwind"))
        #expect(anonymous.stdout.contains("Organisation B,,"))
    }

    @Test func badUsageExitsSixtyFour() throws {
        let noProfile = try Self.run(["report", "executive", "--answers", Self.northwind.appendingPathComponent("answers.yaml").path])
        #expect(noProfile.status == 64)
        #expect(noProfile.stderr.contains("add --profile FILE"))
        let pdfToTerminal = try Self.run(["report", "assessment", "--answers", Self.northwind.appendingPathComponent("answers.yaml").path, "--format", "pdf"])
        #expect(pdfToTerminal.status == 64)
        #expect(pdfToTerminal.stderr.contains("--format pdf writes a file: add --output FILE"))
        let unknownKind = try Self.run(["report", "summary"])
        #expect(unknownKind.status == 64)
    }

    @Test func presentationOptionsReachTheReport() throws {
        let ids = try Self.run(["report", "roadmap"] + Self.sampleArguments + ["--format", "md", "--show-ids", "--locale", "iso"])
        #expect(ids.status == 0, "\(ids.stderr)")
        #expect(ids.stdout.contains("(`supply-chain.dependency-alerts`)"))
        #expect(ids.stdout.contains("## Phase 1: 2027-01-04 to 2027-04-03"))
        let client = try Self.run(["report", "roadmap"] + Self.sampleArguments + ["--format", "md", "--locale", "en-US"])
        #expect(!client.stdout.contains("`supply-chain.dependency-alerts`"))
        #expect(client.stdout.contains("## Phase 1: Jan 4, 2027 to Apr 3, 2027"))
        let answers = Self.northwind.appendingPathComponent("answers.yaml").path
        let hidden = try Self.run(["report", "assessment", "--answers", answers, "--format", "md", "--respondents", "hidden"])
        #expect(hidden.status == 0, "\(hidden.stderr)")
        #expect(hidden.stdout.contains("this copy of the report does not say who, or in which role."))
        let wrongKind = try Self.run(["report", "executive"] + Self.sampleArguments + ["--respondents", "named"])
        #expect(wrongKind.status == 64)
        #expect(wrongKind.stderr.contains("--respondents is for the assessment report only"))
        let badLocale = try Self.run(["report", "roadmap"] + Self.sampleArguments + ["--locale", "fr-FR"])
        #expect(badLocale.status == 64)
    }

    @Test func progressFromFilesSaysItNeedsTheWorkspace() throws {
        let result = try Self.run(["report", "progress", "--answers", Self.northwind.appendingPathComponent("answers.yaml").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("only the workspace keeps"))
    }

    @Test func brandFileInlinesTheLogoAndChecksColours() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A 1×1 PNG.
        let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=") ?? Data()
        try png.write(to: folder.appendingPathComponent("logo.png"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try "Custom {{page.organisation}} by {{page.brandName}}\n".write(to: folder.appendingPathComponent("templates/assessment.md.mustache"), atomically: true, encoding: .utf8)
        let brand = folder.appendingPathComponent("brand.yaml")
        try """
        format: ospo/brand@1
        name: Lighthouse <Advisory>
        logo: logo.png
        colours: { primary: "#204060", accent: "#c05020" }
        confidentiality: "Confidential: for the board"
        templates: templates
        """.write(to: brand, atomically: true, encoding: .utf8)
        let answers = Self.northwind.appendingPathComponent("answers.yaml").path
        let html = try Self.run(["report", "assessment", "--answers", answers, "--brand", brand.path])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<img src=\"data:image/png;base64,iVBORw0KGgo"))
        #expect(html.stdout.contains("Lighthouse &lt;Advisory&gt;"))
        #expect(html.stdout.contains("--primary:#204060;--accent:#c05020"))
        let markdown = try Self.run(["report", "assessment", "--answers", answers, "--brand", brand.path, "--format", "md"])
        #expect(markdown.stdout == "Custom Northwind Agency by Lighthouse \\<Advisory\\>\n")

        try """
        format: ospo/brand@1
        colours: { primary: red }
        colour: blue
        """.write(to: brand, atomically: true, encoding: .utf8)
        let bad = try Self.run(["report", "assessment", "--answers", answers, "--brand", brand.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("brand.yaml:2:21: error: 'primary' must be a colour written as #RRGGBB or #RGB, found 'red'"))
        #expect(bad.stderr.contains("brand.yaml:3:1: error: unknown key 'colour'; did you mean 'colours'?"))
    }

    @Test func pdfWithoutChromiumNamesThePackage() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("report.pdf").path
        let result = try Self.run(["report", "assessment", "--answers", Self.northwind.appendingPathComponent("answers.yaml").path,
                                   "--format", "pdf", "--output", output], environment: ["PATH": folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("install the Debian package 'chromium'"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// CI installs Chromium, so there the test runs (and fails without it) rather than being skipped.
    static var runningInCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false }

    @Test(.enabled(if: chromiumInstalled || runningInCI, "headless Chromium is not installed (apt-get install chromium); the PDF page count is not checked"))
    func executivePDFOfASampleClientFitsOnTwoA4Pages() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("executive.pdf")
        let result = try Self.run(["report", "executive"] + Self.sampleArguments + ["--format", "pdf", "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = try Data(contentsOf: output)
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        // Chromium writes one uncompressed "/Type /Page" dictionary per page.
        let text = String(decoding: pdf, as: UTF8.self)
        let pages = text.matches(of: /\/Type\s*\/Page(?![s\w])/).count
        #expect(pages >= 1 && pages <= 2, "the executive summary printed on \(pages) pages")
        // A4 is 595 × 842 points.
        #expect(text.contains("/MediaBox [0 0 594.95996 841.91998]") || text.contains("/MediaBox [0 0 595"))
    }
}
