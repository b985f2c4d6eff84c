import Foundation
import GRDB

extension Workspace {
    /// Everything in the workspace, or of one organisation, as a bundle.
    public func export(organisation reference: String? = nil) throws -> WorkspaceBundle {
        try read { db in
            let organisations = try reference.map { [try Self.organisation($0, in: db)] } ?? OrganisationRecord.order(Column("id")).fetchAll(db)
            let orgUID = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id ?? 0, $0.uid) })
            let assessments = try AssessmentRecord.order(Column("id")).fetchAll(db).filter { orgUID[$0.organisationId] != nil }
            var contents: [Int64: ContentRecord] = [:]
            var bundledAssessments: [WorkspaceBundle.Assessment] = []
            for assessment in assessments {
                let snapshot = try ContentRecord.fetchAll(db, sql: """
                    SELECT content.* FROM content JOIN assessmentContent ON assessmentContent.contentId = content.id
                    WHERE assessmentContent.assessmentId = ? ORDER BY content.id
                    """, arguments: [assessment.id])
                for content in snapshot { contents[content.id ?? 0] = content }
                let batches = try BatchRecord.filter(Column("assessmentId") == assessment.id).order(Column("id")).fetchAll(db)
                let batchUID = Dictionary(uniqueKeysWithValues: batches.map { ($0.id ?? 0, $0.uid) })
                let respondents = try RespondentRecord.filter(Column("assessmentId") == assessment.id).order(Column("id")).fetchAll(db)
                let bundledRespondents = try respondents.map { respondent in
                    let skips = try SkipRecord.filter(Column("respondentId") == respondent.id).order(Column("id")).fetchAll(db)
                    return WorkspaceBundle.Respondent(uid: respondent.uid, key: respondent.key, name: respondent.name, role: respondent.role,
                        answers: try AnswerRecord.filter(Column("respondentId") == respondent.id).order(Column("id")).fetchAll(db).map {
                            WorkspaceBundle.AnswerRevision(batch: batchUID[$0.batchId] ?? "", question: $0.question, choice: $0.choice,
                                                           note: $0.note, evidence: $0.evidence, justification: $0.justification)
                        },
                        skips: skips.isEmpty ? nil : skips.map { WorkspaceBundle.Skip(batch: batchUID[$0.batchId] ?? "", question: $0.question) })
                }
                bundledAssessments.append(WorkspaceBundle.Assessment(
                    uid: assessment.uid, organisation: orgUID[assessment.organisationId] ?? "", questionnaireId: assessment.questionnaireId,
                    questionnaireVersion: assessment.questionnaireVersion, date: assessment.date, label: assessment.label,
                    status: assessment.status, createdAt: assessment.createdAt, closedAt: assessment.closedAt,
                    content: snapshot.map { "\($0.kind):\($0.contentId):\($0.digest)" },
                    batches: batches.map { .init(uid: $0.uid, kind: $0.kind, source: $0.source, recordedBy: $0.recordedBy, recordedAt: $0.recordedAt) },
                    respondents: bundledRespondents))
            }
            let assessmentUID = Dictionary(uniqueKeysWithValues: assessments.map { ($0.id ?? 0, $0.uid) })
            let profiles = try ProfileRecord.order(Column("id")).fetchAll(db).filter { orgUID[$0.organisationId] != nil }
            let profileUID = Dictionary(uniqueKeysWithValues: profiles.map { ($0.id ?? 0, $0.uid) })
            let plans = try PlanRecord.order(Column("id")).fetchAll(db).filter { orgUID[$0.organisationId] != nil }
            let bundledPlans = try plans.map { plan in
                WorkspaceBundle.Plan(uid: plan.uid, organisation: orgUID[plan.organisationId] ?? "", assessment: assessmentUID[plan.assessmentId] ?? "",
                                     profile: profileUID[plan.profileId] ?? "", roadmap: plan.roadmap, acceptedAt: plan.acceptedAt,
                                     supersededAt: plan.supersededAt,
                                     objectives: try ObjectiveRecord.filter(Column("planId") == plan.id).order(Column("id")).fetchAll(db).map { objective in
                    WorkspaceBundle.Objective(
                        uid: objective.uid, actionId: objective.actionId, title: objective.title, dimension: objective.dimension,
                        level: objective.level, phase: objective.phase, start: objective.start, due: objective.due,
                        effort: objective.effort, roles: objective.roles,
                        statuses: try ObjectiveStatusRecord.filter(Column("objectiveId") == objective.id).order(Column("id")).fetchAll(db)
                            .map { .init(uid: $0.uid, status: $0.status, note: $0.note, at: $0.at) },
                        measures: try MeasureRecord.filter(Column("objectiveId") == objective.id).order(Column("id")).fetchAll(db).map { measure in
                            WorkspaceBundle.Measure(key: measure.key, name: measure.name, unit: measure.unit, direction: measure.direction,
                                                    target: measure.target, baseline: measure.baseline,
                                                    readings: try ReadingRecord.filter(Column("measureId") == measure.id).order(Column("id")).fetchAll(db)
                                                        .map { .init(uid: $0.uid, value: $0.value, date: $0.date, source: $0.source, note: $0.note, recordedAt: $0.recordedAt) })
                        })
                })
            }
            return WorkspaceBundle(
                format: WorkspaceBundle.format, exportedAt: now,
                organisations: organisations.map { .init(uid: $0.uid, slug: $0.slug, name: $0.name, sector: $0.sector, createdAt: $0.createdAt) },
                contents: contents.keys.sorted().compactMap { contents[$0] }.map {
                    .init(kind: $0.kind, contentId: $0.contentId, version: $0.version, digest: $0.digest, path: $0.path, text: $0.text)
                },
                assessments: bundledAssessments,
                profiles: profiles.map { .init(uid: $0.uid, organisation: orgUID[$0.organisationId] ?? "", path: $0.path, text: $0.text, createdAt: $0.createdAt) },
                plans: bundledPlans)
        }
    }

    /// What an import of a bundle added.
    public struct BundleImportSummary: Sendable, Hashable {
        public var organisations = 0, assessments = 0, answers = 0, plans = 0, objectives = 0, statuses = 0, readings = 0
        public var total: Int { organisations + assessments + answers + plans + objectives + statuses + readings }
    }

    /// Restores a bundle in one transaction: records whose uid is already here
    /// are kept as they are, everything else is added; an organisation with
    /// the same short name is taken to be the same organisation.
    @discardableResult
    public func importBundle(_ bundle: WorkspaceBundle) throws -> BundleImportSummary {
        guard bundle.format == WorkspaceBundle.format else {
            throw WorkspaceError.invalid("this is not an ospo bundle of a version this ospo reads (format '\(bundle.format)', expected '\(WorkspaceBundle.format)')")
        }
        return try write { db in
            var summary = BundleImportSummary()
            var orgId: [String: Int64] = [:]
            for organisation in bundle.organisations {
                if let existing = try OrganisationRecord.filter(Column("uid") == organisation.uid || Column("slug") == organisation.slug).fetchOne(db) {
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
                guard let organisation = orgId[assessment.organisation] else {
                    throw WorkspaceError.invalid("the bundle is inconsistent: assessment \(assessment.uid) names an organisation it does not hold")
                }
                let id: Int64
                if let existing = try AssessmentRecord.filter(Column("uid") == assessment.uid).fetchOne(db) {
                    id = existing.id ?? 0
                } else {
                    var record = AssessmentRecord(id: nil, uid: assessment.uid, organisationId: organisation, questionnaireId: assessment.questionnaireId,
                                                  questionnaireVersion: assessment.questionnaireVersion, date: assessment.date, label: assessment.label,
                                                  status: assessment.status, createdAt: assessment.createdAt, closedAt: assessment.closedAt)
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
                    if let existing = try BatchRecord.filter(Column("uid") == batch.uid).fetchOne(db) {
                        batchId[batch.uid] = existing.id
                    } else {
                        var record = BatchRecord(id: nil, uid: batch.uid, assessmentId: id, kind: batch.kind, source: batch.source,
                                                 recordedBy: batch.recordedBy, recordedAt: batch.recordedAt)
                        try record.insert(db)
                        batchId[batch.uid] = record.id
                        newBatches.insert(batch.uid)
                    }
                }
                for respondent in assessment.respondents {
                    let respondentId: Int64
                    if let existing = try RespondentRecord.filter(Column("uid") == respondent.uid
                        || (Column("assessmentId") == id && Column("key") == respondent.key)).fetchOne(db) {
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
                }
            }
            var profileId: [String: Int64] = [:]
            for profile in bundle.profiles {
                if let existing = try ProfileRecord.filter(Column("uid") == profile.uid).fetchOne(db) {
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
                if let existing = try PlanRecord.filter(Column("uid") == plan.uid).fetchOne(db) {
                    planId = existing.id ?? 0
                } else {
                    guard let organisation = orgId[plan.organisation], let assessment = assessmentId[plan.assessment],
                          let profile = profileId[plan.profile] else {
                        throw WorkspaceError.invalid("the bundle is inconsistent: plan \(plan.uid) refers to records it does not hold")
                    }
                    if plan.supersededAt == nil {
                        try db.execute(sql: "UPDATE plan SET supersededAt = ? WHERE organisationId = ? AND supersededAt IS NULL",
                                       arguments: [plan.acceptedAt, organisation])
                    }
                    var record = PlanRecord(id: nil, uid: plan.uid, organisationId: organisation, assessmentId: assessment, profileId: profile,
                                            roadmap: plan.roadmap, acceptedAt: plan.acceptedAt, supersededAt: plan.supersededAt)
                    try record.insert(db)
                    planId = record.id ?? 0
                    summary.plans += 1
                }
                for objective in plan.objectives {
                    let objectiveId: Int64
                    if let existing = try ObjectiveRecord.filter(Column("uid") == objective.uid).fetchOne(db) {
                        objectiveId = existing.id ?? 0
                    } else {
                        var record = ObjectiveRecord(id: nil, uid: objective.uid, planId: planId, actionId: objective.actionId, title: objective.title,
                                                     dimension: objective.dimension, level: objective.level, phase: objective.phase,
                                                     start: objective.start, due: objective.due, effort: objective.effort, roles: objective.roles)
                        try record.insert(db)
                        objectiveId = record.id ?? 0
                        summary.objectives += 1
                    }
                    for status in objective.statuses where try ObjectiveStatusRecord.filter(Column("uid") == status.uid).fetchCount(db) == 0 {
                        var record = ObjectiveStatusRecord(id: nil, uid: status.uid, objectiveId: objectiveId, status: status.status, note: status.note, at: status.at)
                        try record.insert(db)
                        summary.statuses += 1
                    }
                    for measure in objective.measures {
                        var record: MeasureRecord
                        if let existing = try MeasureRecord.filter(Column("objectiveId") == objectiveId && Column("key") == measure.key).fetchOne(db) {
                            record = existing
                        } else {
                            record = MeasureRecord(id: nil, objectiveId: objectiveId, key: measure.key, name: measure.name, unit: measure.unit,
                                                   direction: measure.direction, target: measure.target, baseline: measure.baseline)
                            try record.insert(db)
                        }
                        for reading in measure.readings where try ReadingRecord.filter(Column("uid") == reading.uid).fetchCount(db) == 0 {
                            var readingRecord = ReadingRecord(id: nil, uid: reading.uid, measureId: record.id ?? 0, value: reading.value,
                                                              date: reading.date, source: reading.source, note: reading.note, recordedAt: reading.recordedAt)
                            try readingRecord.insert(db)
                            summary.readings += 1
                        }
                    }
                }
            }
            return summary
        }
    }

    /// The bundle as JSON text (sorted keys, snake_case), as `ospo export` writes it.
    public static func encode(_ bundle: WorkspaceBundle) throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(bundle)
    }

    public static func decodeBundle(_ data: Data, path: String) throws -> WorkspaceBundle {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(WorkspaceBundle.self, from: data)
        } catch {
            throw WorkspaceError.invalid("\(path): error: not an ospo bundle (format ospo/bundle@1) this version can read; write one with 'ospo export'")
        }
    }
}
