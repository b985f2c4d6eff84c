/// A decoded `application/x-www-form-urlencoded` body: every name with its
/// values, in the order sent.
struct FormBody: Sendable {
    private(set) var fields: [(name: String, value: String)] = []

    init(_ text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields.append((name, value))
        }
    }

    /// The first value of `name`.
    subscript(_ name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Every value of `name`, in the order sent (ticked checkboxes).
    func values(_ name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// A browser sends a text area's line breaks as CR LF; they are kept as
    /// LF, as every other text of the workspace has them (and so that
    /// splitting lines on "\n" works: in Swift, "\r\n" is one character).
    private static func decode(_ part: Substring) -> String {
        (String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "")
            .replacingOccurrences(of: "\r\n", with: "\n")
    }
}
