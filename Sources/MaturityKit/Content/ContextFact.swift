/// A fact about the organisation, asked once per assessment rather than of
/// each respondent (the `context:` list of a questionnaire): its sector, its
/// size band, whether it ships firmware. Questions, sections, actions and
/// measures may apply only `when` a fact holds.
public struct ContextFact: Sendable, Hashable {
    public var id: String
    /// The question put to whoever fills in the assessment.
    public var text: String
    public var help: String?
    public var options: [ContextOption]
    public var source: SourceMap

    public init(id: String, text: String, help: String? = nil, options: [ContextOption], source: SourceMap = SourceMap()) {
        self.id = id
        self.text = text
        self.help = help
        self.options = options
        self.source = source
    }

    public func option(_ id: String) -> ContextOption? { options.first { $0.id == id } }

    /// Whether an action's effort may scale with this fact: every option
    /// names a multiplier.
    public var scalesEffort: Bool { !options.isEmpty && options.allSatisfy { $0.effortFactor != nil } }
}

/// One possible value of a context fact.
public struct ContextOption: Sendable, Hashable {
    public var id: String
    public var label: String
    /// What an action's effort is multiplied by for an organisation with this
    /// value, when the action declares `scales_with` this fact.
    public var effortFactor: Double?

    public init(id: String, label: String, effortFactor: Double? = nil) {
        self.id = id
        self.label = label
        self.effortFactor = effortFactor
    }
}
