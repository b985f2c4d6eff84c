import Foundation
import MaturityKit

/// A portable copy of a workspace's data (`format: ospo/bundle@1`), written
/// by `ospo export` and read by `ospo import`. Every record carries the uid it
/// has in its workspace, so importing a bundle twice adds nothing the second
/// time. Documented in docs/workspace.md.
public struct WorkspaceBundle: Codable, Sendable, Equatable {
    public static let format = "ospo/bundle@1"
    public var format: String
    public var exportedAt: String
    public var organisations: [Organisation]
    public var contents: [Content]
    public var assessments: [Assessment]
    public var profiles: [Profile]
    public var plans: [Plan]
    /// The audit trail, oldest first: who changed what, with the original
    /// actors and times. Absent from bundles written before bundles kept it.
    public var audit: [AuditEntry]? = nil

    public struct Organisation: Codable, Sendable, Equatable {
        public var uid: String, slug: String, name: String, sector: String?, createdAt: String
    }

    public struct Content: Codable, Sendable, Equatable {
        public var kind: String, contentId: String, version: String?, digest: String, path: String, text: String
    }

    public struct Assessment: Codable, Sendable, Equatable {
        public var uid: String, organisation: String, questionnaireId: String, questionnaireVersion: String
        public var date: String, label: String?, status: String, createdAt: String, closedAt: String?
        /// Digests of the content snapshot.
        public var content: [String]
        public var batches: [Batch]
        public var respondents: [Respondent]
        /// The context facts stated (fact id → option id); absent when none
        /// were, and in bundles written before assessments kept them.
        public var context: [String: String]? = nil
    }

    public struct Batch: Codable, Sendable, Equatable {
        public var uid: String, kind: String, source: String, recordedBy: String, recordedAt: String
    }

    public struct Respondent: Codable, Sendable, Equatable {
        public var uid: String, key: String, name: String?, role: String
        /// Every revision, oldest first.
        public var answers: [AnswerRevision]
        /// The questions skipped in interviews; absent when none was (and
        /// in bundles written before interviews kept skips).
        public var skips: [Skip]?
        /// Notes and evidence typed in interviews for questions not answered
        /// yet; absent when there is none (and in bundles written before
        /// interviews kept them).
        public var drafts: [Draft]?
    }

    /// A question skipped in an interview: not an answer.
    public struct Skip: Codable, Sendable, Equatable {
        public var batch: String, question: String
    }

    /// A note and evidence typed in an interview before the question's
    /// answer: not an answer. At least one of the two is given.
    public struct Draft: Codable, Sendable, Equatable {
        public var batch: String, question: String, note: String?, evidence: String?, savedAt: String
    }

    public struct AnswerRevision: Codable, Sendable, Equatable {
        public var batch: String, question: String, choice: String
        public var note: String?, evidence: String?, justification: String?
    }

    public struct Profile: Codable, Sendable, Equatable {
        public var uid: String, organisation: String, path: String, text: String, createdAt: String
    }

    public struct Plan: Codable, Sendable, Equatable {
        public var uid: String, organisation: String, assessment: String, profile: String
        public var roadmap: String, acceptedAt: String, supersededAt: String?
        public var objectives: [Objective]
        /// The roadmap as the planner's value, the JSON text the workspace
        /// keeps (a string, so the bundle's snake_case keys never touch it);
        /// absent from bundles of versions before it, which ignore it.
        public var roadmapValue: String? = nil
    }

    public struct Objective: Codable, Sendable, Equatable {
        public var uid: String, actionId: String, title: String, dimension: String, level: Int, phase: Int
        public var start: String, due: String, effort: Double, roles: String
        public var statuses: [Status]
        public var measures: [Measure]
    }

    public struct Status: Codable, Sendable, Equatable {
        public var uid: String, status: String, note: String?, at: String
    }

    public struct Measure: Codable, Sendable, Equatable {
        public var key: String, name: String, unit: String, direction: String, target: Double, baseline: Double?
        public var readings: [Reading]
        /// Absent for a measure that names no currency, and in older bundles.
        public var currency: String? = nil
    }

    public struct Reading: Codable, Sendable, Equatable {
        public var uid: String, value: Double, date: String, source: String?, note: String?, recordedAt: String
    }

    /// One entry of the audit trail. Entries have no uid: an entry equal in
    /// every field to one the workspace holds is the same entry.
    public struct AuditEntry: Codable, Sendable, Equatable {
        public var at: String, actor: String, action: String
        /// The organisation's uid; absent for a change to the whole workspace.
        public var organisation: String?
        public var subject: String, detail: String?
    }
}

extension WorkspaceBundle {
    /// One problem found by `problems()`: where it is in the bundle (a JSON
    /// path) and the error once that place is known.
    struct Problem {
        var at: [JSONLocator.Step]
        var error: (_ line: Int, _ column: Int) -> BundleError
    }

    /// Everything wrong with the bundle that its decoding let through: every
    /// reference between its records, every value that must be one of a few
    /// (statuses, units, directions, kinds), every date and time stamp, every
    /// uid that must be unique, and every content record (its digest, and
    /// that its text is the rubric, roles or questionnaire it says). Nothing
    /// is imported from a bundle with one of these.
    func problems(path: String) -> [Problem] {
        var out: [Problem] = []
        typealias S = JSONLocator.Step
        func add(_ at: [S], _ make: @escaping (String, Int, Int) -> BundleError) {
            out.append(Problem(at: at) { make(path, $0, $1) })
        }
        let stamps = Timestamps()
        func stamp(_ value: String?, _ at: [S], _ field: String) {
            guard let value, !stamps.valid(value) else { return }
            add(at + [.key(field)]) { .invalidValue(path: $0, line: $1, column: $2, field: field, value: value, expected: "a time such as 2026-11-21T20:00:00Z") }
        }
        func day(_ value: String, _ at: [S], _ field: String) {
            guard CalendarDate(iso: value) == nil else { return }
            add(at + [.key(field)]) { .invalidValue(path: $0, line: $1, column: $2, field: field, value: value, expected: "a date such as 2026-03-01") }
        }
        func oneOf(_ value: String, _ allowed: [String], _ at: [S], _ field: String) {
            guard !allowed.contains(value) else { return }
            add(at + [.key(field)]) { .invalidValue(path: $0, line: $1, column: $2, field: field, value: value, expected: "one of " + allowed.joined(separator: ", ")) }
        }
        var seen: [String: Set<String>] = [:]
        func unique(_ kind: String, _ key: String, _ at: [S], _ field: String = "uid", record: String? = nil) {
            guard !seen[kind, default: []].insert(key).inserted else { return }
            add(at + [.key(field)]) { .duplicate(path: $0, line: $1, column: $2, record: record ?? kind, key: key) }
        }
        func refers(_ known: Set<String>, _ reference: String, _ at: [S], _ field: String, record: String, uid: String, target: String) {
            guard !known.contains(reference) else { return }
            add(at + [.key(field)]) { .danglingReference(path: $0, line: $1, column: $2, record: record, uid: uid, target: target, reference: reference) }
        }

        stamp(exportedAt, [], "exported_at")
        for (i, organisation) in organisations.enumerated() {
            let at: [S] = [.key("organisations"), .index(i)]
            unique("organisation", organisation.uid, at)
            unique("organisation short name", organisation.slug, at, "slug")
            stamp(organisation.createdAt, at, "created_at")
        }
        let organisationUIDs = Set(organisations.map(\.uid))
        var contentKeys = Set<String>()
        var questionnaires: [String: Questionnaire] = [:]
        for (i, content) in contents.enumerated() {
            let at: [S] = [.key("contents"), .index(i)]
            let name = "\(content.kind):\(content.contentId)"
            contentKeys.insert("\(name):\(content.digest)")
            oneOf(content.kind, ContentKind.allCases.map(\.rawValue), at, "kind")
            if Workspace.digest(content.text) != content.digest {
                add(at + [.key("digest")]) { .digestMismatch(path: $0, line: $1, column: $2, content: name) }
                continue
            }
            if let problem = Self.contentProblem(content) {
                add(at + [.key("text")]) { .unreadableContent(path: $0, line: $1, column: $2, content: name, problem: problem) }
            } else if content.kind == ContentKind.questionnaire.rawValue,
                      let questionnaire = try? ContentLoader.loadQuestionnaire(content.text, path: content.path) {
                questionnaires["\(name):\(content.digest)"] = questionnaire
            }
        }
        var assessmentOrganisation: [String: String] = [:]
        for (i, assessment) in assessments.enumerated() {
            let at: [S] = [.key("assessments"), .index(i)]
            unique("assessment", assessment.uid, at)
            assessmentOrganisation[assessment.uid] = assessment.organisation
            refers(organisationUIDs, assessment.organisation, at, "organisation", record: "assessment", uid: assessment.uid, target: "organisation")
            day(assessment.date, at, "date")
            oneOf(assessment.status, AssessmentStatus.allCases.map(\.rawValue), at, "status")
            stamp(assessment.createdAt, at, "created_at")
            stamp(assessment.closedAt, at, "closed_at")
            for (c, key) in assessment.content.enumerated() where !contentKeys.contains(key) {
                add(at + [.key("content"), .index(c)]) {
                    .danglingReference(path: $0, line: $1, column: $2, record: "assessment", uid: assessment.uid, target: "content", reference: key)
                }
            }
            // A context value the questionnaire does not declare would hide or
            // show questions by accident; a bundle without the questionnaire's
            // text has nothing to check it against.
            if let questionnaire = assessment.content.lazy.compactMap({ questionnaires[$0] })
                .first(where: { $0.id == assessment.questionnaireId }) {
                for (fact, value) in (assessment.context ?? [:]).sorted(by: { $0.key < $1.key }) {
                    let factAt = at + [.key("context"), .key(fact)]
                    guard let declared = questionnaire.context.first(where: { $0.id == fact }) else {
                        let known = questionnaire.context.map(\.id)
                        add(factAt) { .invalidValue(path: $0, line: $1, column: $2, field: "context", value: fact,
                                                    expected: known.isEmpty ? "a context fact: questionnaire \(questionnaire.id) declares none"
                                                        : "a context fact of questionnaire \(questionnaire.id) (\(known.joined(separator: ", ")))") }
                        continue
                    }
                    oneOf(value, declared.options.map(\.id), factAt, "context." + fact)
                }
            }
            for (b, batch) in assessment.batches.enumerated() {
                let batchAt = at + [.key("batches"), .index(b)]
                unique("batch", batch.uid, batchAt)
                oneOf(batch.kind, BatchKind.allCases.map(\.rawValue), batchAt, "kind")
                stamp(batch.recordedAt, batchAt, "recorded_at")
            }
            let batchUIDs = Set(assessment.batches.map(\.uid))
            var keys = Set<String>()
            for (r, respondent) in assessment.respondents.enumerated() {
                let respondentAt = at + [.key("respondents"), .index(r)]
                unique("respondent", respondent.uid, respondentAt)
                if !keys.insert(respondent.key).inserted {
                    add(respondentAt + [.key("key")]) { .duplicate(path: $0, line: $1, column: $2, record: "respondent", key: respondent.key) }
                }
                for (a, answer) in respondent.answers.enumerated() {
                    refers(batchUIDs, answer.batch, respondentAt + [.key("answers"), .index(a)], "batch",
                           record: "respondent", uid: respondent.uid, target: "batch")
                }
                for (s, skip) in (respondent.skips ?? []).enumerated() {
                    refers(batchUIDs, skip.batch, respondentAt + [.key("skips"), .index(s)], "batch",
                           record: "respondent", uid: respondent.uid, target: "batch")
                }
                var drafted = Set<String>()
                for (d, draft) in (respondent.drafts ?? []).enumerated() {
                    let draftAt = respondentAt + [.key("drafts"), .index(d)]
                    refers(batchUIDs, draft.batch, draftAt, "batch", record: "respondent", uid: respondent.uid, target: "batch")
                    stamp(draft.savedAt, draftAt, "saved_at")
                    if !drafted.insert(draft.question).inserted {
                        add(draftAt + [.key("question")]) { .duplicate(path: $0, line: $1, column: $2, record: "the draft of question", key: draft.question) }
                    }
                    if draft.note == nil && draft.evidence == nil {
                        add(draftAt) { .missingField(path: $0, line: $1, column: $2, record: "the draft of question \(draft.question)", field: "note") }
                    }
                }
            }
        }
        for (i, entry) in (audit ?? []).enumerated() {
            let at: [S] = [.key("audit"), .index(i)]
            stamp(entry.at, at, "at")
            if let organisation = entry.organisation {
                refers(organisationUIDs, organisation, at, "organisation", record: "audit entry", uid: "\(i + 1)", target: "organisation")
            }
        }
        for (i, profile) in profiles.enumerated() {
            let at: [S] = [.key("profiles"), .index(i)]
            unique("profile", profile.uid, at)
            refers(organisationUIDs, profile.organisation, at, "organisation", record: "profile", uid: profile.uid, target: "organisation")
            stamp(profile.createdAt, at, "created_at")
        }
        let profileUIDs = Set(profiles.map(\.uid))
        let states = ObjectiveState.allCases.map(\.rawValue), units = MeasureUnit.allCases.map(\.rawValue)
        let directions = MeasureDirection.allCases.map(\.rawValue)
        for (i, plan) in plans.enumerated() {
            let at: [S] = [.key("plans"), .index(i)]
            unique("plan", plan.uid, at)
            refers(organisationUIDs, plan.organisation, at, "organisation", record: "plan", uid: plan.uid, target: "organisation")
            refers(Set(assessmentOrganisation.keys), plan.assessment, at, "assessment", record: "plan", uid: plan.uid, target: "assessment")
            refers(profileUIDs, plan.profile, at, "profile", record: "plan", uid: plan.uid, target: "profile")
            stamp(plan.acceptedAt, at, "accepted_at")
            stamp(plan.supersededAt, at, "superseded_at")
            var actions = Set<String>()
            for (o, objective) in plan.objectives.enumerated() {
                let objectiveAt = at + [.key("objectives"), .index(o)]
                unique("objective", objective.uid, objectiveAt)
                if !actions.insert(objective.actionId).inserted {
                    add(objectiveAt + [.key("action_id")]) { .duplicate(path: $0, line: $1, column: $2, record: "the objective of action", key: objective.actionId) }
                }
                day(objective.start, objectiveAt, "start")
                day(objective.due, objectiveAt, "due")
                for (s, status) in objective.statuses.enumerated() {
                    let statusAt = objectiveAt + [.key("statuses"), .index(s)]
                    unique("status change", status.uid, statusAt)
                    oneOf(status.status, states, statusAt, "status")
                    stamp(status.at, statusAt, "at")
                }
                var measureKeys = Set<String>()
                for (m, measure) in objective.measures.enumerated() {
                    let measureAt = objectiveAt + [.key("measures"), .index(m)]
                    if !measureKeys.insert(measure.key).inserted {
                        add(measureAt + [.key("key")]) { .duplicate(path: $0, line: $1, column: $2, record: "measure", key: measure.key) }
                    }
                    oneOf(measure.unit, units, measureAt, "unit")
                    oneOf(measure.direction, directions, measureAt, "direction")
                    for (r, reading) in measure.readings.enumerated() {
                        let readingAt = measureAt + [.key("readings"), .index(r)]
                        unique("reading", reading.uid, readingAt)
                        day(reading.date, readingAt, "date")
                        stamp(reading.recordedAt, readingAt, "recorded_at")
                    }
                }
            }
        }
        return out
    }

    /// Why a content record's text is not the document it says it is; nil
    /// when it is. The import would otherwise leave such a file out of the
    /// assessment's snapshot without a word.
    static func contentProblem(_ content: Content) -> String? {
        let (document, diagnostics) = ContentLoader.load(content.text, path: content.path)
        if let error = diagnostics.errors.first {
            return error.location.line > 0 ? "line \(error.location.line): \(error.message)" : error.message
        }
        let found: (String, String)?
        switch document {
        case .rubric(let rubric)?: found = ("rubric", rubric.id)
        case .questionnaire(let questionnaire)?: found = ("questionnaire", questionnaire.id)
        case .roles?: found = ("roles", "roles")
        default: found = nil
        }
        guard let found else { return "it is not a rubric, roles file or questionnaire" }
        guard found == (content.kind, content.contentId) else { return "it is \(found.0) '\(found.1)'" }
        return nil
    }
}

/// Reads the time stamps a bundle holds (`2026-11-21T20:00:00Z`, fractions
/// of a second allowed).
private struct Timestamps {
    private let plain = ISO8601DateFormatter()
    private let fractional: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()

    func valid(_ text: String) -> Bool {
        plain.date(from: text) != nil || fractional.date(from: text) != nil
    }
}

extension WorkspaceBundle {
    /// Throws every problem of `problems(path:)` at once, each at its place
    /// in `locator`'s text (all found in one pass over the text), in the
    /// order of the text; at no place when there is no text.
    func check(path: String, locator: JSONLocator?) throws {
        let problems = problems(path: path)
        guard !problems.isEmpty else { return }
        // Each problem's own path and the paths that enclose it: a key the
        // decoder matched under another spelling ("Created_at" for
        // "created_at") is not found as written, so the problem is put at the
        // nearest record that is.
        var wanted = Set<[JSONLocator.Step]>()
        for problem in problems {
            for length in 0...problem.at.count { wanted.insert(Array(problem.at.prefix(length))) }
        }
        let offsets = (try? locator?.scan(wanted: wanted, depth: InputLimits.jsonNestingDepth)) ?? [:]
        let errors = problems.map { problem -> (line: Int, column: Int, error: BundleError) in
            guard let locator else { return (0, 0, problem.error(0, 0)) }
            let offset = (0...problem.at.count).reversed().lazy.compactMap { offsets[Array(problem.at.prefix($0))] }.first
            let (line, column) = offset.map(locator.place(of:)) ?? (1, 1)
            return (line, column, problem.error(line, column))
        }
        .enumerated().sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
        .map(\.element.error)
        throw errors.count == 1 ? errors[0] : BundleError.several(errors)
    }
}
