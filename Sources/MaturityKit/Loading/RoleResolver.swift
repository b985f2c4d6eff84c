/// Reads the role cells of a wide CSV: a role id or title of the
/// questionnaire in any letter case, or a text the mapping maps to a role.
struct RoleResolver {
    let questionnaire: Questionnaire
    /// The roles, for messages: `executive (Executive sponsor), …`.
    let offered: String
    private var byKey: [String: String] = [:]

    init(questionnaire: Questionnaire, mapping: AnswerMapping?) {
        self.questionnaire = questionnaire
        let ids = Set(questionnaire.roles.map(\.id))
        offered = questionnaire.roles.isEmpty
            ? "a role id (letters, digits, '.', '_' and '-')"
            : questionnaire.roles.map { "\($0.id) (\($0.title))" }.joined(separator: ", ")
        for entry in mapping?.roles ?? [] where ids.isEmpty || ids.contains(entry.target) {
            byKey[LooseText.key(entry.text)] = entry.target
        }
        for role in questionnaire.roles { byKey[LooseText.key(role.title)] = role.id }
        for role in questionnaire.roles { byKey[LooseText.key(role.id)] = role.id }
    }

    /// The role id a cell means; nil when it means none. A questionnaire that
    /// declares no roles takes any valid id.
    func resolve(_ cell: String) -> String? {
        if let id = byKey[LooseText.key(cell)] { return id }
        if questionnaire.roles.isEmpty && Identifier.isValid(cell) { return cell }
        return nil
    }

    func unknownMessage(_ cell: String) -> String {
        "unknown role '\(cell)'; questionnaire '\(questionnaire.id)' has \(offered). Map other texts under 'roles' in a mapping file (--mapping)"
    }
}
