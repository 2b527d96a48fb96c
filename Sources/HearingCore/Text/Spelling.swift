/// Bokmål and nynorsk spellings of the same word folded to one form before stemming, so that "utval" meets
/// "utvalg" and "kommunar" meets "kommuner". The pairs are data (`[spelling.fold]` in the lexicon: "nynorsk bokmål").
enum Spelling {
    /// Each nynorsk (or older) spelling and the form it is folded to.
    private static let folds: [String: String] = {
        var folds: [String: String] = [:]
        for line in Lexicon.shared.phrases("spelling.fold") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { folds[String(parts[0])] = String(parts[1]) }
        }
        return folds
    }()

    /// The word in its folded spelling (lowercase in, lowercase out).
    static func folded(_ word: String) -> String {
        folds[word] ?? word
    }

    /// Each folded (bokmål) form and the nynorsk spellings that fold to it.
    private static let unfolds: [String: [String]] = {
        var unfolds: [String: [String]] = [:]
        for (nynorsk, bokmal) in folds.sorted(by: { $0.key < $1.key }) { unfolds[bokmal, default: []].append(nynorsk) }
        return unfolds
    }()

    /// The phrase in the other written form: each word that has a counterpart in the lexicon's pairs swapped for it,
    /// a compound by its last part ("samarbeidsutvalg" → "samarbeidsutval"); nil when no word changes. A keyword
    /// written in bokmål so also finds a nynorsk response, and the other way round.
    static func otherForm(_ phrase: String) -> String? {
        guard !phrase.hasSuffix("*") else { return nil }
        var changed = false
        let words = phrase.split(separator: " ").map { word -> String in
            let word = String(word)
            if let swapped = counterpart(word) {
                changed = true
                return swapped
            }
            return word
        }
        return changed ? words.joined(separator: " ") : nil
    }

    private static func counterpart(_ word: String) -> String? {
        if let nynorsk = unfolds[word]?.first { return nynorsk }
        if let bokmal = folds[word] { return bokmal }
        // A compound: its longest known last part, of five letters or more, swapped.
        for length in stride(from: word.count - 3, through: 5, by: -1) {
            let tail = String(word.suffix(length))
            if let swapped = unfolds[tail]?.first ?? folds[tail] { return String(word.dropLast(length)) + swapped }
        }
        return nil
    }
}
