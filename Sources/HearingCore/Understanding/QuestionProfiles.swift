import Foundation

/// What each question of a hearing is about, as the letter words it: the Snowball stems of its title, text and
/// keywords and of its alternatives' labels and descriptions, each weighted by how rare it is among the questions
/// (a stem only one question has weighs most; one every question has weighs nothing). A sentence speaks to the
/// question whose stems it shares most, when it shares enough and clearly more than with any other question.
struct QuestionProfiles: Sendable {
    /// The weight of each stem per question number.
    private let weights: [Int: [String: Double]]
    /// The questions on the proposal as a whole (one per part where the letter makes it for several parts): one
    /// subject, so their common words tell them from the other questions, not from each other.
    private let wholeParts: Set<Int>
    /// The question each question asks more of, where it does (`Question.refines`).
    private let refined: [Int: Int]
    /// The least score that makes a sentence about a question.
    static let threshold = 3.0
    /// How much more a stem of the question's title weighs: the title names its subject.
    static let titleFactor = 2.0
    /// How far ahead of the next question the best must be for a sentence to be about it alone.
    static let lead = 1.3

    init(hearing: Hearing, lexicon: Lexicon = .shared) {
        let ignored = Set(lexicon.phrases("profile.ignored").map { Spelling.foldedStem(NorwegianStemmer.stem($0)) })
        var stemsByQuestion: [Int: Set<String>] = [:]
        var titleStems: [Int: Set<String>] = [:]
        for question in hearing.questions {
            var text = [question.title, question.text] + question.keywords
            for alternative in question.alternatives where question.kind != .yesNo {
                text += [alternative.label, alternative.description ?? ""] + alternative.aliases
            }
            stemsByQuestion[question.number] = Self.stems(text.joined(separator: " ")).subtracting(ignored)
            titleStems[question.number] = Self.stems(question.title).subtracting(ignored)
        }
        let wholeParts = Set(hearing.questions.filter(\.coversWholeProposal).map(\.number))
        // The parts of the whole count as one question for how rare a stem is.
        var documents = stemsByQuestion.filter { !wholeParts.contains($0.key) }.map(\.value)
        if !wholeParts.isEmpty {
            documents.append(wholeParts.reduce(into: Set<String>()) { $0.formUnion(stemsByQuestion[$1] ?? []) })
        }
        var documentFrequency: [String: Int] = [:]
        for stems in documents { for stem in stems { documentFrequency[stem, default: 0] += 1 } }
        let count = Double(max(documents.count, 1))
        var weights: [Int: [String: Double]] = [:]
        for (number, stems) in stemsByQuestion {
            weights[number] = Dictionary(
                uniqueKeysWithValues: stems.map { stem in
                    let weight = 1 + log(count / Double(documentFrequency[stem] ?? 1))
                    return (stem, titleStems[number]?.contains(stem) == true ? weight * Self.titleFactor : weight)
                })
        }
        self.weights = weights
        self.wholeParts = wholeParts.count > 1 ? wholeParts : []
        refined = Dictionary(
            hearing.questions.compactMap { question in question.refines.map { (question.number, $0) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// The stems of the words of four letters or more, with bokmål and nynorsk spellings folded.
    static func stems(_ text: String) -> Set<String> {
        Set(
            Normalizer.words(Normalizer.normalize(text)).filter { $0.count >= 4 && !$0.allSatisfy(\.isNumber) }
                .map { wordStem(String($0)) }
        ).union(sections(text)).union(acronyms(text)).union(figures(text))
    }

    /// The stem of one word of normalised text, as `stems` gives it: spelling folded, stemmed, a noun in -ing met
    /// with its verb, a verb for the same change met with the first of its line.
    static func wordStem(_ word: String) -> String {
        let stem = baseStem(word)
        return sameStems[stem] ?? stem
    }

    /// A word's stem before verbs of the same change are met: spelling folded, stemmed, the stem's systematic
    /// spellings folded, a noun in -ing met with its verb.
    private static func baseStem(_ word: String) -> String {
        nominalFolded(Spelling.foldedStem(NorwegianStemmer.stem(Spelling.folded(word))))
    }

    /// Stems of verbs that name the same change, to the first of their line (`profile.sameStem`).
    static let sameStems: [String: String] = {
        var table: [String: String] = [:]
        for line in Lexicon.shared.phrases("profile.sameStem") {
            let stems = Normalizer.words(line).map { baseStem(String($0)) }
            // Every stem of the line, the first too, so a line of one verb ("innføre") names a change.
            for stem in stems where table[stem] == nil { table[stem] = stems.first }
        }
        return table
    }()

    /// The first verb of each `profile.sameStem` line: the changes a question can propose.
    static let changeHeads = Set(sameStems.values)

    /// Figures of two or three digits ("10 års leieavtale", "25 til 35 dekar"), as tokens: telling, where years and
    /// single digits are not.
    static func figures(_ text: String) -> Set<String> {
        Set(
            Normalizer.words(Normalizer.normalize(text)).filter {
                (2...3).contains($0.count) && $0.allSatisfy(\.isNumber)
            }
            .map { "#" + $0 })
    }

    /// A verb's noun in -ing meets the verb: "gjeninnføring" and "gjeninnføres" both give "gjeninnfør",
    /// "reversering" and "reverseres" "reverser" (the stemmer leaves -ing alone). Short stems stay ("samling").
    static func nominalFolded(_ stem: String) -> String {
        guard stem.hasSuffix("ing"), stem.count >= 8 else { return stem }
        return String(stem.dropLast(3))
    }

    /// Short names in capitals ("YSK", "MTB", "ASU"): too short to stem, telling all the same.
    static func acronyms(_ text: String) -> Set<String> {
        Set(
            text.split { !($0.isLetter || $0.isNumber) }.filter { word in
                (2...6).contains(word.count) && word.allSatisfy { $0.isUppercase || $0.isNumber }
                    && word.contains(where: \.isLetter)
            }.map { $0.lowercased() })
    }

    /// The chapters or points of the consultation paper a text cites ("kap. 3", "kapittel 6.4.3.2", "punkt 3.2.2"),
    /// as their numbers ("3", "6.4.3.2", "3.2.2").
    static func chapters(_ text: String) -> Set<String> {
        let scalars = Array(Normalizer.normalize(text).unicodeScalars)
        var found: Set<String> = []
        for lead in TextSplitter.chapterLeads {
            let leadScalars = Array(lead.unicodeScalars)
            var index = 0
            while index + leadScalars.count <= scalars.count {
                defer { index += 1 }
                guard scalars[index..<index + leadScalars.count].elementsEqual(leadScalars),
                    index == 0 || !CharacterSet.letters.contains(scalars[index - 1])
                else { continue }
                var position = index + leadScalars.count
                while position < scalars.count, scalars[position] == " " { position += 1 }
                var number = ""
                while position < scalars.count,
                    ("0"..."9").contains(scalars[position])
                        || scalars[position] == "." && !number.isEmpty && position + 1 < scalars.count
                            && ("0"..."9").contains(scalars[position + 1])
                {
                    number.unicodeScalars.append(scalars[position])
                    position += 1
                }
                if !number.isEmpty, position == scalars.count || !CharacterSet.letters.contains(scalars[position]) {
                    found.insert(number)
                }
            }
        }
        return found
    }

    /// Whether two cited chapters are the same or one holds the other ("3" holds "3.4.5"; "3.2.2" not "3.2.3").
    static func chapterHolds(_ first: String, _ second: String) -> Bool {
        first == second || first.hasPrefix(second + ".") || second.hasPrefix(first + ".")
    }

    /// The sections of law a text cites, as tokens: "§ 19-2" and "§19-2" both give "§19-2".
    static func sections(_ text: String) -> Set<String> {
        var found: Set<String> = []
        let characters = Array(text)
        for (index, character) in characters.enumerated() where character == "§" {
            var position = index + 1
            while position < characters.count, characters[position] == " " || characters[position] == "\u{A0}" {
                position += 1
            }
            var number = ""
            while position < characters.count,
                characters[position].isNumber
                    || characters[position] == "-"
                        && position + 1 < characters.count && characters[position + 1].isNumber
            {
                number.append(characters[position])
                position += 1
            }
            if !number.isEmpty { found.insert("§" + number) }
        }
        return found
    }

    /// A Norwegian compound ends in its head: "domstolstruktur" is about "struktur". A stem that ends in a profile
    /// stem of five letters or more counts at part of that stem's weight, one that begins with it at less.
    static let compoundFactor = 0.6

    /// The weight of a stem the profile does not have: a long one misspelt by one letter ("jordskrifterett" for
    /// "jordskifterett") weighs as the word meant, else as a compound of a profile stem (see `compoundWeight`).
    /// Of several words one slip away, the one weighing most counts, so the same text always scores the same.
    private static func nearWeight(_ stem: String, in weights: [String: Double]) -> Double {
        let length = stem.count
        if length >= typoLength,
            let meant = weights.lazy.filter({ abs($0.key.count - length) <= 1 && Self.oneEditApart($0.key, stem) })
                .map(\.value).max()
        {
            return meant
        }
        return compoundWeight(stem, in: weights)
    }

    /// The least length of a stem whose one-letter slip is still read as the word meant.
    static let typoLength = 10

    /// Whether two words differ by one letter added, dropped or changed.
    static func oneEditApart(_ first: String, _ second: String) -> Bool {
        let (a, b) = (Array(first.unicodeScalars), Array(second.unicodeScalars))
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        var (i, j, edits) = (0, 0, 0)
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                i += 1
                j += 1
                continue
            }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }

    private static func compoundWeight(_ stem: String, in weights: [String: Double]) -> Double {
        guard stem.count >= 8 else { return 0 }
        var best = 0.0
        for (part, weight) in weights where part.count >= 5 && part.count < stem.count {
            if stem.hasSuffix(part) {
                best = max(best, weight * compoundFactor)
            } else if stem.hasPrefix(part) {
                best = max(best, weight * modifierFactor)
            }
        }
        return best
    }

    /// A compound's first part names its subject less than its head ("formålsparagrafen" is about "formål").
    static let modifierFactor = 0.4

    /// Where a text first uses a word telling of a question (a stem of its own that weighs at least `telling`): the
    /// place a stance on the question is judged from when the text does not name it outright.
    func firstMention(of question: Int, in text: ScalarText) -> Int? {
        guard let weights = weights[question] else { return nil }
        for range in text.wordRanges() where range.count >= 4 {
            let word = text.slice(range.lowerBound, range.upperBound)
            if word.allSatisfy(\.isNumber) { continue }
            if (weights[Self.wordStem(word)] ?? 0) >= Self.telling { return range.lowerBound }
        }
        return nil
    }

    /// How many different telling stems of a question a text uses.
    func mentions(of question: Int, in text: ScalarText) -> Int {
        guard let weights = weights[question] else { return 0 }
        let stems = Self.stems(text.slice(0, text.scalars.count))
        return stems.filter { (weights[$0] ?? 0) >= Self.telling }.count
    }

    /// The least weight of a stem that tells of its question.
    static let telling = 2.0

    /// The question a sentence speaks to: the best scoring one, when it scores enough and clearly ahead of the next.
    func questions(about text: String) -> [Int] {
        // Summed in a fixed order, so the same text always scores the same to the last bit. Short words are kept as
        // they are, to meet the questions' acronyms (the sentence comes lowercased).
        let short = Normalizer.words(Normalizer.normalize(text)).filter { (2...6).contains($0.count) }.map(String.init)
        let stems = Self.stems(text).union(short).sorted()
        guard !stems.isEmpty else { return [] }
        let all = weights.map { number, weights in
            (number, stems.reduce(0.0) { $0 + (weights[$1] ?? Self.nearWeight($1, in: weights)) })
        }.sorted { ($0.1, -$0.0) > ($1.1, -$1.0) }
        let scores = all.filter { $0.1 >= Self.threshold }
        guard let best = scores.first else { return [] }
        // "forslaget om el-sykkel og vederlag": another question named beside it by a telling word of its own.
        if !wholeParts.contains(best.0),
            let both = all.dropFirst().lazy.filter({ $0.1 >= Self.telling })
                .compactMap({ self.coordinated(text, best.0, $0.0) }).first
        {
            return both
        }
        // Parts of the whole that the text does not tell apart are all it speaks to, when together they lead the rest.
        if wholeParts.contains(best.0) {
            let parts = scores.filter { wholeParts.contains($0.0) }
            let rest = scores.first { !wholeParts.contains($0.0) }
            if let rest, best.1 < rest.1 * Self.lead { return [] }
            if parts.count > 1, best.1 < parts[1].1 * Self.lead {
                return parts.filter { best.1 < $0.1 * Self.lead }.map(\.0).sorted()
            }
            return [best.0]
        }
        if scores.count > 1, best.1 < scores[1].1 * Self.lead {
            // A question that asks more of another shares its subject: a text that names only what the two share
            // speaks to the other ("framlegget om vederlag", not whether the payment should be limited).
            let pair = [best.0, scores[1].0]
            let named = pair.map { number in Set(stems.filter { weights[number]?[$0] != nil }) }
            if scores.count == 2 || scores[2].1 * Self.lead <= scores[1].1, named[0] == named[1] {
                if refined[pair[0]] == pair[1] { return [pair[1]] }
                if refined[pair[1]] == pair[0] { return [pair[0]] }
            }
            return []
        }
        return [best.0]
    }
}

extension QuestionProfiles {
    /// Two questions named side by side by words of their own, joined by "og" or "eller" in a few words ("forslaget
    /// om el-sykkel og vederlag"): both, in order; nil where the text does not name them so.
    func coordinated(_ text: String, _ first: Int, _ second: Int) -> [Int]? {
        guard let firstWeights = weights[first], let secondWeights = weights[second] else { return nil }
        let words = Normalizer.words(Normalizer.normalize(text)).map(String.init)
        func telling(_ weights: [String: Double], _ other: [String: Double]) -> Int? {
            words.firstIndex { word in
                let stem = Self.wordStem(word)
                return word.count >= 4 && (weights[stem] ?? 0) >= Self.telling && other[stem] == nil
            }
        }
        guard let one = telling(firstWeights, secondWeights), let two = telling(secondWeights, firstWeights) else {
            return nil
        }
        let between = words[min(one, two)...max(one, two)]
        guard between.count <= 6, between.contains(where: { $0 == "og" || $0 == "eller" }) else { return nil }
        return [first, second].sorted()
    }
}

/// The questions found for each text, kept so a unit is looked at once however often it is asked about.
final class AboutCache: @unchecked Sendable {
    private var found: [String: [Int]] = [:]
    private let lock = NSLock()

    /// The questions found for the text before, if any.
    func value(_ text: String) -> [Int]? {
        lock.lock()
        defer { lock.unlock() }
        return found[text]
    }

    /// Remembers the questions found for a text (at most 50,000 texts).
    func store(_ text: String, _ questions: [Int]) {
        lock.lock()
        defer { lock.unlock() }
        if found.count >= 50_000 { found.removeAll() }
        found[text] = questions
    }
}
