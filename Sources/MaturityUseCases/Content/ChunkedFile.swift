import Foundation

/// A file read a megabyte at a time, for inputs too large to hold whole
/// (a survey's wide CSV of a hundred thousand respondents). Refuses what
/// `FileAccess.readText` refuses, with its sentences: a missing file, a
/// folder, a file that cannot be opened or read to its end. A pipe reads
/// like a file.
final class ChunkedFile {
    let path: String
    private let handle: FileHandle
    /// The bytes of each read: large enough that a read costs little, small
    /// enough that the memory does not grow with the file.
    static let chunkBytes = 1 << 20

    init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileAccess.Failure(description: "\(path): error: no such file; check the path")
        }
        guard !isDirectory.boolValue else {
            throw FileAccess.Failure(description: "\(path): error: this is a folder; give a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw FileAccess.Failure(description: "\(path): error: cannot read the file; check its permissions")
        }
        self.path = path
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// The next bytes, or nil at the end of the file.
    func next() throws -> [UInt8]? {
        let chunk: Data?
        do {
            chunk = try handle.read(upToCount: Self.chunkBytes)
        } catch {
            throw FileAccess.Failure(description: "\(path): error: the file could not be read to its end (a disk or network error); try again")
        }
        guard let chunk, !chunk.isEmpty else { return nil }
        return [UInt8](chunk)
    }
}
