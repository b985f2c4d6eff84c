import MaturityKit
import MaturityUseCases

extension InterviewCommand {
    /// Asks the organisation's context facts not stated yet for the
    /// assessment, one at a time, saving each at once; returns the context
    /// to interview with. The first interview of an assessment asks them;
    /// later ones find them stated and ask nothing.
    func askContext(_ questionnaire: Questionnaire, stated: OrganisationContext, on terminal: InterviewTerminal,
                    save: (_ fact: String, _ value: String) throws -> Void) throws -> OrganisationContext {
        var asking = ContextInterview(questionnaire: questionnaire, stated: stated)
        let count = asking.facts.count
        while let fact = asking.current {
            let number = (asking.facts.firstIndex(of: fact) ?? 0) + 1
            var lines = ["", String(repeating: "─", count: min(terminal.width, 80)),
                         "Organisation context, asked once per assessment · \(number) of \(count)", "", fact.text]
            if let help = fact.help { lines += [""] + wrapped(help, width: terminal.width, indent: "  ") }
            lines.append("")
            for (index, option) in fact.options.enumerated() { lines.append("  \(index + 1)  \(option.label)  [\(option.id)]") }
            lines += ["", "Enter leaves it unstated: the questions that depend on it are then asked."]
            if let problem = asking.problem { lines.append("! " + problem) }
            terminal.write(lines.joined(separator: "\n") + "\ncontext> ")
            guard let line = terminal.readLine() else { break }
            if let stated = asking.handle(line) {
                try save(stated.fact, stated.value)
            }
        }
        return asking.context
    }

    /// Text wrapped at word boundaries to `width` columns, each line indented.
    private func wrapped(_ text: String, width: Int, indent: String) -> [String] {
        var lines: [String] = []
        var line = indent
        for word in text.split(whereSeparator: { $0 == " " || $0.isNewline }) {
            if line.count > indent.count && line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        if line.count > indent.count { lines.append(line) }
        return lines
    }
}
