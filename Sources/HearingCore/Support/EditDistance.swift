/// The Levenshtein distance between two words: how many letters to add, remove or change to get from one to the
/// other. Used to answer a slip of the keyboard with what was meant.
public enum EditDistance {
    /// The distance between two words (case as given).
    public static func between(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The candidate closest to a word, within two edits, or nil.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        candidates.map { ($0, between(word.lowercased(), $0.lowercased())) }.filter { $0.1 <= 2 }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }.first?.0
    }
}
