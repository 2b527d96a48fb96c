/// The words that tell a choice question's alternatives apart, as the letter describes them: for each alternative,
/// the stems of its label and description that no other alternative of the question has. A sentence that uses two
/// or more of one alternative's own stems ("dagens ordning for nominasjon … videreføres" for "videreføring av dagens
/// ordning med nominasjon"), or the one it has ("nasjonalt" for "nasjonalt fond"), refers to it without quoting its
/// label (rule input for `choice.*`).
struct AlternativeWords: Sendable {
    /// Per question number, per alternative number, the alternative's own stems.
    private let stems: [Int: [Int: Set<String>]]
    /// Per question number, per alternative number, how many of its own stems a reference uses at least.
    private let needed: [Int: [Int: Int]]
    /// Per question number, per alternative number, the stems that name it by themselves (see `compoundNames`).
    private let names: [Int: [Int: Set<String>]]
    /// Per question number, per alternative number, every stem of its label and description, shared or not.
    private let described: [Int: [Int: Set<String>]]
    /// Per question number, the one alternative that keeps today's arrangement ("videreføring av dagens ordning").
    private let statusQuo: [Int: Int]
    /// Per question number, the nouns that alternative names today's arrangement by ("struktur" in "Dagens struktur
    /// med fem barneskoler videreføres"), which a response may name in a compound ("dagens skolestruktur").
    private let todayNouns: [Int: Set<String>]

    init(hearing: Hearing, lexicon: Lexicon = .shared) {
        let ignored = Set(lexicon.phrases("profile.ignored").map { NorwegianStemmer.stem($0) })
        var stems: [Int: [Int: Set<String>]] = [:]
        var needed: [Int: [Int: Int]] = [:]
        var names: [Int: [Int: Set<String>]] = [:]
        for question in hearing.questions where question.kind == .choice && question.alternatives.count >= 2 {
            let found = Self.ownStems(question, ignored: ignored)
            (stems[question.number], needed[question.number], names[question.number]) = found
        }
        self.stems = stems
        self.needed = needed
        self.names = names
        var described: [Int: [Int: Set<String>]] = [:]
        var statusQuo: [Int: Int] = [:]
        var todayNouns: [Int: Set<String>] = [:]
        for question in hearing.questions where question.kind == .choice {
            described[question.number] = Dictionary(
                uniqueKeysWithValues: question.alternatives.map {
                    ($0.number, QuestionProfiles.stems(Self.text(of: $0)))
                })
            let keeping = question.alternatives.filter { alternative in
                let text = ScalarText(Normalizer.normalize(Self.text(of: alternative)))
                return text.containsAny(StanceLexicon.statusQuoSubject) || text.containsAny(Self.keepsToday)
            }
            guard keeping.count == 1 else { continue }
            statusQuo[question.number] = keeping[0].number
            let words = Normalizer.words(Normalizer.normalize(Self.text(of: keeping[0]))).map(String.init)
            let nouns = zip(words, words.dropFirst()).filter { Self.todayWords.contains($0.0) && $0.1.count >= 4 }
            todayNouns[question.number] = Set(nouns.map(\.1))
        }
        self.described = described
        self.statusQuo = statusQuo
        self.todayNouns = todayNouns
    }

    /// An alternative's label and description, the words the letter gives it.
    private static func text(of alternative: Alternative) -> String {
        alternative.label + " " + (alternative.description ?? "")
    }

    /// The words that name what is today ("dagens", "gjeldande"; `alternative.todayWords`).
    static let todayWords = Set(Lexicon.shared.phrases("alternative.todayWords"))

    /// The words by which an alternative's description keeps today's arrangement ("Avstanden vert som i dag"),
    /// broader than a response's, as a letter's alternative says nothing else (`alternative.keepsToday`).
    static let keepsToday = Lexicon.shared.phrases("alternative.keepsToday")

    /// Each alternative's own stems (those no other alternative has, and the telling parts of its compounds), how many
    /// a reference needs, and the stems that name it alone: its compounds that share a head with another
    /// alternative's word ("prostinivå" beside "bispedømmenivå").
    private static func ownStems(_ question: Question, ignored: Set<String>) -> (
        own: [Int: Set<String>], needed: [Int: Int], names: [Int: Set<String>]
    ) {
        let texts = question.alternatives.map(text(of:))
        let all = texts.map { text in
            QuestionProfiles.stems(text).subtracting(ignored).filter { !$0.hasPrefix("§") }
        }
        let compounds = compoundNames(texts)
        var own: [Int: Set<String>] = [:]
        var needed: [Int: Int] = [:]
        var names: [Int: Set<String>] = [:]
        for (index, alternative) in question.alternatives.enumerated() {
            var mine = all[index]
            var parts = compounds[index].modifiers.subtracting(ignored)
            for (other, theirs) in all.enumerated() where other != index {
                mine.subtract(theirs)
                parts.subtract(theirs)
            }
            // A figure only this alternative gives ("150 meter" beside "100 meter") tells it by itself.
            let figures = mine.filter { $0.hasPrefix("#") }
            guard mine.count >= 2 || mine.count == 1 && (mine.first!.count >= 6 || !figures.isEmpty) else { continue }
            needed[alternative.number] = min(2, mine.count)
            own[alternative.number] = mine.union(parts)
            names[alternative.number] = mine.intersection(compounds[index].compounds.union(properNames(texts[index])))
        }
        return (own, needed, names)
    }

    /// Per alternative, its compounds that share a head with another alternative's word, and what tells them apart:
    /// "valgordning" beside "dagens ordning" gives "valgordning" and "valg", "prostinivå" beside "bispedømmenivå"
    /// "prostinivå" and "prosti" (a response says "utpekes ved valg", not "valgordning").
    static func compoundNames(_ texts: [String]) -> [(compounds: Set<String>, modifiers: Set<String>)] {
        let words = texts.map { text in
            Set(Normalizer.words(Normalizer.normalize(text)).filter { $0.count >= 4 && $0.allSatisfy(\.isLetter) })
        }
        return words.enumerated().map { index, mine in
            var found: (compounds: Set<String>, modifiers: Set<String>) = ([], [])
            for word in mine {
                for (other, theirs) in words.enumerated() where other != index {
                    for their in theirs where their != word {
                        let head = Self.commonSuffix(word, their)
                        let modifier = word.dropLast(head)
                        guard head >= 4, modifier.count >= 4, their.count == head || their.count - head >= 4 else {
                            continue
                        }
                        found.modifiers.insert(QuestionProfiles.wordStem(String(modifier)))
                        found.compounds.insert(QuestionProfiles.wordStem(String(word)))
                    }
                }
            }
            return found
        }
    }

    /// The stems of the proper names a text uses inside its sentences ("én i Namsos og én i Grong"): a place or a body
    /// named by one alternative alone names it. A capital after a sentence's end and an acronym ("KS-området") do
    /// not count.
    static func properNames(_ text: String) -> Set<String> {
        var found: Set<String> = []
        var sentenceStart = true
        for word in text.split(separator: " ") {
            let letters = word.trimming { !$0.isLetter }
            if !sentenceStart, letters.count >= 4, letters.first?.isUppercase == true,
                letters.dropFirst().first?.isLowercase == true
            {
                found.insert(QuestionProfiles.wordStem(Normalizer.normalize(letters)))
            }
            sentenceStart = word.last.map { ".!?:".contains($0) } ?? false
        }
        return found
    }

    /// How many letters two words end alike in.
    private static func commonSuffix(_ first: Substring, _ second: Substring) -> Int {
        zip(first.reversed(), second.reversed()).prefix { $0 == $1 }.count
    }

    /// Where a text names today's arrangement ("en videreutvikling av dagens ordning") in a choice question whose one
    /// alternative keeps it: a reference to that alternative.
    func statusQuoReferences(in text: ScalarText, question: Int) -> [(alternative: Int, offset: Int, length: Int)] {
        guard let alternative = statusQuo[question] else { return [] }
        var found = StanceLexicon.statusQuoSubject.flatMap { phrase in
            text.find(phrase).map { (alternative: alternative, offset: $0, length: phrase.unicodeScalars.count) }
        }
        // "dagens skolestruktur" for "Dagens struktur …": today's word and a compound ending in the letter's noun.
        let nouns = todayNouns[question] ?? []
        let ranges = text.wordRanges()
        for (range, next) in zip(ranges, ranges.dropFirst())
        where Self.todayWords.contains(text.slice(range.lowerBound, range.upperBound)) {
            let word = text.slice(next.lowerBound, next.upperBound)
            guard nouns.contains(where: { word.hasSuffix($0) }),
                !found.contains(where: { $0.offset == range.lowerBound })
            else { continue }
            found.append((alternative, range.lowerBound, next.upperBound - range.lowerBound))
        }
        return found
    }

    /// A compound of two words of one alternative's description, the first its own ("sentrumsskole" for "én ny skole
    /// i sentrum"): both stems, as the description's two words would give; nil for any other word.
    func compoundParts(_ word: String, own: Set<String>, _ words: Set<String>) -> [String]? {
        guard word.count >= 8 else { return nil }
        for first in own.sorted() where first.count >= 5 && word.hasPrefix(first) {
            var rest = Substring(word.dropFirst(first.count))
            if rest.count >= 5, rest.first == "s" || rest.first == "e" { rest = rest.dropFirst() }
            guard rest.count >= 4 else { continue }
            let second = QuestionProfiles.wordStem(String(rest))
            if second != first, words.contains(second) { return [first, second] }
        }
        return nil
    }

    /// Whether a stem is another form of an alternative's stem that the stemmer cut differently: the nynorsk present
    /// "avgjer" stems to "avgj", its infinitive "avgjere" to "avgjer". One stem is the other with an ending of
    /// `stem.endings` ("er", "t", …), the shorter of four letters or more.
    static func inflected(_ stem: String, of own: String) -> Bool {
        let (short, long) = stem.count < own.count ? (stem, own) : (own, stem)
        guard short.count >= 4, long.hasPrefix(short) else { return false }
        return endings.contains(String(long.dropFirst(short.count)))
    }

    /// The endings a stem may keep that the stemmer took off another form of the word (`stem.endings`).
    static let endings = Set(Lexicon.shared.phrases("stem.endings"))

    /// Where a text refers to alternatives by their own stems (two or more, or the only one an alternative has),
    /// each at its first such word.
    /// With `byName`, only an alternative named by one of its compounds that tells it from the others ("prostinivå").
    func references(in text: ScalarText, question: Int, byName: Bool = false) -> [(
        alternative: Int, offset: Int, length: Int
    )] {
        guard let own = stems[question], !own.isEmpty else { return [] }
        var found: [Int: (stems: Set<String>, offset: Int, length: Int)] = [:]
        for range in text.wordRanges() {
            let (start, end) = (range.lowerBound, range.upperBound)
            let word = text.slice(start, end)
            // The bare "flertall" is a majority, not a committee's part the label may name.
            let figure = (2...3).contains(end - start) && word.allSatisfy(\.isNumber)
            guard end - start >= 4 || figure, !StanceLexicon.bareFactions.contains(word) else { continue }
            let stem = figure ? "#" + word : word.allSatisfy(\.isNumber) ? "" : QuestionProfiles.wordStem(word)
            for (alternative, words) in own {
                // Of two stems the word is a form of, the same one every run (a set has no order of its own).
                let matched =
                    words.contains(stem) ? [stem] : words.filter({ Self.inflected(stem, of: $0) }).min().map { [$0] }
                guard let matched = matched ?? compoundParts(word, own: words, described[question]?[alternative] ?? [])
                else { continue }
                var entry = found[alternative] ?? ([], start, end - start)
                entry.stems.formUnion(matched)
                found[alternative] = entry
            }
        }
        return found.filter { alternative, entry in
            !entry.stems.isDisjoint(with: names[question]?[alternative] ?? [])
                || !byName && entry.stems.count >= needed[question]?[alternative] ?? 2
        }
        .map { ($0.key, $0.value.offset, $0.value.length) }.sorted { $0.1 < $1.1 }
    }
}
