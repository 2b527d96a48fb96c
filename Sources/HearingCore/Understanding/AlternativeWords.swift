/// The words that tell a choice question's alternatives apart, as the letter describes them: for each alternative,
/// the stems of its label and description that no other alternative of the question has. A sentence that uses two
/// or more of one alternative's own stems ("dagens ordning for nominasjon … videreføres" for "videreføring av
/// dagens ordning med nominasjon") refers to it without quoting its label (rule input for `choice.*`).
struct AlternativeWords: Sendable {
    /// Per question number, per alternative number, the alternative's own stems.
    private let stems: [Int: [Int: Set<String>]]

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
                if mine.count >= 2 { own[alternative.number] = mine }
            }
            stems[question.number] = own
        }
        self.stems = stems
    }

    /// Where a text refers to an alternative by two or more of its own stems, with the first such word; at most one
    /// alternative per text (a sentence using the words of two alternatives weighs them and refers to neither).
    func references(in text: ScalarText, question: Int) -> (alternative: Int, offset: Int, length: Int)? {
        guard let own = stems[question], !own.isEmpty else { return nil }
        var found: [Int: (stems: Set<String>, offset: Int, length: Int)] = [:]
        for start in text.wordStarts() {
            var end = start
            while end < text.scalars.count, ScalarText.isWordScalar(text.scalars[end]) { end += 1 }
            guard end - start >= 4 else { continue }
            let stem = QuestionProfiles.stems(text.slice(start, end)).first ?? ""
            for (alternative, words) in own where words.contains(stem) {
                var entry = found[alternative] ?? ([], start, end - start)
                entry.stems.insert(stem)
                found[alternative] = entry
            }
        }
        let referred = found.filter { $0.value.stems.count >= 2 }
        guard referred.count == 1, let (alternative, entry) = referred.first else { return nil }
        return (alternative, entry.offset, entry.length)
    }
}
