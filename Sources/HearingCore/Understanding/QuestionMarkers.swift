/// Finds the question a unit answers from its leading marker: "1.", "1)", "Spørsmål 2:", "Spm. 3 –", "Struktur:",
/// or a short topic label before a colon or dash ("Nasjonale begreper: ja", "4. Leiarutval – nei").
struct QuestionMarkers {
    private static let leadIns = Lexicon.shared.phrases("marker.leadIns")
    private static let questionWords = Lexicon.shared.phrases("marker.questionWords")
    private static let ordinalNouns = Set(Lexicon.shared.phrases("marker.ordinalNouns"))

    let hearing: Hearing
    /// Each question's title and keywords, normalised.
    let keywords: [Int: [String]]
    /// The stems of each question's title, which a label holding no keyword may cover.
    private let titleStems: [Int: Set<String>]

    /// The markers of a hearing, each question named by its title and keywords.
    init(hearing: Hearing, keywords: [Int: [String]]) {
        self.hearing = hearing
        self.keywords = keywords
        titleStems = Dictionary(
            uniqueKeysWithValues: hearing.questions.map { question in
                (
                    question.number,
                    Set(
                        Normalizer.words(Normalizer.normalize(question.title)).map {
                            QuestionProfiles.wordStem(String($0))
                        })
                )
            })
    }

    /// The marked question and the text after the marker, for a normalised unit.
    func marker(in normalized: String) -> (question: Int, rest: String, numbered: Bool)? {
        var text = Substring(normalized)
        // "- Kunnskapsprøve: ja": a list item's bullet is no part of its label.
        if let bullet = TextSplitter.bullets.first(where: { text.hasPrefix($0) }) {
            text = text.dropFirst(bullet.count)
        }
        // "For spørsmål 2 ...", "Når det gjelder spørsmål 3 ...": the lead-in before the number.
        for leadIn in Self.leadIns
        where Self.questionWords.contains(where: { text.hasPrefix(leadIn + " " + $0) }) {
            text = text.dropFirst(leadIn.count + 1)
            break
        }
        for prefix in Self.questionWords where text.hasPrefix(prefix) {
            let after = text.dropFirst(prefix.count).drop { $0 == " " }
            let digits = after.prefix { $0.isNumber }
            if let number = Int(digits), hearing.question(number: number) != nil {
                let rest = clean(after.dropFirst(digits.count))
                return (number, stripLabel(Substring(rest), question: number), false)
            }
        }
        let digits = text.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 2, let number = Int(digits), hearing.question(number: number) != nil {
            let rest = text.dropFirst(digits.count)
            // "2.3 Arkivlova" numbers a chapter of the consultation paper, not the letter's question 2.
            let chapter = rest.hasPrefix(".") && rest.dropFirst().first?.isNumber == true
            // "1. ledd:", "2. punktum", "15. juni": an ordinal before its noun, not a question's number.
            let ordinal =
                rest.hasPrefix(".")
                && Normalizer.words(String(rest.prefix(16))).first.map { Self.ordinalNouns.contains(String($0)) }
                    == true
            if !chapter, !ordinal, rest.hasPrefix(".") || rest.hasPrefix(")") || rest.hasPrefix(":") {
                var after = rest.dropFirst()
                // "1. Struktur:" — drop the title too.
                if let question = hearing.question(number: number) {
                    let trimmed = after.drop { $0 == " " }
                    let title = Normalizer.normalize(question.title)
                    if trimmed.hasPrefix(title) { after = trimmed.dropFirst(title.count) }
                }
                let rest = clean(after)
                return (number, stripLabel(Substring(rest), question: number), true)
            }
        }
        for question in hearing.questions {
            let title = Normalizer.normalize(question.title)
            guard !title.isEmpty, text.hasPrefix(title) else { continue }
            let rest = text.dropFirst(title.count)
            if rest.hasPrefix(":") || rest.hasPrefix(" -") || rest.hasPrefix(" :") || rest.isEmpty {
                return (question.number, clean(rest), false)
            }
        }
        if let (label, rest) = split(text), let question = onlyQuestion(label) {
            return (question, clean(rest), false)
        }
        return nil
    }

    /// The text after a short label about the same question (or about none): "nasjonale begreper: ja" → "ja".
    private func stripLabel(_ text: Substring, question: Int) -> String {
        guard let (label, rest) = split(text) else { return String(text) }
        let about = questions(about: label)
        return about.isEmpty || about == [question] ? clean(rest) : String(text)
    }

    /// A label of one to four words ending in a colon or a dash, and what follows it.
    private func split(_ text: Substring) -> (label: Substring, rest: Substring)? {
        let window = text.prefix(48)
        guard let end = window.firstIndex(where: { $0 == ":" || $0 == "–" || $0 == "-" }) else { return nil }
        if text[end] != ":", end > text.startIndex, text[text.index(before: end)] != " " { return nil }
        let label = text[..<end]
        let words = Normalizer.words(String(label))
        guard (1...4).contains(words.count), !words.contains(where: { $0.first?.isNumber == true }) else { return nil }
        return (label, text[text.index(after: end)...])
    }

    /// The one question a label speaks of.
    private func onlyQuestion(_ label: Substring) -> Int? {
        let about = questions(about: label)
        return about.count == 1 ? about[0] : nil
    }

    /// The numbers of the questions whose title or keywords a label contains; where there are none, the one question
    /// whose title holds every word of the label in some form ("Salgstid lørdag" for "Salgstid på lørdager").
    private func questions(about label: Substring) -> [Int] {
        let text = ScalarText(String(label))
        let found = hearing.questions.filter { text.containsAny(keywords[$0.number] ?? []) }.map(\.number)
        guard found.isEmpty else { return found }
        let stems = Set(Normalizer.words(String(label)).map { QuestionProfiles.wordStem(String($0)) })
        let covering = hearing.questions.filter { question in
            guard let title = titleStems[question.number], !title.isEmpty else { return false }
            return stems.isSubset(of: title)
        }
        return covering.count == 1 ? [covering[0].number] : []
    }

    private func clean(_ rest: Substring) -> String {
        String(rest.drop { $0 == " " || $0 == ":" || $0 == "-" || $0 == "." || $0 == ")" })
    }
}
