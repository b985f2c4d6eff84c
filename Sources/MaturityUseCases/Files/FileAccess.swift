import Foundation

/// File reads and writes for the commands, with errors a user can act on
/// instead of raw Foundation messages.
public enum FileAccess {
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let description: String
    }

    public static func readText(_ path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(description: "\(path): error: no such file; check the path")
        }
        guard !isDirectory.boolValue else {
            throw Failure(description: "\(path): error: this is a folder; give a file")
        }
        // Read through a handle rather than FileManager.contents(atPath:), so
        // a pipe (`<(...)`, a FIFO) reads like a file.
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Failure(description: "\(path): error: cannot read the file; check its permissions")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw Failure(description: "\(path): error: the file could not be read to its end (a disk or network error); try again")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw Failure(description: "\(invalidUTF8Location(data, path: path)): error: the file is not UTF-8 text; save it as UTF-8 and try again")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// `path:line:column` of the first byte that is not UTF-8, counting lines
    /// as editors do (\n, \r\n or a lone \r end a line) and columns in
    /// characters of the valid text before it.
    public static func invalidUTF8Location(_ data: Data, path: String) -> String {
        let bytes = [UInt8](data)
        var line = 1, lineStart = 0, index = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        decoding: while true {
            let before = offset
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += String(scalar).utf8.count
                if scalar == "\n" {
                    if before == 0 || bytes[before - 1] != 13 { line += 1 }
                    lineStart = offset
                } else if scalar == "\r" {
                    line += 1
                    lineStart = offset
                }
            case .emptyInput:
                break decoding
            case .error:
                index = before
                break decoding
            }
        }
        let column = (String(validating: bytes[lineStart..<index], as: UTF8.self)?.unicodeScalars.count ?? 0) + 1
        return "\(path):\(line):\(column)"
    }

    /// The YAML files at `path`: the file itself, or every `*.yaml`/`*.yml`
    /// below a folder, sorted.
    public static func yamlFiles(at path: String) throws -> [String] {
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
    public static func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw Failure(description: "\(path): error: cannot write the file; check that the folder exists and is writable")
        }
    }
}
