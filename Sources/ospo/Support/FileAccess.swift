import Foundation

/// File reads and writes for the commands, with errors a user can act on
/// instead of raw Foundation messages.
enum FileAccess {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func readText(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(description: "\(path): error: no such file; check the path")
        }
        guard !isDirectory.boolValue else {
            throw Failure(description: "\(path): error: this is a folder; give a file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "\(path): error: cannot read the file; check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(description: "\(path): error: the file is not UTF-8 text; save it as UTF-8 and try again")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// The YAML files at `path`: the file itself, or every `*.yaml`/`*.yml`
    /// below a folder, sorted.
    static func yamlFiles(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(description: "\(path): error: no such file or folder")
        }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            throw Failure(description: "\(path): error: cannot list the folder; check its permissions")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
                files.append((path as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    /// Writes text to a file atomically (a temporary file renamed into place),
    /// so a failure never leaves a half-written file.
    static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Failure(description: "\(path): error: cannot write the file; check that the folder exists and is writable")
        }
    }
}
