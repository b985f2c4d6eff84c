import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a command on a pseudo-terminal through util-linux `script`, as a
/// person at a terminal would: the test types lines and waits for text to
/// appear on the screen. The command gets a real TTY on standard input and
/// output; the test talks to `script` through pipes.
final class PseudoTerminal: @unchecked Sendable {
    enum Failure: Error, CustomStringConvertible {
        case noScript
        case timeout(waitingFor: String, screen: String)
        case noChild

        var description: String {
            switch self {
            case .noScript: return "util-linux 'script' is needed to drive a pseudo-terminal (apt-get install bsdutils)"
            case .timeout(let text, let screen): return "timed out waiting for \(text.debugDescription); the screen so far:\n\(screen)"
            case .noChild: return "the command under 'script' was not found in /proc"
            }
        }
    }

    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var buffer = Data()
    /// Where the next `waitFor` starts looking.
    private var mark = 0

    /// Starts `arguments` (the binary first) under `script`, with `environment` added to the test's own.
    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else { throw Failure.noScript }
        process.executableURL = URL(fileURLWithPath: script)
        // `exec` makes the command itself the child of `script`, so that it can be killed alone.
        let command = "exec " + arguments.map(Self.quote).joined(separator: " ")
        process.arguments = ["-qfec", command, "/dev/null"]
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.buffer.append(data)
            self.lock.unlock()
        }
        try process.run()
    }

    deinit {
        output.fileHandleForReading.readabilityHandler = nil
        if process.isRunning { process.terminate() }
    }

    /// Everything the terminal showed so far.
    var screen: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Waits until `text` appears after the previous wait's match, then
    /// moves the mark past it. Returns what was shown up to and including it.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 30) throws -> String {
        let needle = Data(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            lock.lock()
            let found = buffer.range(of: needle, in: mark..<buffer.count)
            let shown = found.map { String(decoding: buffer[mark..<$0.upperBound], as: UTF8.self) }
            if let found { mark = found.upperBound }
            lock.unlock()
            if let shown { return shown }
            usleep(20_000)
        }
        throw Failure.timeout(waitingFor: text, screen: screen)
    }

    /// Types a line and presses Enter.
    func type(_ line: String) {
        send(line + "\r")
    }

    /// Sends bytes as typed (a control character such as Ctrl-C included).
    func send(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// The process id of the command (the child of `script`).
    func commandPID() throws -> pid_t {
        let parent = process.processIdentifier
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // After "pid (comm) ": the state, then the parent's pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, pid_t(fields[1]) == parent { return pid }
        }
        throw Failure.noChild
    }

    /// Kills the command with SIGKILL: no handler runs, nothing is flushed.
    func killCommand() throws {
        kill(try commandPID(), SIGKILL)
    }

    /// Waits for `script` to end and returns its exit status (the command's).
    func waitForExit(timeout: TimeInterval = 30) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        guard !process.isRunning else { throw Failure.timeout(waitingFor: "the end of the command", screen: screen) }
        try? input.fileHandleForWriting.close()
        return process.terminationStatus
    }

    private static func quote(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
