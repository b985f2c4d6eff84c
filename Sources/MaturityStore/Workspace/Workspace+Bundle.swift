import Foundation
import GRDB
import MaturityKit

extension Workspace {
    /// Everything in the workspace, or of one organisation, as a bundle.
    public func export(organisation reference: String? = nil) throws -> WorkspaceBundle {
        try read { db in
            let organisations = try reference.map { [try Self.organisation($0, in: db)] } ?? OrganisationRecord.order(OrganisationRecord.Columns.id).fetchAll(db)
            let orgUID = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id ?? 0, $0.uid) })
            let assessments = try AssessmentRecord.order(AssessmentRecord.Columns.id).fetchAll(db).filter { orgUID[$0.organisationId] != nil }
            var contents: [Int64: ContentRecord] = [:]
            var bundledAssessments: [WorkspaceBundle.Assessment] = []
            for assessment in assessments {
                let snapshot = try ContentRecord.fetchAll(db, sql: """
                    SELECT content.* FROM content JOIN assessmentContent ON assessmentContent.contentId = content.id
                    WHERE assessmentContent.assessmentId = ? ORDER BY content.id
                    """, arguments: [assessment.id])
                for content in snapshot { contents[content.id ?? 0] = content }
                let batches = try BatchRecord.filter(BatchRecord.Columns.assessmentId == assessment.id).order(BatchRecord.Columns.id).fetchAll(db)
                let batchUID = Dictionary(uniqueKeysWithValues: batches.map { ($0.id ?? 0, $0.uid) })
                let respondents = try RespondentRecord.filter(RespondentRecord.Columns.assessmentId == assessment.id).order(RespondentRecord.Columns.id).fetchAll(db)
                let bundledRespondents = try respondents.map { respondent in
                    let skips = try SkipRecord.filter(SkipRecord.Columns.respondentId == respondent.id).order(SkipRecord.Columns.id).fetchAll(db)
                    let drafts = try DraftRecord.filter(DraftRecord.Columns.respondentId == respondent.id).order(DraftRecord.Columns.id).fetchAll(db)
                    return WorkspaceBundle.Respondent(uid: respondent.uid, key: respondent.key, name: respondent.name, role: respondent.role,
                        answers: try AnswerRecord.filter(AnswerRecord.Columns.respondentId == respondent.id).order(AnswerRecord.Columns.id).fetchAll(db).map {
                            WorkspaceBundle.AnswerRevision(batch: batchUID[$0.batchId] ?? "", question: $0.question, choice: $0.choice,
                                                           note: $0.note, evidence: $0.evidence, justification: $0.justification)
                        },
                        skips: skips.isEmpty ? nil : skips.map { WorkspaceBundle.Skip(batch: batchUID[$0.batchId] ?? "", question: $0.question) },
                        drafts: drafts.isEmpty ? nil : drafts.map {
                            WorkspaceBundle.Draft(batch: batchUID[$0.batchId] ?? "", question: $0.question, note: $0.note,
                                                  evidence: $0.evidence, savedAt: $0.savedAt)
                        })
                }
                bundledAssessments.append(WorkspaceBundle.Assessment(
                    uid: assessment.uid, organisation: orgUID[assessment.organisationId] ?? "", questionnaireId: assessment.questionnaireId,
                    questionnaireVersion: assessment.questionnaireVersion, date: assessment.date, label: assessment.label,
                    status: assessment.status.rawValue, createdAt: assessment.createdAt, closedAt: assessment.closedAt,
                    content: snapshot.map { "\($0.kind.rawValue):\($0.contentId):\($0.digest)" },
                    batches: batches.map { .init(uid: $0.uid, kind: $0.kind.rawValue, source: $0.source, recordedBy: $0.recordedBy, recordedAt: $0.recordedAt) },
                    respondents: bundledRespondents,
                    context: assessment.organisationContext.isEmpty ? nil : assessment.organisationContext.values))
            }
            let assessmentUID = Dictionary(uniqueKeysWithValues: assessments.map { ($0.id ?? 0, $0.uid) })
            let profiles = try ProfileRecord.order(ProfileRecord.Columns.id).fetchAll(db).filter { orgUID[$0.organisationId] != nil }
            let profileUID = Dictionary(uniqueKeysWithValues: profiles.map { ($0.id ?? 0, $0.uid) })
            let plans = try PlanRecord.order(PlanRecord.Columns.id).fetchAll(db).filter { orgUID[$0.organisationId] != nil }
            let bundledPlans = try plans.map { plan in
                WorkspaceBundle.Plan(uid: plan.uid, organisation: orgUID[plan.organisationId] ?? "", assessment: assessmentUID[plan.assessmentId] ?? "",
                                     profile: profileUID[plan.profileId] ?? "", roadmap: plan.roadmap, acceptedAt: plan.acceptedAt,
                                     supersededAt: plan.supersededAt,
                                     objectives: try ObjectiveRecord.filter(ObjectiveRecord.Columns.planId == plan.id).order(ObjectiveRecord.Columns.id).fetchAll(db).map { objective in
                    WorkspaceBundle.Objective(
                        uid: objective.uid, actionId: objective.actionId, title: objective.title, dimension: objective.dimension,
                        level: objective.level, phase: objective.phase, start: objective.start, due: objective.due,
                        effort: objective.effort, roles: objective.roles,
                        statuses: try ObjectiveStatusRecord.filter(ObjectiveStatusRecord.Columns.objectiveId == objective.id).order(ObjectiveStatusRecord.Columns.id).fetchAll(db)
                            .map { .init(uid: $0.uid, status: $0.status.rawValue, note: $0.note, at: $0.at) },
                        measures: try MeasureRecord.filter(MeasureRecord.Columns.objectiveId == objective.id).order(MeasureRecord.Columns.id).fetchAll(db).map { measure in
                            WorkspaceBundle.Measure(key: measure.key, name: measure.name, unit: measure.unit.rawValue, direction: measure.direction.rawValue,
                                                    target: measure.target, baseline: measure.baseline,
                                                    readings: try ReadingRecord.filter(ReadingRecord.Columns.measureId == measure.id).order(ReadingRecord.Columns.id).fetchAll(db)
                                                        .map { .init(uid: $0.uid, value: $0.value, date: $0.date, source: $0.source, note: $0.note, recordedAt: $0.recordedAt) },
                                                    currency: measure.currency)
                        })
                }, roadmapValue: plan.roadmapValue)
            }
            var bundle = WorkspaceBundle(
                format: WorkspaceBundle.format, exportedAt: now,
                organisations: organisations.map { .init(uid: $0.uid, slug: $0.slug, name: $0.name, sector: $0.sector, createdAt: $0.createdAt) },
                contents: contents.keys.sorted().compactMap { contents[$0] }.map {
                    .init(kind: $0.kind.rawValue, contentId: $0.contentId, version: $0.version, digest: $0.digest, path: $0.path, text: $0.text)
                },
                assessments: bundledAssessments,
                profiles: profiles.map { .init(uid: $0.uid, organisation: orgUID[$0.organisationId] ?? "", path: $0.path, text: $0.text, createdAt: $0.createdAt) },
                plans: bundledPlans)
            bundle.audit = try Self.bundledAudit(organisations: reference == nil ? nil : Array(orgUID.keys), in: db)
            return bundle
        }
    }

    /// The whole audit trail, or the entries of `organisations`, oldest first,
    /// each naming its organisation by uid.
    static func bundledAudit(organisations: [Int64]?, in db: Database) throws -> [WorkspaceBundle.AuditEntry] {
        var entries = AuditEntryRecord.order(AuditEntryRecord.Columns.at, AuditEntryRecord.Columns.id)
        if let organisations { entries = entries.filter(organisations.contains(AuditEntryRecord.Columns.organisationId)) }
        let uids = Dictionary(uniqueKeysWithValues: try OrganisationRecord.fetchAll(db).map { ($0.id ?? 0, $0.uid) })
        return try entries.fetchAll(db).map {
            WorkspaceBundle.AuditEntry(at: $0.at, actor: $0.actor, action: $0.action, organisation: $0.organisationId.flatMap { uids[$0] },
                                       subject: $0.subject, detail: $0.detail)
        }
    }

    /// Adds the bundle's audit entries the workspace does not hold, with their
    /// original actors and times, inside the import's transaction. Entries
    /// have no uid, so they are matched on every field, and counted: two
    /// equal entries in a bundle (the same change made twice in one second)
    /// stay two, and importing the bundle again adds neither.
    static func importAudit(_ entries: [WorkspaceBundle.AuditEntry], organisations orgId: [String: Int64], in db: Database) throws -> Int {
        guard !entries.isEmpty else { return 0 }
        var held: [AuditKey: Int] = [:]
        for record in try AuditEntryRecord.fetchAll(db) {
            held[AuditKey(record), default: 0] += 1
        }
        var added = 0
        for entry in entries {
            var record = AuditEntryRecord(id: nil, at: entry.at, actor: entry.actor, action: entry.action,
                                          organisationId: entry.organisation.flatMap { orgId[$0] }, subject: entry.subject, detail: entry.detail)
            let key = AuditKey(record)
            if let count = held[key], count > 0 {
                held[key] = count - 1
                continue
            }
            try record.insert(db)
            added += 1
        }
        return added
    }

    /// Every field of an audit entry but its row id.
    private struct AuditKey: Hashable {
        let at: String, actor: String, action: String, organisationId: Int64?, subject: String, detail: String?

        init(_ record: AuditEntryRecord) {
            (at, actor, action, organisationId, subject, detail) =
                (record.at, record.actor, record.action, record.organisationId, record.subject, record.detail)
        }
    }

    /// What an import of a bundle added (kept under this name for callers
    /// that hold a `Workspace`; the type belongs to no backend).
    public typealias BundleImportSummary = MaturityStore.BundleImportSummary

    /// Restores a bundle in one transaction: records whose uid is already here
    /// are kept as they are, everything else is added; an organisation with
    /// the same short name is taken to be the same organisation. The whole
    /// bundle is checked first, and nothing is written when any of it is wrong.
    /// - Parameter source: the bundle's path and text, to locate problems in
    ///   (as `decodeBundle` read it); without it they are reported at no place.
    /// - Throws: `BundleError` for a problem in the bundle, among them a
    ///   content record whose key the workspace holds with another text.
    @discardableResult
    public func importBundle(_ bundle: WorkspaceBundle, source: (path: String, data: Data)? = nil) throws -> BundleImportSummary {
        let path = source?.path ?? "bundle"
        let locator = source.map { JSONLocator(Array($0.data)) }
        guard bundle.format == WorkspaceBundle.format else {
            throw BundleError.wrongFormat(path: path, line: 0, column: 0, found: bundle.format)
        }
        try bundle.check(path: path, locator: locator)
        return try write { db in
            try Self.checkContent(of: bundle, against: db, path: path, locator: locator)
            var summary = BundleImportSummary()
            var orgId: [String: Int64] = [:]
            for organisation in bundle.organisations {
                if let existing = try OrganisationRecord.filter(OrganisationRecord.Columns.uid == organisation.uid || OrganisationRecord.Columns.slug == organisation.slug).fetchOne(db) {
                    orgId[organisation.uid] = existing.id
                } else {
                    var record = OrganisationRecord(id: nil, uid: organisation.uid, slug: organisation.slug, name: organisation.name,
                                                    sector: organisation.sector, createdAt: organisation.createdAt)
                    try record.insert(db)
                    orgId[organisation.uid] = record.id
                    summary.organisations += 1
                }
            }
            var contentByKey: [String: WorkspaceBundle.Content] = [:]
            for content in bundle.contents { contentByKey["\(content.kind):\(content.contentId):\(content.digest)"] = content }
            var assessmentId: [String: Int64] = [:]
            for assessment in bundle.assessments {
                // `check` has found every reference in the bundle.
                guard let organisation = orgId[assessment.organisation] else { continue }
                let id: Int64
                if let existing = try AssessmentRecord.filter(AssessmentRecord.Columns.uid == assessment.uid).fetchOne(db) {
                    id = existing.id ?? 0
                } else {
                    var record = AssessmentRecord(id: nil, uid: assessment.uid, organisationId: organisation, questionnaireId: assessment.questionnaireId,
                                                  questionnaireVersion: assessment.questionnaireVersion, date: assessment.date, label: assessment.label,
                                                  status: try Self.stored(assessment.status, field: "status", path: path),
                                                  createdAt: assessment.createdAt, closedAt: assessment.closedAt)
                    record.organisationContext = OrganisationContext(assessment.context ?? [:])
                    try record.insert(db)
                    id = record.id ?? 0
                    let files = assessment.content.compactMap { contentByKey[$0] }.map { ContentFile(path: $0.path, text: $0.text) }
                    try Self.attach(files, to: id, in: db, cache: contentCache)
                    summary.assessments += 1
                }
                assessmentId[assessment.uid] = id
                var batchId: [String: Int64] = [:]
                var newBatches = Set<String>()
                for batch in assessment.batches {
                    if let existing = try BatchRecord.filter(BatchRecord.Columns.uid == batch.uid).fetchOne(db) {
                        batchId[batch.uid] = existing.id
                    } else {
                        var record = BatchRecord(id: nil, uid: batch.uid, assessmentId: id, kind: try Self.stored(batch.kind, field: "kind", path: path), source: batch.source,
                                                 recordedBy: batch.recordedBy, recordedAt: batch.recordedAt)
                        try record.insert(db)
                        batchId[batch.uid] = record.id
                        newBatches.insert(batch.uid)
                    }
                }
                for respondent in assessment.respondents {
                    let respondentId: Int64
                    if let existing = try RespondentRecord.filter(RespondentRecord.Columns.uid == respondent.uid
                        || (RespondentRecord.Columns.assessmentId == id && RespondentRecord.Columns.key == respondent.key)).fetchOne(db) {
                        respondentId = existing.id ?? 0
                    } else {
                        var record = RespondentRecord(id: nil, uid: respondent.uid, assessmentId: id, key: respondent.key,
                                                      name: respondent.name, role: respondent.role)
                        try record.insert(db)
                        respondentId = record.id ?? 0
                    }
                    for answer in respondent.answers where newBatches.contains(answer.batch) {
                        guard let batch = batchId[answer.batch] else { continue }
                        var record = AnswerRecord(id: nil, respondentId: respondentId, batchId: batch, question: answer.question,
                                                  choice: answer.choice, note: answer.note, evidence: answer.evidence, justification: answer.justification)
                        try record.insert(db)
                        summary.answers += 1
                    }
                    for skip in respondent.skips ?? [] where newBatches.contains(skip.batch) {
                        guard let batch = batchId[skip.batch] else { continue }
                        var record = SkipRecord(id: nil, respondentId: respondentId, batchId: batch, question: skip.question)
                        try record.insert(db, onConflict: .ignore)
                    }
                    // As answers: only with their batch, so a second import adds
                    // nothing. Of two drafts of a question the later one stays.
                    for draft in respondent.drafts ?? [] where newBatches.contains(draft.batch) {
                        guard let batch = batchId[draft.batch] else { continue }
                        var record = DraftRecord(id: nil, respondentId: respondentId, batchId: batch, question: draft.question,
                                                 note: draft.note, evidence: draft.evidence, savedAt: draft.savedAt)
                        if let existing = try DraftRecord.filter(DraftRecord.Columns.respondentId == respondentId && DraftRecord.Columns.question == draft.question).fetchOne(db) {
                            guard Self.isLater(draft.savedAt, than: existing.savedAt) else { continue }
                            record.id = existing.id
                            try record.update(db)
                        } else {
                            try record.insert(db)
                        }
                    }
                }
            }
            var profileId: [String: Int64] = [:]
            for profile in bundle.profiles {
                if let existing = try ProfileRecord.filter(ProfileRecord.Columns.uid == profile.uid).fetchOne(db) {
                    profileId[profile.uid] = existing.id
                } else if let organisation = orgId[profile.organisation] {
                    var record = ProfileRecord(id: nil, uid: profile.uid, organisationId: organisation, path: profile.path,
                                               text: profile.text, createdAt: profile.createdAt)
                    try record.insert(db)
                    profileId[profile.uid] = record.id
                }
            }
            for plan in bundle.plans {
                let planId: Int64
                if let existing = try PlanRecord.filter(PlanRecord.Columns.uid == plan.uid).fetchOne(db) {
                    planId = existing.id ?? 0
                } else {
                    guard let organisation = orgId[plan.organisation], let assessment = assessmentId[plan.assessment],
                          let profile = profileId[plan.profile] else { continue }
                    if plan.supersededAt == nil {
                        try db.execute(sql: "UPDATE plan SET supersededAt = ? WHERE organisationId = ? AND supersededAt IS NULL",
                                       arguments: [plan.acceptedAt, organisation])
                    }
                    var record = PlanRecord(id: nil, uid: plan.uid, organisationId: organisation, assessmentId: assessment, profileId: profile,
                                            roadmap: plan.roadmap, roadmapValue: try plan.roadmapValue.map { try Self.roadmapValue($0, path: path) },
                                            acceptedAt: plan.acceptedAt, supersededAt: plan.supersededAt)
                    try record.insert(db)
                    planId = record.id ?? 0
                    summary.plans += 1
                }
                for objective in plan.objectives {
                    let objectiveId: Int64
                    if let existing = try ObjectiveRecord.filter(ObjectiveRecord.Columns.uid == objective.uid).fetchOne(db) {
                        objectiveId = existing.id ?? 0
                    } else {
                        var record = ObjectiveRecord(id: nil, uid: objective.uid, planId: planId, actionId: objective.actionId, title: objective.title,
                                                     dimension: objective.dimension, level: objective.level, phase: objective.phase,
                                                     start: objective.start, due: objective.due, effort: objective.effort, roles: objective.roles)
                        try record.insert(db)
                        objectiveId = record.id ?? 0
                        summary.objectives += 1
                    }
                    for status in objective.statuses where try ObjectiveStatusRecord.filter(ObjectiveStatusRecord.Columns.uid == status.uid).fetchCount(db) == 0 {
                        var record = ObjectiveStatusRecord(id: nil, uid: status.uid, objectiveId: objectiveId,
                                                           status: try Self.stored(status.status, field: "status", path: path), note: status.note, at: status.at)
                        try record.insert(db)
                        summary.statuses += 1
                    }
                    for measure in objective.measures {
                        var record: MeasureRecord
                        if let existing = try MeasureRecord.filter(MeasureRecord.Columns.objectiveId == objectiveId && MeasureRecord.Columns.key == measure.key).fetchOne(db) {
                            record = existing
                        } else {
                            record = MeasureRecord(id: nil, objectiveId: objectiveId, key: measure.key, name: measure.name,
                                                   unit: try Self.stored(measure.unit, field: "unit", path: path),
                                                   direction: try Self.stored(measure.direction, field: "direction", path: path), target: measure.target, baseline: measure.baseline,
                                                   currency: measure.currency)
                            try record.insert(db)
                        }
                        for reading in measure.readings where try ReadingRecord.filter(ReadingRecord.Columns.uid == reading.uid).fetchCount(db) == 0 {
                            var readingRecord = ReadingRecord(id: nil, uid: reading.uid, measureId: record.id ?? 0, value: reading.value,
                                                              date: reading.date, source: reading.source, note: reading.note, recordedAt: reading.recordedAt)
                            try readingRecord.insert(db)
                            summary.readings += 1
                        }
                    }
                }
            }
            summary.auditEntries = try Self.importAudit(bundle.audit ?? [], organisations: orgId, in: db)
            return summary
        }
    }

    /// A bundle's word as the store's value. `check` has refused a bundle
    /// holding any other word, so this throws only if the two ever disagree,
    /// and then refuses the bundle rather than store a value it invented.
    /// A plan's `roadmap_value`, read and written again so the workspace
    /// only ever keeps a roadmap this version can read.
    private static func roadmapValue(_ text: String, path: String) throws -> String {
        guard let roadmap = try? RoadmapCoding.decode(text, path: path) else {
            throw BundleError.invalidValue(path: path, line: 0, column: 0, field: "roadmap_value", value: String(text.prefix(40)),
                                           expected: "a roadmap as 'ospo export' writes it")
        }
        return try RoadmapCoding.encode(roadmap)
    }

    private static func stored<Value: RawRepresentable & CaseIterable>(_ word: String, field: String, path: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: word) else {
            throw BundleError.invalidValue(path: path, line: 0, column: 0, field: field, value: word,
                                           expected: "one of " + Value.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    /// Refuses a bundle whose content records clash with the workspace's: a
    /// record whose kind, id and digest the workspace holds with another text
    /// (a digest collision, or a row changed outside ospo) cannot be stored
    /// beside it (the key is unique), and must not be taken for it.
    /// The same text is fine: the import reuses the row.
    private static func checkContent(of bundle: WorkspaceBundle, against db: Database, path: String, locator: JSONLocator?) throws {
        var clashes: [Int] = []
        for (index, content) in bundle.contents.enumerated() {
            let stored = try String.fetchAll(db, sql: "SELECT text FROM content WHERE kind = ? AND contentId = ? AND digest = ?",
                                             arguments: [content.kind, content.contentId, content.digest])
            if !stored.isEmpty && !stored.contains(content.text) { clashes.append(index) }
        }
        guard !clashes.isEmpty else { return }
        let wanted = Set(clashes.map { [JSONLocator.Step.key("contents"), .index($0)] })
        let offsets = (try? locator?.scan(wanted: wanted, depth: InputLimits.jsonNestingDepth)) ?? [:]
        let errors = clashes.map { index -> BundleError in
            let content = bundle.contents[index]
            let place = offsets[[.key("contents"), .index(index)]].flatMap { offset in locator?.place(of: offset) } ?? (0, 0)
            return .contentClash(path: path, line: place.0, column: place.1, content: "\(content.kind):\(content.contentId):\(content.digest)")
        }
        throw errors.count == 1 ? errors[0] : BundleError.several(errors)
    }

    /// True when time stamp `first` is after `second`. Compared as times, not
    /// as text: `…00.5Z` is later than `…00Z` but sorts before it. A stamp
    /// that does not read (the bundle's check refuses those) is not later.
    static func isLater(_ first: String, than second: String) -> Bool {
        func date(_ text: String) -> Date? {
            let formatter = ISO8601DateFormatter()
            if let date = formatter.date(from: text) { return date }
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            return formatter.date(from: text)
        }
        guard let first = date(first) else { return false }
        guard let second = date(second) else { return true }
        return first > second
    }

    /// The bundle as JSON text (sorted keys, snake_case), as `ospo export` writes it.
    public static func encode(_ bundle: WorkspaceBundle) throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(bundle)
    }

    /// Reads a bundle's text and checks all of it (see
    /// `WorkspaceBundle.problems`), before any workspace is opened.
    /// - Throws: `BundleError` with every problem found, each at its line and
    ///   column in the text: the first syntax or structure error (decoding
    ///   stops there), or every reference, value and content problem.
    public static func decodeBundle(_ data: Data, path: String) throws -> WorkspaceBundle {
        let locator = JSONLocator(Array(data))
        func located(_ offset: Int) -> (Int, Int) { locator.place(of: offset) }
        let found: [[JSONLocator.Step]: Int]
        do {
            found = try locator.scan(wanted: [[.key("format")]], depth: InputLimits.jsonNestingDepth)
        } catch {
            let (line, column) = located(error.offset)
            throw BundleError.invalidJSON(path: path, line: line, column: column, problem: error.problem)
        }
        let start = locator.bytes.firstIndex { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } ?? 0
        guard locator.bytes.indices.contains(start), locator.bytes[start] == UInt8(ascii: "{") else {
            let (line, column) = located(start)
            throw BundleError.notABundle(path: path, line: line, column: column)
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        // The format first: a file of another format fails on that alone.
        struct Header: Decodable { var format: String? }
        let format = (try? decoder.decode(Header.self, from: data))?.format
        guard format == WorkspaceBundle.format else {
            let (line, column) = located(found[[.key("format")]] ?? start)
            if let format { throw BundleError.wrongFormat(path: path, line: line, column: column, found: format) }
            throw BundleError.notABundle(path: path, line: line, column: column)
        }
        let bundle: WorkspaceBundle
        do {
            bundle = try decoder.decode(WorkspaceBundle.self, from: data)
        } catch let error as DecodingError {
            throw bundleError(error, path: path, locator: locator)
        }
        try bundle.check(path: path, locator: locator)
        return bundle
    }

    /// A decoding error as a located `BundleError`: the coding path is
    /// found in the text by `JSONLocator` (the decoder gives no position).
    private static func bundleError(_ error: DecodingError, path: String, locator: JSONLocator) -> BundleError {
        func steps(_ codingPath: [any CodingKey]) -> [JSONLocator.Step] {
            codingPath.map { key in key.intValue.map { .index($0) } ?? .key(snakeCase(key.stringValue)) }
        }
        func place(_ at: [JSONLocator.Step]) -> (Int, Int) {
            var at = at
            while true {
                if let offset = (try? locator.scan(wanted: [at], depth: InputLimits.jsonNestingDepth))?[at] { return locator.place(of: offset) }
                if at.isEmpty { return (1, 1) }
                at.removeLast()
            }
        }
        func field(_ codingPath: [any CodingKey]) -> String {
            codingPath.last.map { $0.intValue.map { "item \($0 + 1)" } ?? snakeCase($0.stringValue) } ?? "the bundle"
        }
        switch error {
        case .keyNotFound(let key, let context):
            let (line, column) = place(steps(context.codingPath))
            return .missingField(path: path, line: line, column: column, record: recordName(context.codingPath), field: snakeCase(key.stringValue))
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let (line, column) = place(steps(context.codingPath))
            return .wrongType(path: path, line: line, column: column, field: field(context.codingPath), expected: typeName(type))
        case .dataCorrupted(let context):
            let (line, column) = place(steps(context.codingPath))
            return .wrongType(path: path, line: line, column: column, field: field(context.codingPath), expected: "a value of another kind")
        @unknown default:
            return .notABundle(path: path, line: 1, column: 1)
        }
    }

    /// `createdAt` → `created_at`, as the bundle's keys are written.
    private static func snakeCase(_ key: String) -> String {
        var out = ""
        for character in key {
            if character.isUppercase {
                out += "_" + character.lowercased()
            } else {
                out.append(character)
            }
        }
        return out
    }

    /// "organisation", "answer", ...: what the record at the end of a coding path is.
    private static func recordName(_ codingPath: [any CodingKey]) -> String {
        let names = ["organisations": "the organisation", "contents": "the content record", "assessments": "the assessment",
                     "batches": "the batch", "respondents": "the respondent", "answers": "the answer", "skips": "the skip", "drafts": "the draft",
                     "profiles": "the profile", "plans": "the plan", "objectives": "the objective", "statuses": "the status change",
                     "measures": "the measure", "readings": "the reading"]
        guard let last = codingPath.last(where: { $0.intValue == nil }) else { return "the bundle" }
        if codingPath.last?.intValue == nil { return "'\(snakeCase(last.stringValue))'" }
        return names[last.stringValue] ?? "the record"
    }

    /// How a bundle's reader names the kind of value a field needs.
    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "text in quotes"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") || name.hasPrefix("[") { return "a list" }
            return "an object"
        }
    }
}
