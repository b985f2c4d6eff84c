import ArgumentParser
import Foundation
import MaturityKit
import MaturityUseCases
import MaturityStore

/// Standard output for results, standard error for diagnostics.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// A duration as "12.34 ms", for the hidden `--timing` output the benchmarks read.
    static func milliseconds(_ duration: Duration) -> String {
        let parts = duration.components
        return String(format: "%.2f ms", Double(parts.seconds) * 1e3 + Double(parts.attoseconds) / 1e15)
    }

    static func print(_ diagnostics: [Diagnostic]) {
        let sorted = diagnostics.sortedForDisplay()
        guard !sorted.isEmpty else { return }
        err(sorted.map(\.description).joined(separator: "\n"))
    }
}

/// Runs a command body, turning the project's errors into printed messages
/// and exit code 1; anything else keeps ArgumentParser's handling.
func runReportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as ContentError {
        Console.print(error.diagnostics)
        let count = error.diagnostics.errors.count
        Console.err("\(count) error\(count == 1 ? "" : "s") found; nothing was written.")
        throw ExitCode.failure
    } catch let error as FileAccess.Failure {
        Console.err(error.description)
        throw ExitCode.failure
    } catch let error as WorkspaceError {
        Console.err("error: \(error.description)")
        throw ExitCode.failure
    } catch let error as UseCaseError {
        Console.err("error: \(error.description)")
        throw ExitCode.failure
    } catch let error as AccountError {
        Console.err("error: \(error.description)")
        throw ExitCode.failure
    } catch let error as CommandFailure {
        Console.err("error: \(error.message)")
        throw ExitCode.failure
    } catch let error as Chromium.Failure {
        Console.err("error: \(error.description)")
        throw ExitCode.failure
    }
}

/// A failure the user can fix, with a sentence that says how.
struct CommandFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
