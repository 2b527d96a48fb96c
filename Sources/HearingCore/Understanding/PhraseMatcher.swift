/// Finds whole-word phrases in normalised text, working on Unicode scalars so offsets are cheap to compare.
struct ScalarText: Sendable {
    /// The scalars of the text.
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Offsets where the phrase occurs with word boundaries on both sides. A phrase ending in `*` matches any word
    /// ending.
    func find(_ phrase: String) -> [Int] {
        var pattern = Array(phrase.unicodeScalars)
        let prefixOnly = pattern.last == "*"
        if prefixOnly { pattern.removeLast() }
        guard !pattern.isEmpty, pattern.count <= scalars.count else { return [] }
        var result: [Int] = []
        var start = 0
        let first = pattern[0]
        let firstIsWord = Self.isWordScalar(first)
        let lastIsWord = Self.isWordScalar(pattern[pattern.count - 1])
        while start + pattern.count <= scalars.count {
            if scalars[start] == first, start == 0 || !firstIsWord || !Self.isWordScalar(scalars[start - 1]) {
                var matched = true
                for offset in 1..<pattern.count where scalars[start + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched {
                    let end = start + pattern.count
                    if prefixOnly || end == scalars.count || !lastIsWord || !Self.isWordScalar(scalars[end]) {
                        result.append(start)
                    }
                }
            }
            start += 1
        }
        return result
    }

    /// Whether the phrase occurs.
    func contains(_ phrase: String) -> Bool { !find(phrase).isEmpty }

    /// The first place any of the phrases occurs, and the phrase; of two at the same place, the one listed first.
    func earliest(of phrases: [String]) -> (offset: Int, phrase: String)? {
        phrases.flatMap { phrase in find(phrase).map { (offset: $0, phrase: phrase) } }.min { $0.offset < $1.offset }
    }

    /// Whether any of the phrases occurs.
    func containsAny(_ phrases: [String]) -> Bool { phrases.contains { contains($0) } }

    /// The text between two offsets.
    func slice(_ from: Int, _ to: Int) -> String {
        let lower = max(0, min(from, scalars.count))
        let upper = max(lower, min(to, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }

    /// The whole words of the text within a number of scalars before an offset: a word cut by the window is left
    /// out ("…foreningen går" gives "går", never "ingen").
    func wordsBefore(_ offset: Int, within length: Int) -> String {
        wholeWords(from: offset - length, to: offset)
    }

    /// The text between two offsets without a word the start cuts.
    func wholeWords(from: Int, to: Int) -> String {
        var start = max(0, min(from, scalars.count))
        while start > 0, start < to, Self.isWordScalar(scalars[start - 1]) { start += 1 }
        return slice(start, to)
    }

    /// Each word's start and end offsets, in order.
    func wordRanges() -> [Range<Int>] {
        wordStarts().map { start in
            var end = start
            while end < scalars.count, Self.isWordScalar(scalars[end]) { end += 1 }
            return start..<end
        }
    }

    /// The word offsets (start of each word) in order.
    func wordStarts() -> [Int] {
        var starts: [Int] = []
        for index in scalars.indices
        where Self.isWordScalar(scalars[index]) && (index == 0 || !Self.isWordScalar(scalars[index - 1])) {
            starts.append(index)
        }
        return starts
    }

    /// Whether a scalar belongs to a word: a letter (of any script) or a digit. ASCII is answered without the
    /// Unicode tables.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
        }
        return scalar.properties.isAlphabetic
    }
}
