import Foundation
import MaturityKit

/// The web's profile form: every field as typed (so that nothing typed is
/// lost, even what does not load yet), and the profile YAML they make, which
/// the same loader and planner as `ospo plan --profile` then check.
///
/// Fields: `default_target`; `target.DIM` and `importance.DIM` for each
/// dimension (an empty target leaves the dimension to `default_target`);
/// `start`, `phase_months`, `phases`, `capacity`, `max_share`, `day_rate`,
/// `currency`; and four lists, one entry a line: `done` (action ids),
/// `covered` (`ACTION: how`), `exclude` (`ACTION: why`), `pins` (`ACTION: PHASE`).
public struct ProfileForm: Sendable, Equatable {
    /// One dimension of the assessment's rubrics, for its two fields.
    public struct Dimension: Sendable, Equatable {
        public var id: String
        public var title: String
    }

    public var organisation: String
    public var dimensions: [Dimension]
    /// Field name → text as typed.
    public var values: [String: String]

    /// Every field name the form has, for reading a posted form.
    public var fieldNames: [String] {
        Self.planFields + Self.listFields + ["default_target"] + dimensions.flatMap { ["target.\($0.id)", "importance.\($0.id)"] }
    }

    static let planFields = ["start", "phase_months", "phases", "capacity", "max_share", "day_rate", "currency"]
    static let listFields = ["done", "covered", "exclude", "pins"]

    public func value(_ name: String) -> String { values[name] ?? "" }

    /// The form filled in from `profile`.
    init(profile: Profile, organisation: String, dimensions: [Dimension]) {
        self.organisation = organisation
        self.dimensions = dimensions
        let plan = profile.plan
        var values: [String: String] = [
            "default_target": String(profile.defaultTarget),
            "start": "\(plan.start)", "phase_months": String(plan.phaseMonths), "phases": String(plan.phases),
            "capacity": formatNumber(plan.capacity),
            "max_share": plan.maxSharePerAction == 1 ? "" : formatNumber(plan.maxSharePerAction),
            "day_rate": plan.dayRate.map(formatNumber) ?? "", "currency": plan.currency ?? "",
            "done": profile.done.joined(separator: "\n"),
            "covered": profile.covered.map { "\($0.action): \($0.by)" }.joined(separator: "\n"),
            "exclude": profile.exclude.map { "\($0.action): \($0.reason)" }.joined(separator: "\n"),
            "pins": profile.pins.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: "\n"),
        ]
        for (id, target) in profile.targets {
            values["target.\(id)"] = String(target.level)
            values["importance.\(id)"] = String(target.importance)
        }
        self.values = values
    }

    /// The form with the fields of a posted form (or a kept draft); only the
    /// form's own names are kept, each trimmed of surrounding spaces.
    init(organisation: String, dimensions: [Dimension], fields: [String: String]) {
        self.organisation = organisation
        self.dimensions = dimensions
        values = [:]
        for name in fieldNames {
            values[name] = (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The fields as JSON, as a draft keeps them.
    func encoded() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(values), as: UTF8.self)
    }

    /// The fields of a kept draft; an unreadable draft gives no fields.
    static func decode(_ json: String) -> [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
    }

    // MARK: - The profile YAML

    /// The profile the fields make (`format: ospo/profile@1`). Numbers, dates
    /// and ids are written as typed when they look like one, else quoted, so
    /// that the loader reports a wrong value with its own message; an empty
    /// field is left out, so a required one is reported missing.
    /// - Throws: `ProfileFormError.line` for a list line without its colon.
    public func yaml() throws -> String {
        var lines = ["format: ospo/profile@1", "organisation: \(YAMLQuoting.quoted(organisation))"]
        if !value("default_target").isEmpty { lines.append("default_target: \(Self.scalar(value("default_target")))") }
        let targeted = dimensions.filter { !value("target.\($0.id)").isEmpty }
        if !targeted.isEmpty {
            lines.append("targets:")
            for dimension in targeted {
                let importance = value("importance.\(dimension.id)")
                lines.append("  \(dimension.id): { level: \(Self.scalar(value("target.\(dimension.id)")))"
                             + (importance.isEmpty ? "" : ", importance: \(Self.scalar(importance))") + " }")
            }
        }
        lines.append("plan:")
        for (field, key) in [("start", "start"), ("phase_months", "phase_months"), ("phases", "phases"), ("capacity", "capacity"),
                             ("max_share", "max_share_per_action"), ("day_rate", "day_rate")] where !value(field).isEmpty {
            lines.append("  \(key): \(Self.scalar(value(field)))")
        }
        if !value("currency").isEmpty { lines.append("  currency: \(YAMLQuoting.quoted(value("currency")))") }
        let done = Self.entries(value("done"))
        if !done.isEmpty {
            lines.append("done:")
            lines += done.map { "  - \(Self.scalar($0))" }
        }
        let covered = try pairs("covered", expected: "an action id, a colon, then how it is covered")
        if !covered.isEmpty {
            lines.append("covered:")
            lines += covered.flatMap { ["  - action: \(Self.scalar($0.0))", "    by: \(YAMLQuoting.quoted($0.1))"] }
        }
        let exclude = try pairs("exclude", expected: "an action id, a colon, then why it is left out")
        if !exclude.isEmpty {
            lines.append("exclude:")
            lines += exclude.flatMap { ["  - action: \(Self.scalar($0.0))", "    reason: \(YAMLQuoting.quoted($0.1))"] }
        }
        let pins = try pairs("pins", expected: "an action id, a colon, then the phase number")
        if !pins.isEmpty {
            lines.append("pin:")
            lines += pins.map { "  \(Self.scalar($0.0)): \(Self.scalar($0.1))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The non-empty lines of a list field.
    static func entries(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// `ACTION: text` lines, split at the first colon.
    private func pairs(_ field: String, expected: String) throws -> [(String, String)] {
        // Numbered as the person sees the box: blank lines count.
        let lines = value(field).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return try lines.enumerated().filter { !$0.element.isEmpty }.map { index, line in
            guard let colon = line.firstIndex(of: ":") else {
                throw ProfileFormError.line(field: field, line: index + 1, expected: expected)
            }
            return (line[..<colon].trimmingCharacters(in: .whitespaces),
                    line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }

    /// A number (negative too, so the loader says it must be above 0), date
    /// or id as it is; anything else quoted.
    static func scalar(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }
            && (text.first.map { $0.isLetter || $0.isNumber } == true
                || (text.first == "-" && text.dropFirst().first?.isNumber == true))
        return plain ? text : YAMLQuoting.quoted(text)
    }
}
