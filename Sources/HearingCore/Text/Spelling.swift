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

    /// Systematic differences of the two written forms, applied to a stem on both sides (`[spelling.stemFolds]`):
    /// an ending ("leg$ lig": "fagleg" and "faglig") or letters anywhere ("au ø": "laurdag" and "lørdag").
    private static let stemFolds: [(from: String, to: String, ending: Bool)] = Lexicon.shared.phrases(
        "spelling.stemFolds"
    ).compactMap { line in
        let parts = line.split(separator: " ").map(String.init)
        guard parts.count == 2 else { return nil }
        let ending = parts[0].hasSuffix("$")
        return (ending ? String(parts[0].dropLast()) : parts[0], parts[1], ending)
    }

    /// A stem with the systematic differences of nynorsk and bokmål folded, so that both forms of a word give one
    /// stem ("laurdag" and "lørdag", "statleg" and "statlig"). Applied to every stem alike, it cannot part two words
    /// that were one.
    static func foldedStem(_ stem: String) -> String {
        var result = stem
        for fold in stemFolds {
            if fold.ending {
                if result.count >= fold.from.count + 3, result.hasSuffix(fold.from) {
                    result = String(result.dropLast(fold.from.count)) + fold.to
                }
            } else if result.contains(fold.from) {
                result = result.replacing(fold.from, with: fold.to)
            }
        }
        return result
    }

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
    /// a compound by its last part ("samarbeidsutvalg" → "samarbeidsutval"), a wildcard kept after it; nil when no
    /// word changes. A keyword
    /// written in bokmål so also finds a nynorsk response, and the other way round.
    static func otherForm(_ phrase: String) -> String? {
        // "lederutvalg*" also as "lederutval*": the word before the wildcard in its other form.
        if phrase.hasSuffix("*") { return otherForm(String(phrase.dropLast())).map { $0 + "*" } }
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
