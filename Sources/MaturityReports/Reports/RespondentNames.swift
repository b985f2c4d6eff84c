import MaturityKit

/// How the assessment report names each respondent, by `RespondentDisplay`:
/// "Sam Whitlock (developer)" when named, "Developer 2" by role (numbered
/// only when the role has more than one respondent), nothing when hidden.
struct RespondentNames {
    var display: RespondentDisplay
    private var labels: [String: String] = [:]

    init(_ card: Scorecard, display: RespondentDisplay) {
        self.display = display
        let perRole = Dictionary(grouping: card.respondents, by: \.role)
        var seen: [String: Int] = [:]
        for respondent in card.respondents {
            let role = RespondentNames.roleTitle(respondent.role)
            switch display {
            case .named:
                labels[respondent.id] = "\(respondent.name ?? respondent.id) (\(respondent.role))"
            case .roles:
                seen[respondent.role, default: 0] += 1
                let many = (perRole[respondent.role]?.count ?? 0) > 1
                labels[respondent.id] = many ? "\(role) \(seen[respondent.role] ?? 1)" : role
            case .hidden:
                labels[respondent.id] = nil
            }
        }
    }

    /// The label of a respondent, or nil when respondents are hidden.
    func label(_ respondent: String) -> String? {
        display == .hidden ? nil : labels[respondent] ?? RespondentNames.roleTitle(respondent)
    }

    /// Words written in capitals in a role's title.
    static let acronyms: Set<String> = ["ospo", "oss", "it", "hr", "cto", "cio", "ciso", "cfo", "ceo", "ux", "qa"]

    /// "engineering-lead" → "Engineering lead", "ospo-lead" → "OSPO lead".
    static func roleTitle(_ role: String) -> String {
        let words = role.replacingOccurrences(of: "_", with: "-").split(separator: "-").map { word in
            acronyms.contains(word.lowercased()) ? word.uppercased() : word.lowercased()
        }
        let text = words.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
