/// The words that tell a choice question's alternatives apart, as the letter describes them: for each alternative,
/// the stems of its label and description that no other alternative of the question has. A sentence that uses two
/// or more of one alternative's own stems ("dagens ordning for nominasjon … videreføres" for "videreføring av dagens
/// ordning med nominasjon"), or the one it has ("nasjonalt" for "nasjonalt fond"), refers to it without quoting its
/// label (rule input for `choice.*`).
struct AlternativeWords: Sendable {
    /// Per question number, per alternative number, the alternative's own stems.
    private let stems: [Int: [Int: Set<String>]]
    /// Per question number, the one alternative that keeps today's arrangement ("videreføring av dagens ordning").
    private let statusQuo: [Int: Int]

    init(hearing: Hearing, lexicon: Lexicon = .shared) {
        let ignored = Set(lexicon.phrases("profile.ignored").map { NorwegianStemmer.stem($0) })
        var stems: [Int: [Int: Set<String>]] = [:]
        for question in hearing.questions where question.kind == .choice && question.alternatives.count >= 2 {
            let all = question.alternatives.map { alternative in
                QuestionProfiles.stems(alternative.label + " " + (alternative.description ?? ""))
                    .subtracting(ignored).filter { !$0.hasPrefix("#") && !$0.hasPrefix("§") }
            }
            var own: [Int: Set<String>] = [:]
            for (index, alternative) in question.alternatives.enumerated() {
                var mine = all[index]
                for (other, theirs) in all.enumerated() where other != index { mine.subtract(theirs) }
                if mine.count >= 2 || mine.count == 1 && mine.first!.count >= 6 { own[alternative.number] = mine }
            }
            stems[question.number] = own
        }
        self.stems = stems
        var statusQuo: [Int: Int] = [:]
        for question in hearing.questions where question.kind == .choice {
            let keeping = question.alternatives.filter { alternative in
                ScalarText(Normalizer.normalize(alternative.label + " " + (alternative.description ?? "")))
                    .containsAny(StanceLexicon.statusQuoSubject)
            }
            if keeping.count == 1 { statusQuo[question.number] = keeping[0].number }
        }
        self.statusQuo = statusQuo
    }

    /// Where a text names today's arrangement ("en videreutvikling av dagens ordning") in a choice question whose one
    /// alternative keeps it: a reference to that alternative.
    func statusQuoReferences(in text: ScalarText, question: Int) -> [(alternative: Int, offset: Int, length: Int)] {
        guard let alternative = statusQuo[question] else { return [] }
        return StanceLexicon.statusQuoSubject.flatMap { phrase in
            text.find(phrase).map { (alternative, $0, phrase.unicodeScalars.count) }
        }
    }

    /// Where a text refers to alternatives by their own stems (two or more, or the only one an alternative has),
    /// each at its first such word.
    func references(in text: ScalarText, question: Int) -> [(alternative: Int, offset: Int, length: Int)] {
        guard let own = stems[question], !own.isEmpty else { return [] }
        var found: [Int: (stems: Set<String>, offset: Int, length: Int)] = [:]
        for range in text.wordRanges() {
            let (start, end) = (range.lowerBound, range.upperBound)
            let word = text.slice(start, end)
            // The bare "flertall" is a majority, not a committee's part the label may name.
            guard end - start >= 4, !StanceLexicon.bareFactions.contains(word) else { continue }
            let stem = word.allSatisfy(\.isNumber) ? "" : QuestionProfiles.wordStem(word)
            for (alternative, words) in own where words.contains(stem) {
                var entry = found[alternative] ?? ([], start, end - start)
                entry.stems.insert(stem)
                found[alternative] = entry
            }
        }
        return found.filter { $0.value.stems.count >= min(2, own[$0.key]?.count ?? 2) }
            .map { ($0.key, $0.value.offset, $0.value.length) }.sorted { $0.1 < $1.1 }
    }
}
