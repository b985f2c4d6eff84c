/// The context facts stated for one assessment: fact id → option id (the
/// `context:` map of an answers file). A fact not stated is unknown, and a
/// condition on it holds (docs/scoring.md, "Applicability").
public struct OrganisationContext: Sendable, Hashable, Codable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    public subscript(fact: String) -> String? {
        get { values[fact] }
        set { values[fact] = newValue }
    }

    public var isEmpty: Bool { values.isEmpty }

    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: String].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}

/// One stated fact with what it means, in the questionnaire's order, as
/// scorecards and reports show it and plans scale efforts by it.
public struct ContextValue: Sendable, Hashable {
    public var fact: String
    /// The fact's question.
    public var text: String
    public var value: String
    public var label: String
    public var effortFactor: Double?

    public init(fact: String, text: String, value: String, label: String, effortFactor: Double? = nil) {
        self.fact = fact
        self.text = text
        self.value = value
        self.label = label
        self.effortFactor = effortFactor
    }
}

extension Array where Element == ContextValue {
    /// The stated facts as a context, to evaluate conditions with.
    public var context: OrganisationContext {
        OrganisationContext(Dictionary(map { ($0.fact, $0.value) }, uniquingKeysWith: { first, _ in first }))
    }
}
