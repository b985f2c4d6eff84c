import GRDB
import MaturityKit

extension Workspace {
    /// Calls `body` with every assessment of the workspace (by id), the
    /// content it was answered against and its current answers, as
    /// `content(of:)` and `answerSet(of:)` give them, reading the answers of
    /// all assessments in one query. `body` runs inside that read: it must not
    /// use the workspace.
    ///
    /// One `answerSet(of:)` per assessment runs a grouped query each time;
    /// for thousands of assessments that query, not scoring, was most of a
    /// portfolio's time.
    func forEachAnswerSet(_ body: (AssessmentRecord, AssessmentContent, AnswerSet) throws -> Void) throws {
        let contentIDs = try read { db in
            var ids: [Int64: [Int64]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT assessmentId, contentId FROM assessmentContent ORDER BY assessmentId, contentId") {
                ids[row[0], default: []].append(row[1])
            }
            return ids
        }
        // Each distinct snapshot parsed once, before the answers are read
        // (a read cannot run inside another).
        var snapshots: [[Int64]: AssessmentContent] = [:]
        for ids in Set(contentIDs.values) { snapshots[ids] = try content(ids: ids) }
        try read { db in
            let assessments = try AssessmentRecord.order(AssessmentRecord.Columns.id).fetchAll(db)
            let names = Dictionary(uniqueKeysWithValues: try OrganisationRecord.fetchAll(db).map { ($0.id ?? 0, $0.name) })
            var respondents: [Int64: [RespondentRecord]] = [:]
            for respondent in try RespondentRecord.order(RespondentRecord.Columns.id).fetchAll(db) {
                respondents[respondent.assessmentId, default: []].append(respondent)
            }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT respondent.assessmentId, answer.respondentId, answer.question, answer.choice,
                       answer.note, answer.evidence, answer.justification
                FROM answer JOIN respondent ON respondent.id = answer.respondentId
                WHERE answer.id IN (SELECT max(id) FROM answer GROUP BY respondentId, question)
                ORDER BY respondent.assessmentId, answer.id
                """)
            var next = try rows.next()
            for assessment in assessments {
                let id = assessment.id ?? 0
                var byRespondent: [Int64: [(String, Answer)]] = [:]
                // Rows of assessments before this one belong to none listed
                // (they cannot exist: answers reference respondents, which
                // reference assessments); skip them all the same.
                while let row = next, (row[0] as Int64) < id { next = try rows.next() }
                while let row = next, (row[0] as Int64) == id {
                    let answer = Answer(AnswerChoice(row[3] as String), note: row[4], evidence: row[5], justification: row[6])
                    byRespondent[row[1], default: []].append((row[2], answer))
                    next = try rows.next()
                }
                let answers = AnswerSet(
                    questionnaire: assessment.questionnaireId, version: assessment.questionnaireVersion,
                    organisation: names[assessment.organisationId] ?? "",
                    date: CalendarDate(iso: assessment.date) ?? CalendarDate(year: 1970, month: 1, day: 1),
                    context: assessment.organisationContext,
                    respondents: (respondents[id] ?? []).map { record in
                        Respondent(id: record.key, name: record.name, role: record.role,
                                   answers: byRespondent[record.id ?? 0] ?? [],
                                   source: SourceMap(SourceLocation(file: "assessment \(id)")))
                    })
                guard let content = snapshots[contentIDs[id] ?? []] else {
                    throw WorkspaceError.damaged(path: path, detail: "assessment \(id) has no content snapshot")
                }
                try body(assessment, content, answers)
            }
        }
    }
}
