/// "Did you mean" hints for a word that is not one of the names a file may
/// use: the reading code (headers, keys) and the validators share them.
enum Suggestion {
    /// "; did you mean 'x'?" for a near miss, or nothing.
    /// Candidates whose length differs from the word's by more than the
    /// distance allowed are skipped before the edit distance is computed, so
    /// a long word (a 64 KB cell) costs one count, not length x length steps.
    static func didYouMean(_ word: String, _ candidates: Set<String>) -> String {
        let length = word.count
        let allowed = max(2, length / 4)
        let best = candidates.filter { abs($0.count - length) <= allowed }
            .map { ($0, editDistance(word, $0)) }
            .filter { $0.1 <= allowed }
            .min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        return best.map { "; did you mean '\($0.0)'?" } ?? ""
    }
}

/// Levenshtein distance, used for "did you mean" hints.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
