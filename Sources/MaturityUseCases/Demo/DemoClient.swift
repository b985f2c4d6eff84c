import MaturityKit

/// A sample client of the demo: where its files are among the embedded
/// samples, the sector it is compared within, and when its roadmap was
/// accepted.
struct DemoClient: Sendable {
    /// The short name, which is also the folder under `samples/`.
    var slug: String
    var sector: String
    /// Answers files under the folder, oldest first, with the assessment's label.
    var assessments: [(file: String, label: String?)]
    /// The day the consultant and the client accepted the roadmap.
    var accepted: CalendarDate

    var folder: String { "samples/\(slug)" }
    var profile: String { "\(folder)/profile.yaml" }

    /// The three fictional clients of `samples/`.
    static let all: [DemoClient] = [
        DemoClient(slug: "northwind-agency", sector: "Public sector",
                   assessments: [("answers-2025.yaml", "baseline"), ("answers.yaml", "reassessment")],
                   accepted: CalendarDate(year: 2026, month: 12, day: 7)),
        DemoClient(slug: "kestrel-logistics", sector: "Private sector",
                   assessments: [("answers.yaml", nil)],
                   accepted: CalendarDate(year: 2026, month: 11, day: 16)),
        DemoClient(slug: "quillfeather-software", sector: "Private sector",
                   assessments: [("answers.yaml", nil)],
                   accepted: CalendarDate(year: 2026, month: 10, day: 26)),
    ]
}
