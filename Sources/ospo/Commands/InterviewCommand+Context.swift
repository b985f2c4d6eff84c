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
            if let help = fact.help { lines += ["", "  " + help.split(whereSeparator: \.isNewline).joined(separator: " ")] }
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
}
