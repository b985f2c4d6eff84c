import MaturityUseCases
import Foundation

/// Prints HTML to PDF with headless Chromium, found on the PATH as
/// `chromium` or `chromium-browser`.
enum Chromium {
    static let names = ["chromium", "chromium-browser"]

    /// The Chromium binary on the PATH, if any.
    static func find() -> String? {
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
    static func printPDF(html: String, to output: String) throws {
        guard let binary = find() else {
            throw CommandFailure("--format pdf needs headless Chromium, and neither 'chromium' nor 'chromium-browser' is on the PATH; install the Debian package 'chromium' (apt-get install chromium) or write HTML with --format html and print it from a browser")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ospo-pdf-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot create a temporary folder for printing in \(FileManager.default.temporaryDirectory.path); check that it is writable")
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
            throw CommandFailure("cannot start \(binary); check that it runs (try '\(binary) --version')")
        }
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: pdf.path), !data.isEmpty else {
            let detail = String(decoding: stderr, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " | ")
            throw CommandFailure("Chromium could not print the report (exit status \(process.terminationStatus)): \(detail); try --format html and print it from a browser")
        }
        do {
            try data.write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CommandFailure("\(output): cannot write the file; check that the folder exists and is writable")
        }
    }
}
