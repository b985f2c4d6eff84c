import Foundation
import HTTPTypes
import MaturityUseCases

/// One page or form of the team's workspace, with the action the policy
/// decides it by (nil: any logged-in account, such as the list of
/// organisations or the password page). The site keeps every route it
/// registers, so a test can walk them all with every role.
public struct StaffRoute: Sendable, Hashable {
    public var method: HTTPRequest.Method
    /// The path pattern, with `:org`, `:assessment`, `:objective`,
    /// `:invitation`… for the parts that name a record.
    public var path: String
    public var action: WorkspaceAction?
}

/// The routes registered so far, shared by the site's registrations.
final class StaffRouteCatalogue: @unchecked Sendable {
    private var list: [StaffRoute] = []
    private let lock = NSLock()

    func add(_ route: StaffRoute) {
        lock.withLock { list.append(route) }
    }

    var routes: [StaffRoute] { lock.withLock { list } }
}
