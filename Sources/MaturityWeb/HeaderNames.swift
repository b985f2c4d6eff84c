import HTTPTypes

extension HTTPField.Name {
    /// The header the page's script sends its CSRF token in.
    static let csrfToken = constant("X-CSRF-Token")
    static let xFrameOptions = constant("X-Frame-Options")
    static let referrerPolicy = constant("Referrer-Policy")

    /// A header name written in this file: a valid token, checked by the route tests.
    private static func constant(_ name: String) -> HTTPField.Name {
        guard let field = HTTPField.Name(name) else { preconditionFailure("'\(name)' is not a header name") }
        return field
    }
}
