import Foundation
import FuzzCommon
import MaturityStore

/// libFuzzer's entry for the bundle reader (`ospo import`): any bytes decode
/// to a bundle or throw `BundleError`, whose every line is the project's own
/// located sentence, `fuzz.json:LINE:COLUMN: error: …`, with LINE within the
/// input (as editors count lines, plus one for the end) and COLUMN ≥ 1.
/// Not replayed by MaturityKitTests (it has no MaturityStore): scripts/fuzz.sh
/// replays FailCases/FuzzBundle/ with this binary before fuzzing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBundle(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let path = "fuzz.json"
    let data = Data(bytes: start, count: count)
    do {
        _ = try Workspace.decodeBundle(data, path: path)
    } catch let error as BundleError {
        // Bytes that are not UTF-8 are counted as the replacement text.
        let lines = FuzzCheck.lineCount(String(decoding: data, as: UTF8.self))
        for text in error.description.split(separator: "\n", omittingEmptySubsequences: false) {
            let parts = text.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
            guard parts.count == 4, parts[0] == Substring(path), let line = Int(parts[1]), let column = Int(parts[2]),
                  parts[3].hasPrefix(" error: ") else {
                fatalError("decodeBundle threw an unlocated error: \(text)")
            }
            guard line >= 1, line <= lines + 1, column >= 1 else {
                fatalError("'\(text)' lies outside the \(lines) lines of the input")
            }
        }
    } catch {
        fatalError("decodeBundle threw \(type(of: error)), not a BundleError: \(error)")
    }
    return 0
}
