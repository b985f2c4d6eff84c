import Foundation
import MaturityKit

/// The operations the front ends and use cases ask of a workspace, so that
/// a second backend (PostgreSQL, later) can stand in for the SQLite one
/// without a use case changing.
///
/// The list is read off the call sites in `ospo` and `MaturityUseCases`;
/// opening and creating a store stay with each backend (`Workspace.open`),
/// as do the bundle's encoding helpers (`Workspace.encode`,
/// `Workspace.decodeBundle`), which touch no storage. Every operation either
/// completes or writes nothing, and reports its failures as
/// `WorkspaceError`, `ContentError` or `BundleError` with the sentences the
/// SQLite store gives. A class protocol: a store is shared, and
/// `fixedToday` is set on the one the command opened.
///
/// Still tied to the SQLite store, for the engineer switching callers over:
/// the records returned (`OrganisationRecord`, `AssessmentRecord`,
/// `PlanRecord`, `ReadingRecord`) are GRDB records. Interviews are
/// `InterviewRecording`s and a bundle import's counts a `BundleImportSummary`,
/// neither tied to SQLite.
public protocol WorkspaceStore: AnyObject, Sendable {
    /// Where the store is, as messages name it.
    var path: String { get }
    /// The day to take as today instead of the clock's, for reproducible runs.
    var fixedToday: CalendarDate? { get set }
    /// True when opening made the store, so a failed first command can undo it.
    var wasCreated: Bool { get }
    /// Removes a store that opening made, after the command that made it failed.
    func undoCreation()

    // MARK: Organisations

    /// Adds an organisation; its slug is made from the name unless given.
    func addOrganisation(name: String, slug: String?, sector: String?) throws -> OrganisationRecord
    /// Every organisation, by slug.
    func organisations() throws -> [OrganisationRecord]
    /// The organisation with this slug, uid or name.
    func organisation(_ reference: String) throws -> OrganisationRecord

    // MARK: Assessments and answers

    /// Starts an assessment of an organisation against this content.
    func newAssessment(organisation reference: String, content: [ContentFile], questionnaire: String,
                       date: CalendarDate, label: String?) throws -> AssessmentRecord
    /// The assessments, of one organisation or of all, by date.
    func assessments(organisation reference: String?) throws -> [AssessmentRecord]
    /// One assessment by id.
    func assessment(_ id: Int64) throws -> AssessmentRecord
    /// An organisation's latest assessment.
    func latestAssessment(organisation reference: String) throws -> AssessmentRecord
    /// Closes an assessment to new answers.
    func closeAssessment(_ id: Int64) throws
    /// States context facts of an open assessment (facts it declares, one of
    /// their options), keeping the facts not given.
    func state(_ context: OrganisationContext, of assessmentId: Int64) throws
    /// The content an assessment was answered against, as it was then.
    func content(of assessmentId: Int64) throws -> AssessmentContent
    /// The current answers of an assessment.
    func answerSet(of assessmentId: Int64) throws -> AnswerSet
    /// An assessment scored against its own content.
    func scorecard(of assessmentId: Int64) throws -> Scorecard
    /// Every revision of every respondent's answer to a question, oldest first.
    func history(of assessmentId: Int64, question: String) throws -> [AnswerRevision]
    /// Two assessments side by side.
    func compare(_ first: Int64, _ second: Int64) throws -> AssessmentComparison

    // MARK: Imports

    /// Records answers into an existing assessment as one batch.
    func importAnswers(_ answers: AnswerSet, into assessmentId: Int64, source: String, kind: BatchKind) throws -> ImportSummary
    /// Records answers into a new assessment (and organisation, if new) made from them.
    func importAnswers(_ answers: AnswerSet, startingAssessmentOf organisation: String?,
                       content: [ContentFile], source: String) throws -> NewAssessmentImport
    /// Records a long CSV file (one answer a row) into an assessment.
    func importLongCSV(at path: String, into assessmentId: Int64,
                       progress: ((_ rows: Int, _ bytesRead: Int) -> Void)?) throws -> ImportSummary
    /// Records a wide CSV file (one respondent a row) into an assessment.
    func importWideCSV(at path: String, into assessmentId: Int64, mapping: AnswerMapping?,
                       progress: ((_ rows: Int, _ bytesRead: Int) -> Void)?) throws -> ImportSummary
    /// Starts or resumes an interview of one respondent.
    func interview(assessment assessmentId: Int64, respondent name: String, role: String?) throws -> any InterviewRecording

    // MARK: Bundles

    /// Everything the store holds, or one organisation's part, as a bundle.
    func export(organisation reference: String?) throws -> WorkspaceBundle
    /// Adds a bundle's records that the store does not hold yet.
    func importBundle(_ bundle: WorkspaceBundle, source: (path: String, data: Data)?) throws -> BundleImportSummary

    // MARK: Plans and progress

    /// Accepts a roadmap as an organisation's current plan, superseding the one before.
    func acceptRoadmap(_ roadmap: Roadmap, json: String, organisation reference: String, assessment assessmentId: Int64,
                       profile: ContentFile) throws -> PlanRecord
    /// An organisation's current plan.
    func currentPlan(organisation reference: String) throws -> PlanRecord
    /// Every plan of an organisation, oldest first.
    func plans(organisation reference: String) throws -> [PlanRecord]
    /// The profile a plan was made from.
    func profile(of plan: PlanRecord) throws -> Profile?
    /// The roadmap a plan accepted, as the planner's value; nil for a plan
    /// accepted before the store kept it.
    func acceptedRoadmap(of plan: PlanRecord) throws -> Roadmap?
    /// The objectives of a plan with their current status.
    func objectives(plan planId: Int64) throws -> [ObjectiveSummary]
    /// One objective with its history, measures and readings.
    func objective(_ reference: String, organisation: String?) throws -> ObjectiveSummary
    /// Moves an objective to a new status, with a note.
    func setStatus(_ state: ObjectiveState, objective reference: String, organisation: String?, note: String?) throws
    /// Records a reading of a measure of an objective.
    func recordReading(objective reference: String, organisation: String?, measure key: String, value: Double,
                       date: CalendarDate, source: String?, note: String?) throws -> ReadingRecord
    /// The objectives of an organisation's current plan, each with its status on a day.
    func progressReport(organisation reference: String, asOf: CalendarDate) throws -> ProgressReport
    /// Every organisation's latest assessment, scored.
    func portfolio() throws -> Portfolio
}

/// The defaults `Workspace` gives, for callers that hold any store:
/// a protocol requirement cannot declare them itself.
extension WorkspaceStore {
    @discardableResult
    public func addOrganisation(name: String) throws -> OrganisationRecord {
        try addOrganisation(name: name, slug: nil, sector: nil)
    }

    @discardableResult
    public func newAssessment(organisation reference: String, content: [ContentFile], questionnaire: String,
                              date: CalendarDate) throws -> AssessmentRecord {
        try newAssessment(organisation: reference, content: content, questionnaire: questionnaire, date: date, label: nil)
    }

    public func assessments() throws -> [AssessmentRecord] { try assessments(organisation: nil) }

    @discardableResult
    public func importAnswers(_ answers: AnswerSet, into assessmentId: Int64, source: String) throws -> ImportSummary {
        try importAnswers(answers, into: assessmentId, source: source, kind: .import)
    }

    public func export() throws -> WorkspaceBundle { try export(organisation: nil) }

    public func objective(_ reference: String) throws -> ObjectiveSummary { try objective(reference, organisation: nil) }
}

extension Workspace: WorkspaceStore {
    public func interview(assessment assessmentId: Int64, respondent name: String, role: String?) throws -> any InterviewRecording {
        try startInterview(assessment: assessmentId, respondent: name, role: role)
    }
}
