import ArgumentParser
import Foundation
import MaturityKit
import MaturityUseCases

struct InterviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interview",
        abstract: "Interview one respondent in the terminal, saving each answer as it is given.",
        discussion: """
        Asks the organisation's context first (sector, size band, …) when the assessment does not \
        state it yet, then walks through the questions that apply and are put to the respondent's role, \
        section by section, with each \
        question's help, the evidence to ask for and the numbered options; 'when' conditions \
        follow the answers given. Type a number or an option id to answer, ? for don't know, na \
        for not applicable (only for what cannot apply here: not yet is no; asks why), n for a note, e for evidence, s to skip, b to go back, \
        h for the keys, q to stop. Every answer is saved at once, and so is a note or evidence typed \
        before its answer, so an interview stopped in any \
        way (q, Ctrl-C, a closed terminal) resumes where it stopped when the same command is \
        run again; skipped questions are passed over then (--revisit-skipped goes through them). \
        Needs a terminal: without one, use 'ospo form' and 'ospo assessment import'.
        """
    )

    @Argument(help: "The assessment number (see 'ospo assessment list').") var assessment: Int64
    @Option(help: ArgumentHelp("The respondent's name; their id in the assessment is made from it (Jane Doe → jane-doe).", valueName: "name"))
    var respondent: String
    @Option(help: ArgumentHelp("The respondent's role, one of the questionnaire's (may be left out when resuming).", valueName: "role"))
    var role: String?
    @Flag(name: .customLong("revisit-skipped"), help: "Start at the first skipped question instead of passing over the skipped ones.")
    var revisitSkipped = false
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        try await runReportingFailures {
            guard isatty(STDIN_FILENO) != 0 else {
                throw CommandFailure("""
                    'ospo interview' needs a terminal, and its standard input is not one. Without a terminal, \
                    print or share a blank form ('ospo form QUESTIONNAIRE --format md|html|csv|yaml'), then load \
                    the filled answers with 'ospo assessment import FILE --assessment \(assessment)' \
                    (add --wide for a filled CSV form or a survey tool's export)
                    """)
            }
            let recorder = try InterviewSaving.start(in: try workspace.open(), assessment: assessment, respondent: respondent, role: role)
            let who = "\(recorder.respondentName ?? recorder.respondentKey) (\(recorder.role))"
            let terminal = InterviewTerminal()
            terminal.stopOnInterrupt()
            // The context first: questions that do not apply to it are not asked.
            let context = try askContext(recorder.questionnaire, stated: try InterviewSaving.context(of: recorder), on: terminal) {
                try InterviewSaving.state(fact: $0, value: $1, with: recorder)
            }
            var session = InterviewSession(questionnaire: recorder.questionnaire.applying(context), role: recorder.role,
                                           answers: recorder.savedAnswers, skipped: recorder.savedSkips,
                                           drafts: recorder.savedDrafts, revisitSkipped: revisitSkipped)
            let view = InterviewView(colour: terminal.colour, width: terminal.width, respondent: who)
            var shown: (question: String?, kind: InterviewScreen.Kind)?
            while !session.isEnded {
                let screen = session.screen
                // The whole screen when the question changes; a step that
                // stays on it (a note, a problem, a prompt for text) prints
                // its message and the prompt only.
                let full: Bool
                switch screen.kind {
                case .note, .evidence, .justification: full = false
                default: full = shown.map { $0.question != screen.question?.id || $0.kind != screen.kind } ?? true
                }
                terminal.write(full ? view.render(screen) : view.renderBrief(screen))
                if full { shown = (screen.question?.id, screen.kind) }
                guard let line = terminal.readLine() else {
                    session.endOfInput()
                    terminal.write("\n")
                    break
                }
                for effect in session.handle(line) { try InterviewSaving.save(effect, with: recorder) }
            }
            let screen = session.screen
            Console.out("\(who), assessment \(assessment): \(recorder.recorded) answer\(recorder.recorded == 1 ? "" : "s") saved in this session; \(screen.answered) of \(screen.total) questions answered, \(screen.skipped) skipped\n")
        }
    }
}
