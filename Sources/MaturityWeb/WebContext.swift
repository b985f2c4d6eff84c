import Hummingbird
import NIOCore

/// The request context of the respondent's pages: the caller's address, for
/// slowing down repeated bad links, and the body limit.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address, or nil (in-process tests).
    public let remoteAddress: String?
    let bodyLimit: Int

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
        bodyLimit = 256 * 1024
    }

    public var maxUploadSize: Int { bodyLimit }
}
