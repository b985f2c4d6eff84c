import Foundation
import GRDB
import MaturityKit

extension Workspace {
    /// Starts an assessment of an organisation against a questionnaire, keeping
    /// a snapshot of the exact content files (questionnaire, its rubrics, roles).
    @discardableResult
    public func newAssessment(organisation reference: String, content: [ContentFile], questionnaire: String,
                              date: CalendarDate, label: String? = nil) throws -> AssessmentRecord {
        let snapshot = try load(content)
        guard snapshot.questionnaire.id == questionnaire else {
            throw WorkspaceError.contentLacksQuestionnaire(questionnaire)
        }
        return try write { db in
            try insertAssessment(organisation: try Self.organisation(reference, in: db), snapshot: snapshot, content: content,
                                 date: date, label: label, in: db)
        }
    }

    /// Inserts an open assessment with its content snapshot, inside the
    /// caller's transaction.
    func insertAssessment(organisation: OrganisationRecord, snapshot: AssessmentContent, content: [ContentFile],
                          date: CalendarDate, label: String?, in db: Database) throws -> AssessmentRecord {
        var record = AssessmentRecord(id: nil, uid: Self.newUID(), organisationId: organisation.id ?? 0,
                                      questionnaireId: snapshot.questionnaire.id, questionnaireVersion: snapshot.questionnaire.version,
                                      date: date.description, label: label, status: .open, createdAt: now, closedAt: nil)
        try record.insert(db)
        try Self.attach(content, to: record.id ?? 0, in: db, cache: contentCache)
        return record
    }

    static func attach(_ content: [ContentFile], to assessmentId: Int64, in db: Database, cache: ContentCache) throws {
        for file in content {
            let document = cache.load(file).document
            let (kind, id, version): (ContentKind, String, String?)
            switch document {
            case .rubric(let rubric)?: (kind, id, version) = (.rubric, rubric.id, rubric.version)
            case .questionnaire(let questionnaire)?: (kind, id, version) = (.questionnaire, questionnaire.id, questionnaire.version)
            case .roles?: (kind, id, version) = (.roles, "roles", nil)
            default: continue
            }
            let digest = Self.digest(file.text)
            var record: ContentRecord
            if let existing = try ContentRecord.filter(ContentRecord.Columns.kind == kind && ContentRecord.Columns.contentId == id && ContentRecord.Columns.digest == digest)
                .fetchAll(db).first(where: { $0.text == file.text }) {
                record = existing
            } else {
                record = ContentRecord(id: nil, kind: kind, contentId: id, version: version, digest: digest, path: file.path, text: file.text)
                try record.insert(db)
            }
            try AssessmentContentRecord(assessmentId: assessmentId, contentId: record.id ?? 0).insert(db, onConflict: .ignore)
        }
    }

    /// FNV-1a, 64 bits, as hex: finds an identical snapshot quickly (the
    /// text itself is compared before it is reused).
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    /// The questionnaire, rubrics and roles of a snapshot's files, parsed and
    /// assembled once per workspace object (see `ContentCache`).
    func load(_ content: [ContentFile]) throws -> AssessmentContent {
        try contentCache.snapshot(content) {
            var diagnostics: [Diagnostic] = []
            var documents: [ContentDocument] = []
            for file in content {
                let (document, found) = contentCache.load(file)
                diagnostics += found
                if let document { documents.append(document) }
            }
            if diagnostics.hasErrors { throw ContentError(diagnostics) }
            let library = ContentLibrary(documents: documents)
            guard let questionnaire = library.questionnaires.first else {
                throw WorkspaceError.snapshotWithoutQuestionnaire(assessment: nil)
            }
            return AssessmentContent(questionnaire: questionnaire, rubrics: questionnaire.rubrics.compactMap { library.rubric($0) },
                                     roles: library.roles)
        }
    }

    public func assessments(organisation reference: String? = nil) throws -> [AssessmentRecord] {
        try read { db in
            var request = AssessmentRecord.order(AssessmentRecord.Columns.date, AssessmentRecord.Columns.id)
            if let reference {
                let organisation = try Self.organisation(reference, in: db)
                request = request.filter(AssessmentRecord.Columns.organisationId == organisation.id)
            }
            return try request.fetchAll(db)
        }
    }

    public func assessment(_ id: Int64) throws -> AssessmentRecord {
        try read { db in try Self.assessment(id, in: db) }
    }

    static func assessment(_ id: Int64, in db: Database) throws -> AssessmentRecord {
        guard let record = try AssessmentRecord.fetchOne(db, key: id) else {
            throw WorkspaceError.unknownAssessment(id)
        }
        return record
    }

    /// The organisation's latest assessment (by date, then creation).
    public func latestAssessment(organisation reference: String) throws -> AssessmentRecord {
        guard let last = try assessments(organisation: reference).last else {
            throw WorkspaceError.noAssessmentYet(organisation: reference)
        }
        return last
    }

    public func closeAssessment(_ id: Int64) throws {
        try write { db in
            var record = try Self.assessment(id, in: db)
            guard record.status == .open else { throw WorkspaceError.assessmentAlreadyClosed(id) }
            record.status = .closed
            record.closedAt = now
            try record.update(db)
        }
    }

    /// The content an assessment was answered against, from its snapshot.
    /// Snapshots are shared by many assessments: the content rows (whole YAML
    /// texts) are read and parsed once per set of content ids.
    public func content(of assessmentId: Int64) throws -> AssessmentContent {
        let ids = try read { db in
            _ = try Self.assessment(assessmentId, in: db)
            return try Int64.fetchAll(db, sql: "SELECT contentId FROM assessmentContent WHERE assessmentId = ? ORDER BY contentId",
                                      arguments: [assessmentId])
        }
        return try content(ids: ids)
    }

    /// The snapshot made of these content records (ids ascending).
    func content(ids: [Int64]) throws -> AssessmentContent {
        if let known = contentCache.snapshot(ids: ids) { return known }
        let files = try read { db in
            try ContentRecord.fetchAll(db, sql: "SELECT * FROM content WHERE id IN (\(ids.map(String.init).joined(separator: ","))) ORDER BY id")
        }
        let content = try load(files.map { ContentFile(path: "<snapshot>/\($0.path)", text: $0.text) })
        contentCache.remember(ids: ids, content)
        return content
    }

    /// The current answers of an assessment (the latest revision of each).
    public func answerSet(of assessmentId: Int64) throws -> AnswerSet {
        try read { db in
            let assessment = try Self.assessment(assessmentId, in: db)
            let organisation = try OrganisationRecord.fetchOne(db, key: assessment.organisationId)
            let respondents = try RespondentRecord.filter(RespondentRecord.Columns.assessmentId == assessmentId).order(RespondentRecord.Columns.id).fetchAll(db)
            let rows = try AnswerRecord.fetchAll(db, sql: """
                SELECT answer.* FROM answer JOIN respondent ON respondent.id = answer.respondentId
                WHERE respondent.assessmentId = ? AND answer.id IN (
                    SELECT max(a.id) FROM answer a JOIN respondent r ON r.id = a.respondentId
                    WHERE r.assessmentId = ? GROUP BY a.respondentId, a.question)
                ORDER BY answer.id
                """, arguments: [assessmentId, assessmentId])
            var byRespondent: [Int64: [(String, Answer)]] = [:]
            for row in rows {
                byRespondent[row.respondentId, default: []].append((row.question, row.answer))
            }
            return AnswerSet(questionnaire: assessment.questionnaireId, version: assessment.questionnaireVersion,
                             organisation: organisation?.name ?? "", date: CalendarDate(iso: assessment.date) ?? CalendarDate(year: 1970, month: 1, day: 1),
                             context: assessment.organisationContext,
                             respondents: respondents.map { record in
                                 Respondent(id: record.key, name: record.name, role: record.role,
                                            answers: byRespondent[record.id ?? 0] ?? [],
                                            source: SourceMap(SourceLocation(file: "assessment \(assessmentId)")))
                             })
        }
    }

    /// Scores an assessment against its snapshot.
    public func scorecard(of assessmentId: Int64) throws -> Scorecard {
        try content(of: assessmentId).engine.score(try answerSet(of: assessmentId))
    }

    /// Every revision of every respondent's answer to a question, oldest first.
    public func history(of assessmentId: Int64, question: String) throws -> [AnswerRevision] {
        try read { db in
            _ = try Self.assessment(assessmentId, in: db)
            return try Row.fetchAll(db, sql: """
                SELECT respondent.key, respondent.role, answer.choice, answer.note, answer.evidence, answer.justification,
                       batch.kind, batch.source, batch.recordedBy, batch.recordedAt
                FROM answer JOIN respondent ON respondent.id = answer.respondentId JOIN batch ON batch.id = answer.batchId
                WHERE respondent.assessmentId = ? AND answer.question = ? ORDER BY answer.id
                """, arguments: [assessmentId, question]).map { row in
                AnswerRevision(respondent: row["key"], role: row["role"],
                               answer: Answer(AnswerChoice(row["choice"] as String), note: row["note"], evidence: row["evidence"], justification: row["justification"]),
                               kind: try row.decode(forColumn: "kind"), source: row["source"], recordedBy: row["recordedBy"], recordedAt: row["recordedAt"])
            }
        }
    }
}

extension AnswerRecord {
    var answer: Answer { Answer(AnswerChoice(choice), note: note, evidence: evidence, justification: justification) }
}

/// One revision of an answer, with who recorded it, when and from what.
public struct AnswerRevision: Sendable, Hashable {
    public var respondent: String
    public var role: String
    public var answer: Answer
    public var kind: BatchKind
    public var source: String
    public var recordedBy: String
    public var recordedAt: String
}
