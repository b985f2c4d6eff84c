import Foundation

/// Prints HTML to PDF with headless Chromium, found on the PATH as
/// `chromium` or `chromium-browser`: the command line's `--format pdf`,
/// the demo's PDFs and the web workspace's PDF downloads print the same way.
public enum Chromium {
    static let names = ["chromium", "chromium-browser"]

    /// Why printing failed, with a sentence that says what to do.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    /// The Chromium binary on the PATH, if any.
    public static func find() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Prints `html` to a PDF file at `output`, A4 as the report's style sheet
    /// asks, without Chromium's own header and footer.
    public static func printPDF(html: String, to output: String) throws {
        let data = try printPDF(html: html)
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw Failure("\(output): cannot write the file; check that the folder exists and is writable")
        }
    }

    /// The PDF of `html`, A4 as the report's style sheet asks, without
    /// Chromium's own header and footer.
    public static func printPDF(html: String) throws -> Data {
        guard let binary = find() else {
            throw Failure("--format pdf needs headless Chromium, and neither 'chromium' nor 'chromium-browser' is on the PATH; install the Debian package 'chromium' (apt-get install chromium) or write HTML with --format html and print it from a browser")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ospo-pdf-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure("cannot create a temporary folder for printing in \(FileManager.default.temporaryDirectory.path); check that it is writable")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let pdf = folder.appendingPathComponent("report.pdf")
        try FileAccess.write(html, to: page.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                             "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Failure("cannot start \(binary); check that it runs (try '\(binary) --version')")
        }
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: pdf.path), !data.isEmpty else {
            let detail = String(decoding: stderr, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " | ")
            throw Failure("Chromium could not print the report (exit status \(process.terminationStatus)): \(detail); try --format html and print it from a browser")
        }
        return data
    }
}
