import Hummingbird
import MaturityUseCases

/// A request of a logged-in account that the policy allowed: what a page
/// handler of the team's workspace gets.
struct StaffRequest: Sendable {
    /// The policy's yes; nil on a route open to any logged-in account.
    let authorised: Authorised?
    let account: SignedInAccount
    /// The session's secret token (for logout and the password change).
    let session: String
    /// The token every form of this session posts back.
    let csrf: String
    /// The posted form; empty for a GET.
    let form: FormBody
    let request: Request
    let context: WebContext
    let desk: TeamDesk

    /// The path parameter `name` (`org`, `assessment`, …).
    func parameter(_ name: String) -> String? { context.parameters.get(name) }

    /// The path parameter `name` as a number; nil when absent or not a number.
    func number(_ name: String) -> Int64? { parameter(name).flatMap { Int64($0) } }

    /// The query parameter `name`, if given and not empty.
    func query(_ name: String) -> String? {
        guard let value = request.uri.queryParameters.get(name), !value.isEmpty else { return nil }
        return value
    }

    /// The policy's yes for this route (routes with an action always have one).
    func yes() throws -> Authorised {
        guard let authorised else { throw TeamError.notFound }
        return authorised
    }

    /// The organisation's short name of this route, for building links.
    var slug: String { authorised?.organisation?.slug ?? "" }

    /// The address of the organisation's pages, `/o/SLUG`.
    var organisationBase: String { "/o/\(slug)" }
}
