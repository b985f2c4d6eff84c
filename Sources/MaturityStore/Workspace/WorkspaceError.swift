/// Problems with a workspace or with what a command asked of it, each with a
/// sentence that says what to do.
public enum WorkspaceError: Error, Equatable, CustomStringConvertible {
    case notSQLite(path: String)
    case foreignDatabase(path: String)
    case newerVersion(path: String, unknown: [String])
    case cannotOpen(path: String, reason: String)
    /// A read failed after the workspace was opened.
    case cannotRead(path: String, reason: String)
    /// A write failed; its transaction was rolled back.
    case cannotWrite(path: String, reason: String)
    /// A file of zero bytes (or an SQLite file with nothing in it) where a
    /// workspace was expected by a command that does not create one.
    case empty(path: String)
    /// An ospo workspace that lacks part of its schema (a table dropped or
    /// changed by another program).
    case damaged(path: String, detail: String)
    /// No workspace file at the path, for a command that does not create one.
    case noWorkspace(path: String)
    case unknownOrganisation(String, known: [String])
    case organisationExists(slug: String)
    case organisationNameMissing
    case invalidShortName(String)
    case unknownAssessment(Int64)
    case noAssessmentYet(organisation: String)
    case assessmentClosed(Int64)
    case assessmentAlreadyClosed(Int64)
    /// The assessment was closed while an interview of it ran.
    case closedDuringInterview(Int64)
    case questionnaireMismatch(answers: String, assessment: Int64, uses: String)
    /// The content files given to start an assessment lack its questionnaire.
    case contentLacksQuestionnaire(String)
    /// An assessment's stored snapshot holds no questionnaire.
    case snapshotWithoutQuestionnaire(assessment: Int64?)
    case assessmentOfAnotherOrganisation(Int64)
    case noAcceptedRoadmap(organisation: String)
    /// An action id that names objectives of several organisations' plans.
    case ambiguousObjective(String)
    case unknownObjective(String)
    case statusChangeRefused(objective: Int64, action: String, from: String, to: String)
    case unknownMeasure(objective: Int64, action: String, measure: String, known: [String])
    /// A reading that cannot be true (`ReadingCheck`'s sentence).
    case readingRefused(measure: String, problem: String)
    /// A respondent already in the assessment, given another role.
    case respondentRoleConflict(respondent: String, assessment: Int64, role: String, given: String)
    /// A respondent given two roles (in one file, or against the assessment).
    case respondentRoleChanged(respondent: String, role: String, given: String, inThisFile: Bool)
    case noRespondentID(name: String)
    /// A new respondent of an interview needs a role.
    case roleNeeded(respondent: String, assessment: Int64, offered: [String])
    case invalidRoleID(String)
    /// An answer, skip or role the questionnaire refuses (`AnswerCheck`'s sentence).
    case refusedByQuestionnaire(String)
    /// A long CSV with no header row.
    case emptyCSV(path: String)
    case unreadableFile(path: String)
    case fileCutShort(path: String)

    public var description: String {
        switch self {
        case .notSQLite(let path):
            return "\(path) is not an ospo workspace (it is not an SQLite database); give another --db path, or move the file away"
        case .foreignDatabase(let path):
            return "\(path) is an SQLite database of another application, not an ospo workspace; it was left untouched. Give another --db path"
        case .newerVersion(let path, let unknown):
            return "\(path) was written by a newer version of ospo (schema \(unknown.joined(separator: ", "))); it was left untouched. Upgrade ospo to open it"
        case .cannotOpen(let path, let reason):
            return "cannot open the workspace \(path): \(reason)"
        case .cannotRead(let path, let reason):
            return "cannot read the workspace \(path): \(reason)"
        case .cannotWrite(let path, let reason):
            return "cannot write to the workspace \(path): \(reason); nothing was written"
        case .empty(let path):
            return "\(path) is empty, not a workspace yet; create one there with 'ospo init --db \(path)'"
        case .damaged(let path, let detail):
            return "the workspace \(path) is damaged: \(detail); restore it from a backup or an 'ospo export' bundle"
        case .noWorkspace(let path):
            return "no workspace at \(path); create one with 'ospo init' (or pass --db PATH or set OSPO_DB)"
        case let .unknownOrganisation(reference, known):
            return "unknown organisation '\(reference)'" + (known.isEmpty ? "; add one with 'ospo org add NAME'" : "; known: \(known.joined(separator: ", "))")
        case .organisationExists(let slug):
            return "organisation '\(slug)' already exists; see 'ospo org list'"
        case .organisationNameMissing:
            return "an organisation needs a name"
        case .invalidShortName(let slug):
            return "'\(slug)' cannot be a short name: use letters, digits, '.', '_' and '-' (give one with --slug)"
        case .unknownAssessment(let id):
            return "unknown assessment \(id); see 'ospo assessment list'"
        case .noAssessmentYet(let organisation):
            return "organisation '\(organisation)' has no assessment yet; start one with 'ospo assessment new \(organisation)'"
        case .assessmentClosed(let id):
            return "assessment \(id) is closed; start a new one with 'ospo assessment new'"
        case .assessmentAlreadyClosed(let id):
            return "assessment \(id) is already closed"
        case .closedDuringInterview(let id):
            return "assessment \(id) was closed while the interview ran, so nothing more can be recorded; answers given before were kept"
        case let .questionnaireMismatch(answers, assessment, uses):
            return "these answers are for questionnaire '\(answers)', but assessment \(assessment) uses '\(uses)'"
        case .contentLacksQuestionnaire(let id):
            return "the content given does not hold questionnaire '\(id)'"
        case .snapshotWithoutQuestionnaire(let id):
            return "the content snapshot\(id.map { " of assessment \($0)" } ?? "") holds no questionnaire; restore the workspace from a backup or an 'ospo export' bundle"
        case .assessmentOfAnotherOrganisation(let id):
            return "assessment \(id) belongs to another organisation"
        case .noAcceptedRoadmap(let organisation):
            return "organisation '\(organisation)' has no accepted roadmap; accept one with 'ospo roadmap accept'"
        case .ambiguousObjective(let reference):
            return "'\(reference)' is an objective of several organisations' plans; add --org or use the objective's number"
        case .unknownObjective(let reference):
            return "unknown objective '\(reference)'; see 'ospo objective list'"
        case let .statusChangeRefused(objective, action, from, to):
            return "objective \(objective) (\(action)) is \(from); it cannot become \(to)"
        case let .unknownMeasure(objective, action, measure, known):
            return "objective \(objective) (\(action)) has no measure '\(measure)'; its measures: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
        case let .readingRefused(measure, problem):
            return "cannot record this reading of '\(measure)': \(problem)"
        case let .respondentRoleConflict(respondent, assessment, role, given):
            return "respondent '\(respondent)' is already in assessment \(assessment) with role '\(role)', not '\(given)'; leave out --role to resume their interview, or give another --respondent"
        case let .respondentRoleChanged(respondent, role, given, inThisFile):
            return inThisFile
                ? "respondent '\(respondent)' has role '\(role)', not '\(given)'"
                : "respondent '\(respondent)' is already in this assessment with role '\(role)', not '\(given)'"
        case .noRespondentID(let name):
            return "cannot make a respondent id from '\(name)'; give --respondent with some letters or digits"
        case let .roleNeeded(respondent, assessment, offered):
            return "'\(respondent)' is new to assessment \(assessment): give their role with --role" + (offered.isEmpty ? "" : " (one of \(offered.joined(separator: ", ")))")
        case .invalidRoleID(let role):
            return "'\(role)' is not a valid role id (letters, digits, '.', '_' and '-', starting with a letter or digit)"
        case .refusedByQuestionnaire(let problem):
            return problem
        case .emptyCSV(let path):
            return "\(path):1:1: error: the file is empty; a long CSV starts with the header respondent,role,question,answer"
        case .unreadableFile(let path):
            return "\(path): error: no such file, or it cannot be read; check the path"
        case .fileCutShort(let path):
            return "\(path): error: the file could not be read to the end; check the disk and try again"
        }
    }
}
