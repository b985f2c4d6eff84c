import Foundation
import MaturityKit

/// Reads an invitees CSV file: a header naming `name` and `role` (and, if
/// wanted, `email`) in any order, then one person a row.
public enum InviteeList {
    /// The invitees of `text`, read from `path` (for messages).
    /// - Throws: `InviteError.file` located at the row, or `ContentError` from the tokenizer.
    public static func parse(_ text: String, path: String) throws -> [Invitee] {
        var tokenizer = CSVTokenizer(path: path)
        var records: [CSVTokenizer.Record] = []
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        try bytes.withUnsafeBufferPointer { buffer in try tokenizer.feed(buffer) { records.append($0) } }
        try tokenizer.finish { records.append($0) }
        guard let header = records.first else { throw InviteError.file(path: path, row: nil, message: "the file is empty; write a header 'name,role,email' and one person a row") }
        let columns = header.fields.map { $0.trimmedWhitespace.lowercased() }
        guard let nameColumn = columns.firstIndex(of: "name"), let roleColumn = columns.firstIndex(of: "role") else {
            throw InviteError.file(path: path, row: header.row, message: "the header needs the columns 'name' and 'role' (and may have 'email')")
        }
        let emailColumn = columns.firstIndex(of: "email")
        var invitees: [Invitee] = []
        for record in records.dropFirst() {
            let fields = record.fields
            if fields.allSatisfy({ $0.trimmedWhitespace.isEmpty }) { continue }
            func field(_ index: Int) -> String { index < fields.count ? fields[index].trimmedWhitespace : "" }
            let name = field(nameColumn), role = field(roleColumn)
            guard !name.isEmpty else { throw InviteError.file(path: path, row: record.row, message: "no name; every row needs a name and a role") }
            guard !role.isEmpty else { throw InviteError.file(path: path, row: record.row, message: "no role for '\(name)'; every row needs a name and a role") }
            let email = emailColumn.map(field).flatMap { $0.isEmpty ? nil : $0 }
            invitees.append(Invitee(name: name, role: role, email: email, location: "\(path):\(record.row)"))
        }
        guard !invitees.isEmpty else { throw InviteError.file(path: path, row: nil, message: "no one to invite; add one person a row under the header") }
        return invitees
    }
}
