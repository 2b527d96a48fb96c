/// A theme's label as a reader understands it: a phrase taken from the responses themselves, not a list of stems. The
/// representative quote is cut into clauses (at commas, semicolons, colons and dashes, and before the conjunctions
/// the lexicon lists under `cluster.clauseBreaks`), the clause that carries most of the theme's weight wins, a
/// conjunction it opens with is dropped, and it is kept to at most `maximumWords` words.
enum ThemeLabel {
    /// The longest label, in words.
    static let maximumWords = 12

    static func phrase(from quote: String, weights: [String: Double]) -> String {
        let breaks = Set(Lexicon.shared.phrases("cluster.clauseBreaks"))
        var clauses: [[Substring]] = []
        for piece in quote.split(whereSeparator: { ",;:–—()".contains($0) }) {
            var clause: [Substring] = []
            for word in piece.split(separator: " ") {
                if breaks.contains(word.lowercased()), clause.count >= 2 {
                    clauses.append(clause)
                    clause = []
                }
                clause.append(word)
            }
            if !clause.isEmpty { clauses.append(clause) }
        }
        func weight(_ clause: [Substring]) -> Double {
            clause.reduce(0) { sum, word in
                let normal = Normalizer.normalize(String(word)).filter { $0.isLetter || $0.isNumber }
                return sum + (weights[NorwegianStemmer.stem(normal)] ?? weights[normal] ?? 0)
            }
        }
        guard var best = clauses.max(by: { weight($0) < weight($1) }), weight(best) > 0 else {
            return trimmed(Array(quote.split(separator: " ")))
        }
        while let first = best.first, breaks.contains(first.lowercased()), best.count > 2 { best.removeFirst() }
        return trimmed(best)
    }

    private static func trimmed(_ words: [Substring]) -> String {
        var text = words.prefix(maximumWords).joined(separator: " ")
        if words.count > maximumWords { text += " …" }
        while let last = text.last, ".!?".contains(last) { text.removeLast() }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
