import ArgumentParser
import MaturityUseCases

/// `--output FILE` (`-o`) for a command that writes a document: the text goes
/// to that file, written atomically, instead of standard output.
struct OutputOption: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    /// Writes `text` to the file and says so on standard error, or prints it.
    func emit(_ text: String) throws {
        if let output {
            try FileAccess.write(text, to: output)
            Console.err("wrote \(output)")
        } else {
            Console.out(text)
        }
    }
}
