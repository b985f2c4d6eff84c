import Foundation

/// The terminal an interview runs on: lines in from standard input (the
/// terminal's own line editing, so Backspace works), screens out on
/// standard error, as prompts are. Stops cleanly on Ctrl-C.
struct InterviewTerminal {
    /// Colour only on a terminal, and never with NO_COLOR set (no-color.org).
    let colour: Bool
    /// The terminal's width in columns (40 to 100), for wrapping.
    let width: Int

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        colour = isatty(STDERR_FILENO) != 0 && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
        var size = winsize()
        var columns = 0
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0 { columns = Int(size.ws_col) }
        if columns == 0 { columns = environment["COLUMNS"].flatMap { Int($0) } ?? 80 }
        width = min(100, max(40, columns))
    }

    func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The next line typed, without its line end; nil at the end of the input.
    func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    /// On Ctrl-C: say that everything given is saved, and exit 130. Every
    /// answer is committed as it is given, so there is nothing to flush;
    /// only async-signal-safe calls run in the handler.
    func stopOnInterrupt() {
        interruptMessage = strdup("\nStopped. Every answer given so far is saved; run the same command to resume.\n")
        signal(SIGINT) { _ in announceInterruptAndExit() }
    }
}

/// The Ctrl-C message, made before the handler is installed (a signal
/// handler must not allocate).
nonisolated(unsafe) private var interruptMessage: UnsafeMutablePointer<CChar>?

/// Writes the Ctrl-C message and exits; async-signal-safe.
private func announceInterruptAndExit() {
    if let message = interruptMessage { _ = write(STDERR_FILENO, message, strlen(message)) }
    _exit(130)
}
