/// The Snowball Norwegian stemmer (snowballstem.org, "Norwegian stemming algorithm"): removes inflectional endings so
/// that "utvalgene", "utvalget" and "utvalg" group together. The current revision of the algorithm (Snowball 3): the
/// accented vowels count, "s" after "er" stays, and "-ers" stays on roots such as "univers" and "bunkers".
/// Checked against the published test vectors.
public enum NorwegianStemmer {
    private static let vowels: Set<Character> = ["a", "e", "ê", "i", "o", "ò", "ó", "ô", "u", "y", "æ", "å", "ø"]
    private static let sEnding: Set<Character> = [
        "b", "c", "d", "f", "g", "h", "j", "l", "m", "n", "o", "p", "t", "v", "y", "z",
    ]
    /// Endings before "-ers" that keep it, and the longer endings among them that do not.
    private static let ersKeepers = ["ind", "kk", "nk", "amm", "omm", "kap", "pp", "lt", "ast", "øst", "v"]
    private static let ersRemovers = ["skap", "hav", "giv"]

    private static let mainSuffixes: [String] = [
        "hetenes", "hetene", "hetens", "heten", "heter", "endes", "ande", "ende", "edes", "enes", "erte", "ede", "ane",
        "ene",
        "ens", "ers", "ets", "het", "ast", "ert", "en", "ar", "er", "as", "es", "et", "a", "e", "s",
    ]
    private static let otherSuffixes: [String] = [
        "hetslov", "eleg", "elig", "elov", "slov", "leg", "eig", "lig", "els", "lov", "ig",
    ]

    /// The stem of a lowercased word.
    public static func stem(_ word: String) -> String {
        var characters = Array(word)
        let r1 = regionStart(characters)
        // Step 1: the longest main suffix inside R1.
        if let suffix = longestSuffix(of: characters, from: mainSuffixes, within: r1) {
            let start = characters.count - suffix.count
            switch suffix {
            case "s":
                let before = start - 1
                // A valid s-ending, "k" after a non-vowel, or "r" not after "e" ("brors", but not "vers").
                if before >= 0,
                    sEnding.contains(characters[before])
                        || (characters[before] == "k" && before >= 1 && !vowels.contains(characters[before - 1]))
                        || (characters[before] == "r" && !(before >= 1 && characters[before - 1] == "e"))
                {
                    characters.removeLast()
                }
            case "ers":
                let root = characters.dropLast(3)
                let keeps =
                    ersKeepers.contains { root.suffix($0.count).elementsEqual($0) }
                    && !ersRemovers.contains { root.suffix($0.count).elementsEqual($0) }
                if !keeps { characters.removeLast(3) }
            case "erte", "ert":
                characters.removeLast(suffix.count)
                characters += ["e", "r"]
            default:
                characters.removeLast(suffix.count)
            }
        }
        // Step 2: "dt" or "vt" at the end inside R1 loses the t.
        if characters.count >= 2, characters.count - 2 >= r1 {
            let pair = String(characters.suffix(2))
            if pair == "dt" || pair == "vt" { characters.removeLast() }
        }
        // Step 3: the longest other suffix inside R1.
        if let suffix = longestSuffix(of: characters, from: otherSuffixes, within: r1) {
            characters.removeLast(suffix.count)
        }
        return String(characters)
    }

    /// Where R1 begins: after the first non-vowel that follows a vowel, but not before the fourth letter.
    static func regionStart(_ characters: [Character]) -> Int {
        var index = 0
        while index < characters.count, !vowels.contains(characters[index]) { index += 1 }
        while index < characters.count, vowels.contains(characters[index]) { index += 1 }
        let start = index < characters.count ? index + 1 : characters.count
        return max(start, min(3, characters.count))
    }

    private static func longestSuffix(of characters: [Character], from suffixes: [String], within start: Int) -> String?
    {
        var best: String? = nil
        for suffix in suffixes {
            let count = suffix.count
            guard count <= characters.count - start, count > (best?.count ?? 0) else { continue }
            if characters.suffix(count).elementsEqual(suffix) { best = suffix }
        }
        return best
    }
}
