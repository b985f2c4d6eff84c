import MaturityKit

/// Northwind Agency's first year on its roadmap (January to mid-November
/// 2027), as its OSPO lead recorded it: most objectives of the first three
/// phases done (some late), one dropped, the rest of them overdue, and the
/// fourth phase on track, at risk, off track or with too few readings yet.
///
/// The statuses the progress report shows as of `asOf` follow from the
/// readings by the progress maths (docs/reports.md); the demo's test checks
/// every one.
public enum NorthwindYear {
    /// The day the demo's progress report is made for.
    public static let asOf = CalendarDate(year: 2027, month: 11, day: 15)

    private static func day(_ month: Int, _ day: Int) -> CalendarDate { CalendarDate(year: 2027, month: month, day: day) }

    private static func started(_ month: Int, _ dayOfMonth: Int, _ note: String? = nil) -> DemoStory.Event {
        .status(day(month, dayOfMonth), .inProgress, note)
    }

    private static func done(_ month: Int, _ dayOfMonth: Int, _ note: String? = nil) -> DemoStory.Event {
        .status(day(month, dayOfMonth), .done, note)
    }

    private static func read(_ measure: String, _ month: Int, _ dayOfMonth: Int, _ value: Double, from source: String,
                             _ note: String? = nil) -> DemoStory.Event {
        .reading(day(month, dayOfMonth), measure: measure, value: value, source: source, note: note)
    }

    /// Every objective of Northwind's plan that moved; the others stay planned.
    static let stories: [DemoStory] = [
        // Phase 1, January to 3 April 2027.
        DemoStory("supply-chain.dependency-alerts", [
            started(1, 11, "Pinned to the first phase: the external IT audit in March asks for it."),
            read("coverage", 1, 15, 22, from: "code platform security overview"),
            read("coverage", 2, 15, 57, from: "code platform security overview"),
            read("coverage", 3, 15, 84, from: "code platform security overview"),
            read("coverage", 4, 1, 96, from: "code platform security overview"),
            done(4, 2, "Alerts on 96% of active repositories; the rest are being archived."),
        ]),
        DemoStory("business-value.usage-inventory", [
            started(1, 18),
            read("coverage", 2, 1, 25, from: "open source inventory"),
            read("unknown-licence", 2, 1, 14, from: "open source inventory"),
            read("coverage", 3, 1, 48, from: "open source inventory"),
            read("unknown-licence", 3, 1, 10, from: "open source inventory"),
            read("coverage", 4, 1, 69, from: "open source inventory", "Two suppliers have not sent their component lists yet."),
            read("unknown-licence", 4, 1, 6, from: "open source inventory"),
            read("coverage", 5, 3, 83, from: "open source inventory"),
            read("unknown-licence", 5, 3, 3, from: "open source inventory"),
            done(5, 5, "A month late: two suppliers were slow to send their component lists."),
        ]),
        DemoStory("oss-evaluation.past-choices-review", [
            started(2, 1),
            read("cases", 2, 26, 3, from: "architecture board minutes"),
            read("cases", 3, 19, 7, from: "architecture board minutes"),
            read("cases", 3, 31, 10, from: "architecture board minutes"),
            done(3, 31, "Ten cases written up; three led to changes in the selection checklist draft."),
        ]),
        DemoStory("business-value.needs-interviews", [
            started(1, 11),
            read("held", 1, 29, 4, from: "interview log"),
            read("held", 2, 26, 9, from: "interview log"),
            read("held", 3, 12, 11, from: "interview log"),
            done(3, 12, "Eleven leads interviewed; the summary went to the executive board."),
        ]),
        DemoStory("skills.effort-baseline", [
            started(2, 1),
            read("reported", 2, 26, 30, from: "effort survey"),
            read("reported", 3, 26, 52, from: "effort survey"),
            read("reported", 4, 23, 64, from: "effort survey"),
            read("reported", 5, 21, 73, from: "effort survey"),
            done(5, 24, "Seven weeks late: the survey waited for the works council's agreement."),
        ]),
        DemoStory("skills.skills-inventory", [
            started(3, 1, "Two directorates have not answered; escalated to the sponsor in October."),
            read("coverage", 3, 26, 35, from: "skills inventory"),
            read("coverage", 4, 30, 48, from: "skills inventory"),
            read("coverage", 6, 4, 61, from: "skills inventory"),
            read("coverage", 9, 3, 62, from: "skills inventory"),
            read("coverage", 11, 5, 63, from: "skills inventory"),
        ]),
        DemoStory("ospo-design.charter", [
            started(1, 11),
            read("acknowledged", 2, 22, 40, from: "charter sign-off sheet"),
            read("acknowledged", 3, 22, 100, from: "charter sign-off sheet"),
            done(3, 22, "Ratified by the executive board on 22 March."),
        ]),
        // Phase 2, April to 3 July 2027.
        DemoStory("supply-chain.exposure-drill", [
            started(4, 12),
            read("time-to-list", 5, 20, 30, from: "drill log", "First drill, on the payroll stack: the inventory was not ready."),
            read("time-to-list", 9, 16, 6, from: "drill log", "Second drill, with the inventory."),
            done(9, 17, "Repeated in September with the inventory: six hours."),
        ]),
        DemoStory("oss-evaluation.pilot-criteria", [
            started(4, 5),
            read("evaluated", 5, 3, 4, from: "architecture board minutes"),
            read("evaluated", 6, 1, 9, from: "architecture board minutes"),
            read("evaluated", 7, 1, 16, from: "architecture board minutes"),
            done(7, 2),
        ]),
        DemoStory("sovereignty.open-first-procurement", [
            started(4, 19, "Procurement wants the template tried on two small tenders first."),
            read("templates", 5, 3, 20, from: "tender register"),
            read("templates", 6, 1, 44, from: "tender register"),
            read("templates", 7, 1, 60, from: "tender register"),
            read("templates", 9, 1, 78, from: "tender register"),
            read("templates", 11, 1, 86, from: "tender register"),
        ]),
        DemoStory("sovereignty.source-code-clauses", [
            started(4, 5),
            read("contracts", 4, 30, 50, from: "contract register", "Two of the four new contracts were signed before the template changed."),
            read("contracts", 6, 30, 100, from: "contract register"),
            done(6, 30, "The clauses are in the framework contract template."),
        ]),
        DemoStory("collaboration.internal-visibility", [
            started(4, 26),
            read("visible-repos", 5, 31, 18, from: "code platform report"),
            .status(day(8, 2), .dropped, "Postponed to 2028: the security lead asked to finish the access review of the code platform first."),
        ]),
        DemoStory("license-compliance.obligations-matrix", [
            started(4, 12),
            read("covered", 5, 3, 40, from: "obligations matrix"),
            read("covered", 6, 1, 74, from: "obligations matrix"),
            read("covered", 7, 1, 91, from: "obligations matrix"),
            read("covered", 8, 2, 97, from: "obligations matrix"),
            done(8, 3, "A month late: legal reviewed the copyleft licences twice."),
        ]),
        // Phase 3, July to 3 October 2027.
        DemoStory("supply-chain.security-contact", [
            started(7, 5),
            read("repos", 7, 15, 30, from: "code platform report"),
            read("repos", 8, 16, 80, from: "code platform report"),
            read("repos", 9, 15, 100, from: "code platform report"),
            done(9, 15),
        ]),
        DemoStory("supply-chain.vulnerability-procedure", [
            started(7, 12, "Deadlines met for critical findings; high findings in supplier-run systems lag."),
            read("on-time", 7, 30, 55, from: "vulnerability dashboard"),
            read("critical-days", 7, 30, 38, from: "vulnerability dashboard"),
            read("on-time", 8, 31, 68, from: "vulnerability dashboard"),
            read("critical-days", 8, 31, 26, from: "vulnerability dashboard"),
            read("on-time", 9, 30, 77, from: "vulnerability dashboard"),
            read("critical-days", 9, 30, 17, from: "vulnerability dashboard"),
            read("on-time", 10, 29, 84, from: "vulnerability dashboard"),
            read("critical-days", 10, 29, 12, from: "vulnerability dashboard"),
        ]),
        DemoStory("oss-evaluation.selection-checklist", [
            started(7, 19, "Published in August; two delivery teams still skip it for minor versions."),
            read("applied", 8, 2, 25, from: "pull request checks"),
            read("applied", 9, 1, 45, from: "pull request checks"),
            read("applied", 10, 1, 62, from: "pull request checks"),
            read("applied", 11, 1, 70, from: "pull request checks"),
        ]),
        DemoStory("policy.contribution-policy", [
            started(7, 5, "Published on 20 September, after eight weeks of works council review."),
            read("acknowledged", 10, 1, 20, from: "e-learning platform"),
            read("acknowledged", 11, 1, 46, from: "e-learning platform"),
        ]),
        DemoStory("metrics.activity-baseline", [
            started(7, 12),
            read("indicators", 8, 2, 2, from: "metrics workbook"),
            read("indicators", 9, 1, 5, from: "metrics workbook"),
            read("indicators", 10, 1, 8, from: "metrics workbook"),
            done(10, 1),
        ]),
        // Phase 4, October 2027 to 3 January 2028.
        DemoStory("oss-evaluation.intake-route", [
            started(10, 4),
            read("decision-time", 10, 15, 8, from: "service desk"),
            read("decision-time", 11, 12, 6.5, from: "service desk"),
        ]),
        DemoStory("ospo-design.operating-model", [
            started(10, 4),
            read("staffed", 10, 15, 33, from: "OSPO staffing plan"),
            read("staffed", 10, 29, 40, from: "OSPO staffing plan"),
            read("staffed", 11, 10, 45, from: "OSPO staffing plan", "The half-time OSPO post is still open; interviews in December."),
        ]),
        DemoStory("community.critical-projects", [
            started(10, 18, "First four health reviews done; the rest are planned for December."),
            read("reviewed", 11, 5, 4, from: "upstream health reviews"),
        ]),
    ]
}
