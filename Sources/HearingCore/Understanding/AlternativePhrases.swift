/// The phrases that name each choice question's alternatives, made once per hearing rather than for every sentence
/// read: each label and alias normalised, in its forms with "alle" said of each one (`alternative.eachForms`), a long
/// last word open to its inflections ("arbeidsgruppe*" finds "arbeidsgruppene"); and the nouns the labels open with
/// ("forslag" of "forslag 1"), which let "forslag nummer to" name an alternative.
struct AlternativePhrases: Sendable {
    /// One phrase to look for: the alternative it names, the text searched for, and the length a match counts for.
    struct Phrase: Sendable {
        let alternative: Int
        let search: String
        let length: Int
    }

    /// Per question number, the phrases naming its alternatives.
    private let phrases: [Int: [Phrase]]
    /// Per question number, the first word of each alternative's label.
    private let labelNouns: [Int: Set<String>]

    init(hearing: Hearing) {
        var phrases: [Int: [Phrase]] = [:]
        var labelNouns: [Int: Set<String>] = [:]
        for question in hearing.questions {
            phrases[question.number] = question.alternatives.flatMap { alternative in
                ([alternative.label] + alternative.aliases).map(Normalizer.normalize)
                    .flatMap(PositionReader.eachForms).filter { !$0.isEmpty }
                    .map {
                        Phrase(
                            alternative: alternative.number, search: Self.search($0), length: $0.unicodeScalars.count)
                    }
            }
            labelNouns[question.number] = Set(
                question.alternatives.compactMap {
                    Normalizer.words(Normalizer.normalize($0.label)).first.map(String.init)
                })
        }
        self.phrases = phrases
        self.labelNouns = labelNouns
    }

    /// A phrase as searched for: a long last word takes its inflections ("arbeidsgruppe" finds "arbeidsgrupper").
    private static func search(_ phrase: String) -> String {
        let lastWord = Normalizer.words(phrase).last ?? ""
        return lastWord.count >= 5 && lastWord.allSatisfy(\.isLetter) && phrase.hasSuffix(lastWord)
            ? phrase + "*" : phrase
    }

    /// The phrases naming a question's alternatives.
    func phrases(of question: Int) -> [Phrase] {
        phrases[question] ?? []
    }

    /// The first words of a question's alternative labels.
    func labelNouns(of question: Int) -> Set<String> {
        labelNouns[question] ?? []
    }
}
