import FuzzCommon

/// libFuzzer's entry: one input, checked by FuzzCheck (shared with the replay
/// test); a broken promise stops the run so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSurveyCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    let problems = FuzzCheck.violations(.surveyCSV, bytes)
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}
