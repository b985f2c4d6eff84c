import Foundation
import MaturityStore

/// `ospo demo`: makes a folder with the demo's workspace (`DemoWorkspace`)
/// and every report of its clients (`DemoReports`). Refuses a folder that
/// is a file or already holds a demo workspace, and removes a workspace it
/// could not finish, so that the next run does not refuse.
public enum DemoBuild {
    /// Prints a report's HTML to a PDF file at a path (headless Chromium, in the CLI).
    public typealias PDFPrinter = (_ html: String, _ path: String) throws -> Void

    /// What the demo made.
    public struct Outcome: Sendable {
        /// The workspace file, `FOLDER/ospo.sqlite`.
        public var database: String
        /// `FOLDER/reports`.
        public var reportsFolder: String
        public var summary: DemoWorkspace.Summary
        public var reports: [DemoReports.Report]
    }

    /// Builds the demo in `folder`.
    /// - Parameters:
    ///   - printPDF: prints each HTML report to PDF too, when given.
    ///   - beforeReports: called once the workspace is built, before the
    ///     reports are written (they take most of the time).
    public static func run(in folder: String, printPDF: PDFPrinter?, beforeReports: () -> Void = {}) throws -> Outcome {
        let manager = FileManager.default
        let database = (folder as NSString).appendingPathComponent("ospo.sqlite")
        let reportsFolder = (folder as NSString).appendingPathComponent("reports")
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) && !isDirectory.boolValue {
            throw UseCaseError.demoFolderIsFile(folder)
        }
        if manager.fileExists(atPath: database) {
            throw UseCaseError.demoExists(folder: folder, database: database)
        }
        do {
            try manager.createDirectory(atPath: reportsFolder, withIntermediateDirectories: true)
        } catch {
            throw UseCaseError.cannotCreateFolder(reportsFolder)
        }
        let built: (workspace: any WorkspaceStore, summary: DemoWorkspace.Summary)
        do {
            built = try DemoWorkspace.build(at: database)
        } catch {
            // A half-built workspace would make the next run refuse: remove it.
            for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: database + suffix) }
            throw error
        }
        beforeReports()
        let reports = try DemoReports.write(from: built.workspace, to: reportsFolder, printPDF: printPDF)
        return Outcome(database: database, reportsFolder: reportsFolder, summary: built.summary, reports: reports)
    }

    /// A path as a shell reads it back: as it is when it holds only safe
    /// characters, else in single quotes.
    public static func shellQuoted(_ path: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./+=:,@%")
        if !path.isEmpty && path.allSatisfy({ safe.contains($0) }) { return path }
        return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
