/// How `ospo serve` listens and what respondents' browsers are told.
public struct WebConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The address respondents open; an https one makes cookies Secure.
    public var baseURL: String
    /// The most a request body may hold; larger ones get 413.
    public var maxBodyBytes: Int
    /// Bad links from one address after which each further one waits.
    public var badLinksAllowed: Int
    /// The wait added for each bad link beyond those allowed, in milliseconds (at most 5 s).
    public var badLinkDelayMilliseconds: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, baseURL: String? = nil, maxBodyBytes: Int = 256 * 1024,
                badLinksAllowed: Int = 5, badLinkDelayMilliseconds: Int = 500) {
        self.host = host
        self.port = port
        self.baseURL = baseURL ?? "http://\(host):\(port)"
        self.maxBodyBytes = maxBodyBytes
        self.badLinksAllowed = badLinksAllowed
        self.badLinkDelayMilliseconds = badLinkDelayMilliseconds
    }

    /// Whether respondents reach the server over https (behind a proxy).
    public var isSecure: Bool { baseURL.lowercased().hasPrefix("https://") }
}
