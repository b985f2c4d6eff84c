import MaturityStore

/// What a use case refuses, each with a sentence that says what to do. The
/// front end prints `description`; tests compare the cases whole.
public enum UseCaseError: Error, Equatable, CustomStringConvertible {
    /// No questionnaire with this id in the `--library` folders or the shipped content.
    case unknownQuestionnaire(String, known: [String])
    /// A questionnaire names a rubric that no folder holds.
    case unknownRubric(String, questionnaire: String)
    /// CSV answers carry no questionnaire id, and none was given.
    case questionnaireNotNamed(wide: Bool)
    /// A report needs answers and none were given.
    case noAnswers
    /// The executive or roadmap report from files needs a profile.
    case profileNeeded(report: String)
    /// The progress report is made from the workspace only.
    case progressNeedsWorkspace
    /// A workspace report names neither an organisation nor an assessment.
    case noSubject
    /// An assessment whose organisation the workspace does not hold.
    case orphanAssessment(Int64)
    /// An organisation (or an assessment of it) with no accepted roadmap.
    case noAcceptedRoadmap(organisation: String, assessment: Int64?, report: String)
    /// An accepted plan whose profile record is gone.
    case planLostProfile(Int64)
    /// CSV answers carry no organisation or questionnaire, and no assessment was named.
    case csvNeedsAssessment
    /// A measure reading that is not a finite number, as typed.
    case notANumber(String)
    /// A step of an interview the workspace refused to save, with its reason.
    case interviewNotSaved(InterviewSaving.Step, question: String, reason: String)
    /// A sample file the demo needs is not built into this binary.
    case sampleMissing(String)
    /// The demo's folder is a file.
    case demoFolderIsFile(String)
    /// The demo's folder already holds a workspace, which the demo never overwrites.
    case demoExists(folder: String, database: String)
    /// A folder that could not be created.
    case cannotCreateFolder(String)
    /// The benchmark's workspace path is taken.
    case benchmarkWorkspaceExists(String)
    /// `ospo backup` made no copy.
    case backupRefused(BackupError)

    public var description: String {
        switch self {
        case let .unknownQuestionnaire(id, known):
            let list = known.isEmpty ? "" : "; known: \(known.joined(separator: ", "))"
            return "unknown questionnaire '\(id)'\(list). Pass the folder that holds it with --library"
        case let .unknownRubric(rubric, questionnaire):
            return "questionnaire '\(questionnaire)' names rubric '\(rubric)', which was not found; pass the folder that holds it with --library"
        case .questionnaireNotNamed(let wide):
            return wide
                ? "a wide CSV does not name its questionnaire: add --questionnaire ID, or name it in the mapping file"
                : "a CSV answers file does not name its questionnaire: add --questionnaire ID"
        case .noAnswers:
            return "give the answers to report on with --answers FILE"
        case .profileNeeded(let report):
            return "the \(report) report needs targets and a plan: add --profile FILE"
        case .progressNeedsWorkspace:
            return "the progress report needs objectives and measure readings over time, which only the workspace keeps; from files, use the assessment report (scores) or the portfolio report with several --answers files of the organisation"
        case .noSubject:
            return "name the organisation with --org ORG, or an assessment with --assessment ID"
        case .orphanAssessment(let id):
            return "assessment \(id) belongs to no organisation of the workspace; check it with 'ospo assessment list'"
        case let .noAcceptedRoadmap(organisation, assessment?, report):
            return "no roadmap was accepted from assessment \(assessment); give the targets with --profile FILE to plan the \(report) report from it, or accept a roadmap with 'ospo roadmap accept --org \(organisation) --assessment \(assessment) --profile FILE'"
        case let .noAcceptedRoadmap(organisation, nil, report):
            return "\(organisation) has no accepted roadmap; give the targets with --profile FILE to plan the \(report) report, or accept a roadmap with 'ospo roadmap accept --org \(organisation) --profile FILE'"
        case .planLostProfile(let id):
            return "plan \(id) has lost its profile; give the targets with --profile FILE"
        case .csvNeedsAssessment:
            return "a CSV carries no organisation or questionnaire: give --assessment ID (see 'ospo assessment new')"
        case .notANumber(let text):
            return "'\(text)' is not a number; give the reading as a number such as 42 or 0.75"
        case let .interviewNotSaved(step, question, reason):
            switch step {
            case .answer: return "the answer to \(question) was not saved: \(reason)"
            case .skip: return "the skip of \(question) was not saved: \(reason)"
            case .draft: return "the note or evidence for \(question) was not saved: \(reason)"
            case .draftRemoval:
                return "the note or evidence for \(question), already in its answer, was not removed from the drafts: \(reason)"
            case .context: return "the context fact '\(question)' was not saved: \(reason)"
            }
        case .sampleMissing(let path):
            return "the sample \(path) is not built into this ospo binary; rebuild it from a full checkout of the repository"
        case .demoFolderIsFile(let folder):
            return "\(folder) is a file, not a folder; choose a folder for the demo with --output DIR"
        case let .demoExists(folder, database):
            return "\(folder) already holds a demo workspace (\(database)), which the demo never overwrites; remove the folder (rm -r \(DemoBuild.shellQuoted(folder))) or choose another with --output DIR"
        case .cannotCreateFolder(let folder):
            return "cannot create \(folder); check that its parent folder exists and is writable"
        case .benchmarkWorkspaceExists(let path):
            return "\(path) already exists; give --db a new path"
        case .backupRefused(let error):
            return error.description
        }
    }
}
