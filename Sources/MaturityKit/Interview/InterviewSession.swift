/// One respondent's interview, as a state machine: it takes what the
/// interviewer types, a line at a time, and answers with the effects to save
/// at once and the screen to show next. It does no I/O, so the command line
/// draws it and a test drives it.
///
/// Which questions are put to the respondent follows docs/scoring.md § 1 for
/// one respondent: a question naming roles is put only to those roles, and
/// its `when` is evaluated, in questionnaire order, on the respondent's own
/// answers to the questions put to them. Changing an answer can therefore
/// make a follow-up appear or disappear; the progress counts follow.
///
/// Moving on: after an answer or a skip the interview goes to the next
/// question after this one that has neither an answer nor a skip (so a
/// resumed or corrected interview continues where the work is); `b` steps
/// back through every question put to the respondent in order, and Enter on
/// an answered question keeps the answer and steps forward in order.
///
/// A note or evidence typed for a question with no answer yet is a draft:
/// the session asks for it to be saved at once (`saveDraft`), takes it back
/// when resumed (`drafts`), and puts it into the question's answer once
/// there is one.
public struct InterviewSession: Sendable {
    /// The keys, as `h` lists them.
    public static let keys = """
        Keys: a number or an option id answers · ? or u: don't know · na: not applicable, never "not yet", which is a no (asks why) · \
        n: add a note · e: add evidence · s: skip for now · b: back · Enter: keep the answer and go on · \
        q: stop (every answer is saved as it is given; run the same command again to resume)
        """

    public let questionnaire: Questionnaire
    /// The respondent's role.
    public let role: String
    /// The respondent's current answers, by question id.
    public private(set) var answers: [String: Answer]
    /// Questions skipped (and not answered since), by id.
    public private(set) var skipped: Set<String>

    private let questions: [Question]
    private let asked: AskedQuestions
    private let sectionOf: [Int]
    private let optionsByScale: [String: [ScaleOption]]
    /// The question in hand, as an index into `questions`; nil when finished or ended.
    private var position: Int?
    private var mode: Mode
    /// Going through the skipped questions again: they count as open.
    private var revisiting: Bool
    /// Notes and evidence typed before the question was answered (drafts).
    private var pending: [String: InterviewDraft] = [:]
    private var notice: String?
    private var problem: String?

    private enum Mode: Sendable { case question, note, evidence, justification, finished, ended }

    /// Starts, or resumes, the interview of a respondent.
    /// - Parameters:
    ///   - answers: the respondent's answers saved so far.
    ///   - skipped: the questions skipped so far.
    ///   - drafts: the notes and evidence saved so far for questions not
    ///     answered when they were typed, by question id; each waits for
    ///     its question's answer again.
    ///   - revisitSkipped: start at the first skipped question instead of
    ///     passing over the skipped ones.
    public init(questionnaire: Questionnaire, role: String, answers: [String: Answer] = [:],
                skipped: Set<String> = [], drafts: [String: InterviewDraft] = [:], revisitSkipped: Bool = false) {
        self.questionnaire = questionnaire
        self.role = role
        self.answers = answers
        self.skipped = skipped
        self.pending = drafts.filter { !$0.value.isEmpty }
        var questions: [Question] = []
        var sectionOf: [Int] = []
        for (index, section) in questionnaire.sections.enumerated() {
            questions += section.questions
            sectionOf += Array(repeating: index, count: section.questions.count)
        }
        self.questions = questions
        self.asked = AskedQuestions(questions: questions, role: role)
        self.sectionOf = sectionOf
        self.optionsByScale = Dictionary(questionnaire.scales.map { ($0.id, $0.options) }, uniquingKeysWith: { first, _ in first })
        self.revisiting = revisitSkipped
        self.mode = .question
        self.position = nil
        position = firstOpen(after: nil)
        if position == nil {
            mode = .finished
            revisiting = false
        } else if let position, !answers.isEmpty || !skipped.isEmpty || !pending.isEmpty {
            let counts = self.counts()
            notice = "Resuming at \(questions[position].id): \(counts.answered) of \(counts.total) answered"
                + (counts.skipped > 0 ? ", \(counts.skipped) skipped." : ".")
        }
        // Said whether the interview resumes on a question or at the end:
        // the drafts are shown on their questions, which may be elsewhere.
        let waiting = questions.map(\.id).filter { pending[$0] != nil }
        if !waiting.isEmpty {
            let said = waiting.count == 1
                ? "A note or evidence typed earlier waits for the answer to \(waiting[0])."
                : "Notes or evidence typed earlier wait for the answers to \(waiting.joined(separator: ", "))."
            notice = notice.map { "\($0) \(said)" } ?? said
        }
    }

    /// True once the interview is over (`q`, or the end of the input).
    public var isEnded: Bool { mode == .ended }

    /// The questions put to the respondent, in questionnaire order, as the
    /// answers stand.
    public var visibleQuestions: [Question] { visibleIndices().map { questions[$0] } }

    /// What to show now.
    public var screen: InterviewScreen {
        let visible = visibleIndices()
        let counts = counts(visible)
        var screen = InterviewScreen(kind: .ended, answered: counts.answered, total: counts.total, skipped: counts.skipped,
                                     notice: notice, problem: problem)
        switch mode {
        case .ended: return screen
        case .finished:
            screen.kind = .finished
            return screen
        case .question: screen.kind = .question
        case .note: screen.kind = .note
        case .evidence: screen.kind = .evidence
        case .justification: screen.kind = .justification
        }
        guard let index = position else { return screen }
        let question = questions[index]
        let section = questionnaire.sections[sectionOf[index]]
        screen.question = question
        screen.sectionTitle = section.title
        if let previous = visible.last(where: { $0 < index }), sectionOf[previous] == sectionOf[index] {
            screen.sectionSummary = nil
        } else {
            screen.sectionSummary = section.summary
        }
        screen.options = optionsByScale[question.scale] ?? []
        screen.current = answers[question.id]
        screen.pendingNote = pending[question.id]?.note
        screen.pendingEvidence = pending[question.id]?.evidence
        screen.wasSkipped = answers[question.id] == nil && skipped.contains(question.id)
        screen.number = (visible.firstIndex(of: index) ?? 0) + 1
        return screen
    }

    /// Takes one line the interviewer typed (without its line end) and
    /// returns what to save, in order, before showing `screen`.
    public mutating func handle(_ line: String) -> [InterviewEffect] {
        notice = nil
        problem = nil
        let text = line.trimmedWhitespace
        switch mode {
        case .ended:
            return []
        case .finished:
            handleFinished(text)
            return []
        case .note:
            mode = .question
            if text.isEmpty {
                notice = "No note added."
                return []
            }
            return attach(note: text)
        case .evidence:
            mode = .question
            if text.isEmpty {
                notice = "No evidence added."
                return []
            }
            return attach(evidence: text)
        case .justification:
            mode = .question
            if text.isEmpty {
                problem = "'Not applicable' needs a justification, so nothing was recorded; type na again to give one."
                return []
            }
            return give(.notApplicable, justification: text)
        case .question:
            return handleQuestion(text)
        }
    }

    /// The input ended (the terminal closed, or Ctrl-D): the interview is
    /// over; everything given has been saved already.
    public mutating func endOfInput() {
        mode = .ended
        notice = nil
        problem = nil
    }

    // MARK: - Input

    private mutating func handleQuestion(_ text: String) -> [InterviewEffect] {
        guard let index = position else { return [] }
        let question = questions[index]
        let options = optionsByScale[question.scale] ?? []
        let lower = text.lowercased()
        switch lower {
        case "":
            if answers[question.id] != nil {
                notice = "Kept the answer to \(question.id)."
                stepForward(from: index)
            } else {
                problem = "\(question.id) has no answer yet: type the number or id of an answer, s to skip it, or h for the keys."
            }
            return []
        case "q", "quit":
            mode = .ended
            return []
        case "b", "back":
            stepBack(from: index)
            return []
        case "s", "skip":
            return skip(index)
        case "h", "help":
            notice = Self.keys
            return []
        case "?", "u", "unknown":
            return give(.unknown)
        case "n", "note":
            mode = .note
            return []
        case "e", "evidence":
            mode = .evidence
            return []
        case "na", "n/a":
            guard question.allowNA else {
                problem = "\(question.id) does not allow 'not applicable'; answer ? (don't know) if nobody knows."
                return []
            }
            mode = .justification
            return []
        default:
            break
        }
        if let number = Int(text) {
            guard number >= 1 && number <= options.count else {
                problem = "There is no answer \(number) to \(question.id): type 1 to \(options.count), an option id, or h for the keys."
                return []
            }
            return give(.option(options[number - 1].id))
        }
        let key = LooseText.key(text)
        if let option = options.first(where: { $0.id.lowercased() == lower }) ?? options.first(where: { LooseText.key($0.label) == key }) {
            return give(.option(option.id))
        }
        if AnswerResolver.unknownSpellings.contains(key) { return give(.unknown) }
        if let rest = Self.rest(of: text, after: ["n ", "note "]) { return attach(note: rest) }
        if let rest = Self.rest(of: text, after: ["e ", "evidence "]) { return attach(evidence: rest) }
        if let rest = Self.rest(of: text, after: ["na:", "na ", "n/a:", "n/a "]) {
            guard question.allowNA else {
                problem = "\(question.id) does not allow 'not applicable'; answer ? (don't know) if nobody knows."
                return []
            }
            return rest.isEmpty ? handleQuestion("na") : give(.notApplicable, justification: rest)
        }
        let range = options.isEmpty ? "" : "1 to \(options.count), "
        problem = "'\(text)' is not an answer to \(question.id): type \(range)an option id, ? for don't know\(question.allowNA ? ", na for not applicable" : ""), or h for the keys."
        return []
    }

    private mutating func handleFinished(_ text: String) {
        let visible = visibleIndices()
        switch text.lowercased() {
        case "", "q", "quit":
            mode = .ended
        case "b", "back":
            guard let last = visible.last else {
                problem = "No question is put to role '\(role)'; there is nothing to go back to."
                return
            }
            position = last
            mode = .question
        case "r", "revisit":
            guard let first = visible.first(where: { answers[questions[$0].id] == nil }) else {
                problem = "No question was skipped."
                return
            }
            revisiting = true
            position = first
            mode = .question
        case "h", "help":
            notice = "b goes back to the last question, r goes through the skipped questions again, q (or Enter) ends."
        default:
            problem = "The interview is complete: b goes back, r goes through the skipped questions, q (or Enter) ends."
        }
    }

    /// `n text` → `text`: what follows one of the prefixes, letter case ignored.
    private static func rest(of text: String, after prefixes: [String]) -> String? {
        let lower = text.lowercased()
        for prefix in prefixes where lower.hasPrefix(prefix) {
            return String(text.dropFirst(prefix.count)).trimmedWhitespace
        }
        return nil
    }

    // MARK: - Changes

    private mutating func give(_ choice: AnswerChoice, justification: String? = nil) -> [InterviewEffect] {
        guard let index = position else { return [] }
        let question = questions[index]
        let previous = answers[question.id]
        var answer = Answer(choice, note: previous?.note, evidence: previous?.evidence)
        let typed = pending.removeValue(forKey: question.id)
        if let typed {
            answer.note = typed.note ?? answer.note
            answer.evidence = typed.evidence ?? answer.evidence
        }
        if choice == .notApplicable { answer.justification = justification }
        answers[question.id] = answer
        skipped.remove(question.id)
        let unchanged = previous == answer
        notice = "\(unchanged ? "Kept" : "Saved") \(question.id): \(describe(answer, of: question))."
        advance(from: index)
        if !unchanged { return [.record(question: question.id, answer: answer)] }
        return typed != nil ? [.dropDraft(question: question.id)] : []
    }

    private mutating func attach(note: String? = nil, evidence: String? = nil) -> [InterviewEffect] {
        guard let index = position else { return [] }
        let id = questions[index].id
        let what = note != nil ? "note" : "evidence"
        guard var answer = answers[id] else {
            var typed = pending[id] ?? InterviewDraft()
            if let note { typed.note = note }
            if let evidence { typed.evidence = evidence }
            notice = "The \(what) will be saved with the answer to \(id)."
            guard typed != pending[id] else { return [] }
            pending[id] = typed
            return [.saveDraft(question: id, draft: typed)]
        }
        // A draft on an answered question (answered outside the interview
        // after the draft was saved) goes into the answer with this change.
        let typed = pending.removeValue(forKey: id)
        if let typed {
            answer.note = typed.note ?? answer.note
            answer.evidence = typed.evidence ?? answer.evidence
        }
        if let note { answer.note = note }
        if let evidence { answer.evidence = evidence }
        guard answer != answers[id] else {
            notice = "\(id) already has this \(what)."
            return typed != nil ? [.dropDraft(question: id)] : []
        }
        answers[id] = answer
        notice = "Saved the \(what) on \(id)."
        return [.record(question: id, answer: answer)]
    }

    private mutating func skip(_ index: Int) -> [InterviewEffect] {
        let id = questions[index].id
        if answers[id] != nil {
            notice = "Kept the answer to \(id)."
            stepForward(from: index)
            return []
        }
        let first = skipped.insert(id).inserted
        notice = "Skipped \(id)" + (pending[id] != nil ? "; the note or evidence typed for it waits for an answer." : ".")
        advance(from: index)
        return first ? [.skip(question: id)] : []
    }

    private func describe(_ answer: Answer, of question: Question) -> String {
        switch answer.choice {
        case .option(let id):
            return optionsByScale[question.scale]?.first(where: { $0.id == id })?.label ?? id
        case .unknown:
            return "Don't know"
        case .notApplicable:
            return "Not applicable (\(answer.justification ?? ""))"
        }
    }

    // MARK: - Moving

    /// To the next open question after `index`, or the end.
    private mutating func advance(from index: Int) {
        position = firstOpen(after: index)
        if position == nil { finish() }
    }

    /// To the next question put to the respondent, in order, answered or not.
    private mutating func stepForward(from index: Int) {
        if let next = visibleIndices().first(where: { $0 > index }) {
            position = next
        } else {
            advance(from: index)
        }
    }

    private mutating func stepBack(from index: Int) {
        guard let previous = visibleIndices().last(where: { $0 < index }) else {
            problem = "\(questions[index].id) is the first question; there is nothing before it."
            return
        }
        position = previous
    }

    private mutating func finish() {
        position = nil
        mode = .finished
        revisiting = false
    }

    /// The first open question after `index` (from the start when nil). When
    /// none is left after it, an open question before it (possible only when
    /// not revisiting: revisiting ends after the last skipped question).
    private func firstOpen(after index: Int?) -> Int? {
        let visible = visibleIndices()
        if let next = visible.first(where: { $0 > (index ?? -1) && isOpen($0) }) { return next }
        if revisiting { return nil }
        return visible.first(where: isOpen)
    }

    private func isOpen(_ index: Int) -> Bool {
        let id = questions[index].id
        return answers[id] == nil && (revisiting || !skipped.contains(id))
    }

    /// docs/scoring.md § 1 for this respondent: role filter, then `when` on the
    /// answers to the questions put to them so far.
    private func visibleIndices() -> [Int] {
        asked.indices(answers: answers)
    }

    private func counts(_ visible: [Int]? = nil) -> (answered: Int, total: Int, skipped: Int) {
        let visible = visible ?? visibleIndices()
        var answered = 0, skippedCount = 0
        for index in visible {
            let id = questions[index].id
            if answers[id] != nil { answered += 1 } else if skipped.contains(id) { skippedCount += 1 }
        }
        return (answered, visible.count, skippedCount)
    }
}
