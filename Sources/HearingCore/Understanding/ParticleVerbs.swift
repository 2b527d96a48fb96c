/// Verbs of stance with a particle ("går inn for", "slutter seg til", "er enig i") stand apart when a sentence
/// opens with something else and the subject follows the verb: "Når det gjeld namneflytting, går fellesrådet inn for
/// alternativ 1". The reader matches such cues as one phrase, so the verb is moved to just before its particle
/// ("…, fellesrådet går inn for alternativ 1"); nothing else in the sentence changes.
enum ParticleVerbs {
    /// The verbs with their particles, from the lexicon (`stance.particleVerbs`): first word the verb.
    private static let phrases: [(verb: Substring, particle: [Substring])] = Lexicon.shared.phrases(
        "stance.particleVerbs"
    ).compactMap { phrase in
        let words = phrase.split(separator: " ")
        return words.count >= 2 ? (words[0], Array(words.dropFirst())) : nil
    }

    /// The words that open a subordinate clause (`stance.subordinators`).
    private static let subordinators = Set(Lexicon.shared.phrases("stance.subordinators").map { Substring($0) })

    /// The most words that may stand between a verb and its particle.
    static let reach = 6

    /// A normalised sentence with each verb moved next to its particle where other words stood between them.
    static func joined(_ normalized: String) -> String {
        var words = normalized.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count >= 3 else { return normalized }
        var changed = false
        var index = 0
        while index < words.count {
            if let move = particle(after: index, in: words) {
                let verb = words.remove(at: index)
                words.insert(verb, at: move - 1)
                changed = true
                index = move
            } else {
                index += 1
            }
        }
        return changed ? words.joined(separator: " ") : normalized
    }

    /// Where the particle of a verb at an index begins, when one to `reach` words stand between them and none of
    /// them ends a clause.
    private static func particle(after index: Int, in words: [Substring]) -> Int? {
        // A subordinate clause keeps its subject before the verb ("mange som går tur …"): nothing is inverted there.
        if index > 0, subordinators.contains(words[index - 1]) { return nil }
        for phrase in phrases where words[index] == phrase.verb {
            var between = 0
            var position = index + 1
            while position < words.count, between <= reach {
                if between >= 1, position + phrase.particle.count <= words.count,
                    Array(words[position..<position + phrase.particle.count]) == phrase.particle
                {
                    return position
                }
                if words[position].last.map({ ",.;:".contains($0) }) == true { break }
                between += 1
                position += 1
            }
        }
        return nil
    }
}
