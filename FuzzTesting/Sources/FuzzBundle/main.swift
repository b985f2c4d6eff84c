import Foundation
import MaturityStore

/// libFuzzer's entry for the bundle reader (`ospo import`): any bytes decode
/// to a bundle or throw the project's own located sentence, `path: error: …`.
/// Not replayed by MaturityKitTests (it has no MaturityStore): scripts/fuzz.sh
/// replays FailCases/FuzzBundle/ with this binary before fuzzing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBundle(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let path = "fuzz.json"
    do {
        _ = try Workspace.decodeBundle(Data(bytes: start, count: count), path: path)
    } catch let error as WorkspaceError {
        let text = error.description
        if !text.hasPrefix("\(path): error: ") || text.contains("\n") {
            fatalError("decodeBundle threw an unlocated error: \(text)")
        }
    } catch {
        fatalError("decodeBundle threw \(type(of: error)), not a WorkspaceError: \(error)")
    }
    return 0
}
