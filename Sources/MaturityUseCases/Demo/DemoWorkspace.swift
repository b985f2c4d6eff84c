import Foundation
import MaturityKit
import MaturityStore
import ShippedContent

/// Builds the demo's workspace from the samples embedded in the binary: the
/// three sample clients with their sectors and assessments (Northwind twice,
/// baseline and reassessment), a roadmap accepted from each one's profile,
/// and Northwind's first year of objective statuses and measure readings
/// (`NorthwindYear`). Every record is stamped with a fixed date, so the same
/// binary builds the same workspace and the same reports.
public enum DemoWorkspace {
    /// What the demo's workspace holds.
    public struct Summary: Sendable {
        public var organisations = 0
        public var assessments = 0
        public var plans = 0
        public var objectives = 0
        public var statusChanges = 0
        public var readings = 0
    }

    /// The user the demo's records are stamped as.
    static let user = "ospo demo"

    /// Creates the workspace at `path`, which must not exist yet.
    static func build(at path: String) throws -> (any WorkspaceStore, Summary) {
        let clock = DemoClock(CalendarDate(year: 2025, month: 11, day: 10))
        let workspace = try Workspace.open(at: path, create: true, clock: { clock.now }, user: user)
        var summary = Summary()
        for client in DemoClient.all {
            try add(client, to: workspace, clock: clock, summary: &summary)
        }
        try record(NorthwindYear.stories, organisation: "northwind-agency", in: workspace, clock: clock, summary: &summary)
        return (workspace, summary)
    }

    private static func add(_ client: DemoClient, to workspace: any WorkspaceStore, clock: DemoClock, summary: inout Summary) throws {
        var assessments: [AssessmentRecord] = []
        for (file, label) in client.assessments {
            let path = "\(client.folder)/\(file)"
            let answers = try ContentLoader.loadAnswers(try sample(path), path: ShippedContent.displayPath(path))
            clock.set(answers.date)
            if assessments.isEmpty {
                _ = try workspace.addOrganisation(name: answers.organisation, slug: client.slug, sector: client.sector)
                summary.organisations += 1
            } else if let previous = assessments.last, let id = previous.id {
                // A reassessment closes the assessment before it.
                try workspace.closeAssessment(id)
            }
            let content = try ContentSources.contentFiles(questionnaire: answers.questionnaire, libraryFolders: [])
            let record = try workspace.newAssessment(organisation: client.slug, content: content, questionnaire: answers.questionnaire,
                                                     date: answers.date, label: label)
            try workspace.importAnswers(answers, into: record.id ?? 0, source: path)
            assessments.append(record)
            summary.assessments += 1
        }
        guard let latest = assessments.last else { return }
        clock.set(client.accepted)
        let (_, roadmap) = try RoadmapAcceptance.accept(in: workspace, organisation: client.slug, assessment: latest,
                                                        profile: ContentFile(path: client.profile, text: try sample(client.profile)))
        summary.plans += 1
        summary.objectives += roadmap.scheduledActions.count
    }

    /// Records the stories' events in the order of their dates, each stamped
    /// with its day.
    private static func record(_ stories: [DemoStory], organisation: String, in workspace: any WorkspaceStore, clock: DemoClock,
                               summary: inout Summary) throws {
        let events = stories.flatMap { story in story.events.map { (story.action, $0) } }
            .enumerated()
            .sorted { $0.element.1.date != $1.element.1.date ? $0.element.1.date < $1.element.1.date : $0.offset < $1.offset }
            .map(\.element)
        for (action, event) in events {
            clock.set(event.date)
            switch event {
            case let .status(_, state, note):
                try workspace.setStatus(state, objective: action, organisation: organisation, note: note)
                summary.statusChanges += 1
            case let .reading(date, measure, value, source, note):
                _ = try workspace.recordReading(objective: action, organisation: organisation, measure: "\(action).\(measure)",
                                            value: value, date: date, source: source, note: note)
                summary.readings += 1
            }
        }
    }

    /// The text of an embedded sample file.
    private static func sample(_ path: String) throws -> String {
        guard let file = ShippedContent.sample(path) else {
            throw UseCaseError.sampleMissing(path)
        }
        return file.text
    }
}
