import MaturityKit

/// Draws interview screens as terminal text: a rule, the progress bar, the
/// section, the question with its help and evidence prompt, the numbered
/// options, the saved answer, the last step's message, and the prompt.
/// Colour (ANSI) only when asked for: on a terminal and without NO_COLOR.
struct InterviewView {
    let colour: Bool
    /// Columns to wrap text to.
    let width: Int
    /// The respondent, as shown on the progress line: `Jane Doe (dev)`.
    let respondent: String

    /// The whole screen, ending with the prompt (no line end after it).
    func render(_ screen: InterviewScreen) -> String {
        var lines: [String] = ["", style(String(repeating: "─", count: width), .dim), progress(screen)]
        switch screen.kind {
        case .question, .note, .evidence, .justification:
            if let question = screen.question {
                lines += body(screen, question)
            }
        case .finished:
            lines.append("")
            if screen.total == 0 {
                lines += wrap("No question of this questionnaire is put to \(respondent): there is nothing to ask.", indent: "")
            } else {
                lines += wrap("Every question put to \(respondent) is answered or skipped: \(screen.answered) answered, \(screen.skipped) skipped.", indent: "")
            }
            lines += wrap(screen.skipped > 0
                ? "b goes back, r goes through the skipped questions again, q (or Enter) ends."
                : "b goes back, q (or Enter) ends.", indent: "")
        case .ended:
            return ""
        }
        lines += messages(screen)
        return lines.joined(separator: "\n") + "\n" + prompt(screen)
    }

    /// Only the last step's message and the prompt, for a step that stays on
    /// the same question (a note saved, a problem, the keys).
    func renderBrief(_ screen: InterviewScreen) -> String {
        let lines = messages(screen)
        return (lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n") + prompt(screen)
    }

    func prompt(_ screen: InterviewScreen) -> String {
        let id = screen.question?.id ?? ""
        switch screen.kind {
        case .question: return style("\(id)> ", .bold)
        case .note: return style("note on \(id)> ", .bold)
        case .evidence: return style("evidence for \(id)> ", .bold)
        case .justification: return style("justification for \(id)> ", .bold)
        case .finished: return style("done> ", .bold)
        case .ended: return ""
        }
    }

    /// `[██████░░░░░░░░] 3/12 answered · 1 skipped   Jane Doe (dev)`
    func progress(_ screen: InterviewScreen) -> String {
        let cells = 20
        let filled = screen.total > 0 ? min(cells, screen.answered * cells / screen.total) : 0
        let bar = style(String(repeating: "█", count: filled), .green) + String(repeating: "░", count: cells - filled)
        var counts = "\(screen.answered)/\(screen.total) answered"
        if screen.skipped > 0 { counts += " · \(screen.skipped) skipped" }
        return "[\(bar)] \(counts)   \(style(respondent, .dim))"
    }

    private func body(_ screen: InterviewScreen, _ question: Question) -> [String] {
        var lines: [String] = []
        let section = screen.sectionTitle.map { title in
            screen.sectionSummary.map { "\(title) — \($0)" } ?? title
        }
        if let section { lines += wrap(style(section, .cyan), indent: "") }
        lines.append("")
        lines.append(style(question.id, .bold) + style("  question \(screen.number) of \(screen.total)", .dim))
        lines += wrap(style(question.text, .bold), indent: "")
        if let help = question.help { lines += wrap(help, indent: "  ") }
        // The interview is run by the interviewer, so their notes are shown too, apart from the help.
        if let notes = question.interviewerNotes { lines += wrap(style("For the interviewer: \(notes)", .yellow), indent: "  ") }
        if let evidence = question.evidence { lines += wrap("Evidence to ask for: \(evidence)", indent: "  ") }
        lines.append("")
        let idWidth = max(7, screen.options.map(\.id.count).max() ?? 0)
        func row(_ key: String, _ id: String, _ label: String) -> String {
            "  " + style(key.padding(toLength: 3, withPad: " ", startingAt: 0), .bold)
                + id.padding(toLength: idWidth + 2, withPad: " ", startingAt: 0) + label
        }
        for (index, option) in screen.options.enumerated() {
            lines.append(row(String(index + 1), option.id, option.label))
        }
        lines.append(row("?", "unknown", "Don't know"))
        // "Not yet" is the commonest misuse of na, so the row says it where the choice is made.
        if question.allowNA { lines.append(row("", "na", "Not applicable: cannot apply here, asks why (not yet is no)")) }
        lines.append(style("  n note · e evidence · s skip · b back · h keys · q stop", .dim))
        if let current = screen.current {
            var text = "Answer now: \(current.choice.id)"
            if case .option(let id) = current.choice, let label = screen.options.first(where: { $0.id == id })?.label {
                text += " (\(label))"
            }
            if let justification = current.justification { text += " · justification: \(justification)" }
            if let note = current.note { text += " · note: \(note)" }
            if let evidence = current.evidence { text += " · evidence: \(evidence)" }
            lines += wrap(style(text, .green), indent: "  ")
        } else if screen.wasSkipped {
            lines.append(style("  Skipped earlier; no answer yet.", .yellow))
        }
        // A draft kept from an earlier session on a question answered since
        // (by an import) goes into the answer with its next change.
        let waits = screen.current == nil ? "saved with the answer" : "typed earlier, saved with the next change to the answer"
        if let note = screen.pendingNote { lines += wrap("Note, \(waits): \(note)", indent: "  ") }
        if let evidence = screen.pendingEvidence { lines += wrap("Evidence, \(waits): \(evidence)", indent: "  ") }
        return lines
    }

    private func messages(_ screen: InterviewScreen) -> [String] {
        var lines: [String] = []
        if let notice = screen.notice { lines += wrap(style(notice, .green), indent: "") }
        if let problem = screen.problem { lines += wrap(style(problem, .red), indent: "") }
        return lines
    }

    // MARK: - Text

    private enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
    }

    private func style(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// Wraps at spaces to `width` columns, counting characters; escape
    /// sequences are wrapped round a whole line, so they do not count.
    private func wrap(_ text: String, indent: String) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = indent
            var length = indent.count
            for word in paragraph.split(separator: " ") {
                let visible = Self.visibleLength(word)
                if length > indent.count && length + 1 + visible > width {
                    lines.append(line)
                    line = indent
                    length = indent.count
                }
                if length > indent.count {
                    line += " "
                    length += 1
                }
                line += word
                length += visible
            }
            lines.append(line)
        }
        return lines
    }

    private static func visibleLength(_ word: Substring) -> Int {
        var count = 0
        var inEscape = false
        for character in word {
            if character == "\u{1B}" {
                inEscape = true
            } else if inEscape {
                if character == "m" { inEscape = false }
            } else {
                count += 1
            }
        }
        return count
    }
}
