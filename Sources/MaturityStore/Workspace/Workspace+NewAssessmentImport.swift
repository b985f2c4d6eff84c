import Foundation
import GRDB
import MaturityKit

/// What importing an answers file as a new assessment did.
public struct NewAssessmentImport: Sendable, Hashable {
    public var assessment: AssessmentRecord
    /// The organisation added for the file, when the workspace did not hold it.
    public var addedOrganisation: OrganisationRecord?
    public var summary: ImportSummary
}

extension Workspace {
    /// Imports an answers file that starts a new assessment: adds its
    /// organisation when the workspace does not hold it, starts the
    /// assessment with a snapshot of `content`, and records the answers.
    ///
    /// Everything is checked first and written in one transaction, so a
    /// failure leaves the workspace as it was. Refused, each located in the
    /// file: answers for another questionnaire than `content` holds; answers
    /// whose organisation is not `organisation` (when given); answers for an
    /// organisation, questionnaire and date that already have an assessment
    /// (importing the same file twice would otherwise start a duplicate: a
    /// revision goes in with `--assessment N`).
    public func importAnswers(_ answers: AnswerSet, startingAssessmentOf organisation: String? = nil,
                              content: [ContentFile], source: String) throws -> NewAssessmentImport {
        let snapshot = try load(content)
        guard snapshot.questionnaire.id == answers.questionnaire else {
            throw ContentError([.error(answers.source["questionnaire"],
                "these answers are for questionnaire '\(answers.questionnaire)', but the content given holds '\(snapshot.questionnaire.id)'")])
        }
        let diagnostics = LibraryValidator.validate(answers, questionnaire: snapshot.questionnaire).errors
        if !diagnostics.isEmpty { throw ContentError(diagnostics) }
        let name = answers.organisation.trimmingCharacters(in: .whitespacesAndNewlines)
        let slug = Self.slug(for: name)
        return try write { db in
            var existing: OrganisationRecord?
            if let organisation {
                let named = try Self.organisation(organisation, in: db)
                guard Self.names(named, name) else {
                    throw ContentError([.error(answers.source["organisation"],
                        "these answers are for '\(name)', but --org \(organisation) is '\(named.name)'; leave out --org to file them under their own organisation, or correct the file's organisation")])
                }
                existing = named
            } else {
                existing = try OrganisationRecord.fetchAll(db).first { Self.names($0, name) }
            }
            var added: OrganisationRecord?
            let owner: OrganisationRecord
            if let existing {
                owner = existing
                if let duplicate = try AssessmentRecord
                    .filter(AssessmentRecord.Columns.organisationId == existing.id && AssessmentRecord.Columns.questionnaireId == answers.questionnaire
                            && AssessmentRecord.Columns.date == answers.date.description)
                    .order(AssessmentRecord.Columns.id).fetchOne(db) {
                    throw ContentError([.error(answers.source["date"],
                        "\(existing.slug) already has assessment \(duplicate.id ?? 0) of '\(answers.questionnaire)' dated \(answers.date); to record these answers as revisions there, add --assessment \(duplicate.id ?? 0)")])
                }
            } else {
                guard !slug.isEmpty, Identifier.isValid(slug) else {
                    throw ContentError([.error(answers.source["organisation"],
                        "the organisation's name '\(name)' gives no short name (it needs a letter or a digit); add the organisation first with 'ospo org add NAME --slug SHORT' and import with --org SHORT")])
                }
                var record = OrganisationRecord(id: nil, uid: Self.newUID(), slug: slug, name: name, sector: nil, createdAt: now)
                try record.insert(db)
                added = record
                owner = record
            }
            let assessment = try insertAssessment(organisation: owner, snapshot: snapshot, content: content,
                                                  date: answers.date, label: nil, in: db)
            let summary = try writeAnswers(answers, into: assessment.id ?? 0, source: source, kind: .import, in: db)
            return NewAssessmentImport(assessment: assessment, addedOrganisation: added, summary: summary)
        }
    }
}
