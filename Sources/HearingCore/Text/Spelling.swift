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
}
