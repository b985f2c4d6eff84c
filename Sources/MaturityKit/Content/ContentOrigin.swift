/// Where converted content came from (the `source:` block of a rubric or a
/// questionnaire): the public model, its version, its licence and the
/// attribution its licence asks for. Reports show it beside the scores.
public struct ContentOrigin: Sendable, Hashable {
    /// The model's name, for example "OWASP SAMM".
    public var model: String
    public var version: String?
    /// Where the model's own files are published.
    public var url: String?
    /// An SPDX licence id, for example `CC-BY-SA-4.0`.
    public var licence: String
    /// The credit line the licence asks for.
    public var attribution: String?

    public init(model: String, version: String? = nil, url: String? = nil, licence: String, attribution: String? = nil) {
        self.model = model
        self.version = version
        self.url = url
        self.licence = licence
        self.attribution = attribution
    }

    /// One line for a report's footer: "OWASP SAMM 2.0.3 (CC-BY-SA-4.0)".
    public var summary: String {
        [model, version].compactMap { $0 }.joined(separator: " ") + " (\(licence))"
    }
}
