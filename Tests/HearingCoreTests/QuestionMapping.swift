import Foundation

@testable import HearingCore

/// Which labelled questions and alternative of the corpus a derived question and alternative stand for. A round
/// started from the corpus's own questions maps one to one. One started from a letter maps by the words the
/// questions share (Snowball stems of the text and the alternatives' labels, a stem found in fewer labelled questions
/// weighing more), the most similar pair first; a labelled question left over then goes to the derived question most
/// like it, so a letter that asks one question where the labels split it in two ("tingrettene og
/// jordskifterettene") answers both. Alternatives of two choice questions map by their labels' words, otherwise by
/// number, a yes/no question's "ja" being the labels' "støtter forslaget".
struct QuestionMapping {
    private var questions: [Int: [Int]] = [:]
    private var alternatives: [Int: [Int: Int]] = [:]

    init(derived: Hearing, corpus: HearingCorpusRound.CorpusDefinition, fromLetter: Bool) {
        guard fromLetter else {
            for question in derived.questions where question.number <= corpus.questions.count {
                questions[question.number] = [question.number]
            }
            return
        }
        let corpusStems = corpus.questions.map { Self.stems($0.text + " " + Self.labels($0.alternatives.map(\.label))) }
        var frequency: [String: Int] = [:]
        for stems in corpusStems { for stem in stems { frequency[stem, default: 0] += 1 } }
        let count = Double(corpus.questions.count)
        func weight(_ stem: String) -> Double {
            let found = Double(frequency[stem] ?? 1)
            return Foundation.log(1 + count / found)
        }
        func total(_ stems: Set<String>) -> Double {
            stems.sorted().reduce(0.0) { $0 + weight($1) }
        }
        func scored(compounds: Bool) -> [(score: Double, derived: Int, corpus: Int)] {
            var pairs: [(score: Double, derived: Int, corpus: Int)] = []
            for question in derived.questions {
                let own = Self.stems(
                    question.title + " " + question.text + " " + Self.labels(question.alternatives.map(\.label)))
                for (index, labelled) in corpus.questions.enumerated() {
                    let shared = total(
                        compounds ? Self.shared(own, corpusStems[index]) : own.intersection(corpusStems[index]))
                    let whole = total(own) * total(corpusStems[index])
                    let score = whole > 0 ? shared / whole.squareRoot() : 0
                    if score > 0.12 { pairs.append((score, question.number, labelled.number)) }
                }
            }
            return pairs.sorted { ($0.score, -$0.derived, -$0.corpus) > ($1.score, -$1.derived, -$1.corpus) }
        }
        let pairs = scored(compounds: false)
        var used = Set<Int>()
        for pair in pairs where questions[pair.derived] == nil && !used.contains(pair.corpus) {
            questions[pair.derived] = [pair.corpus]
            used.insert(pair.corpus)
        }
        Self.improve(
            &questions, scores: Dictionary(pairs.map { ("\($0.derived)/\($0.corpus)", $0.score) }) { a, _ in a })
        // A derived question left over pairs by compounds' telling parts ("ikrafttredelse" and "trer i kraft").
        for pair in scored(compounds: true) where questions[pair.derived] == nil && !used.contains(pair.corpus) {
            questions[pair.derived] = [pair.corpus]
            used.insert(pair.corpus)
        }
        // A labelled question left over joins a derived one only as the twin of the labelled question that one
        // already stands for ("Tingrettene: …" and "Jordskifterettene: …", asked together in the letter).
        func twins(_ first: Int, _ second: Int) -> Bool {
            guard let a = corpus.questions.firstIndex(where: { $0.number == first }),
                let b = corpus.questions.firstIndex(where: { $0.number == second })
            else { return false }
            let whole = total(corpusStems[a]) * total(corpusStems[b])
            return whole > 0 && total(corpusStems[a].intersection(corpusStems[b])) / whole.squareRoot() >= 0.5
        }
        for pair in pairs where pair.score > 0.2 && !used.contains(pair.corpus) {
            guard let primary = questions[pair.derived]?.first, twins(primary, pair.corpus) else { continue }
            questions[pair.derived, default: []].append(pair.corpus)
            used.insert(pair.corpus)
        }
        for question in derived.questions where question.kind == .choice {
            for number in questions[question.number] ?? [] {
                guard let labelled = corpus.questions.first(where: { $0.number == number }) else { continue }
                alternatives[question.number * 1000 + number] = Self.alternatives(question, labelled)
            }
        }
    }

    /// Swaps two derived questions' labelled questions while that raises the sum of their similarities (the greedy
    /// first pass can give a short question the wrong partner).
    private static func improve(_ questions: inout [Int: [Int]], scores: [String: Double]) {
        func score(_ derived: Int, _ corpus: Int?) -> Double { corpus.map { scores["\(derived)/\($0)"] ?? 0 } ?? 0 }
        var changed = true
        while changed {
            changed = false
            let keys = questions.keys.sorted()
            for first in keys {
                for second in keys where second > first {
                    let (a, b) = (questions[first]?.first, questions[second]?.first)
                    if score(first, b) + score(second, a) > score(first, a) + score(second, b) + 1e-9,
                        let a, let b
                    {
                        questions[first] = [b]
                        questions[second] = [a]
                        changed = true
                    }
                }
            }
        }
    }

    /// The labelled questions and alternatives an answer of the derived hearing stands for.
    func corpusPositions(question: Int, alternative: Int) -> [(Int, Int)] {
        (questions[question] ?? []).map { number in
            (number, alternatives[question * 1000 + number]?[alternative] ?? alternative)
        }
    }

    /// The labelled questions a derived question stands for, for showing.
    func corpusQuestions(_ question: Int) -> [Int] { questions[question] ?? [] }

    /// Each derived alternative to the labelled one whose label shares most of its words, where any does.
    private static func alternatives(
        _ question: Question, _ labelled: HearingCorpusRound.CorpusDefinition.Question
    ) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for alternative in question.alternatives {
            let own = Set(Normalizer.words(Normalizer.normalize(alternative.label)).map(String.init))
            let shared = labelled.alternatives.map { labelled in
                (
                    labelled.number,
                    own.intersection(Normalizer.words(Normalizer.normalize(labelled.label)).map(String.init)).count
                )
            }
            let most = shared.map(\.1).max() ?? 0
            let best = shared.filter { $0.1 == most }
            if most > 0, best.count == 1 { result[alternative.number] = best[0].0 }
        }
        return result
    }

    /// Alternative labels that say more than yes or no.
    private static func labels(_ labels: [String]) -> String {
        labels.filter { label in
            let lowered = label.lowercased()
            return !lowered.hasPrefix("støtter") && !lowered.hasPrefix("ja") && !lowered.hasPrefix("nei")
        }.joined(separator: " ")
    }

    /// The stems of one text the other has too, also where one is the telling part of the other's long compound
    /// ("ikrafttredelse" and "trer i kraft" share "kraft").
    static func shared(_ own: Set<String>, _ other: Set<String>) -> Set<String> {
        var shared = own.intersection(other)
        for stem in own.subtracting(shared) where stem.count >= 5 {
            if other.contains(where: { $0.count >= 10 && $0.contains(stem) }) { shared.insert(stem) }
        }
        for stem in other.subtracting(own) where stem.count >= 5 {
            if let compound = own.first(where: { $0.count >= 10 && $0.contains(stem) }) { shared.insert(compound) }
        }
        return shared
    }

    static func stems(_ text: String) -> Set<String> {
        Set(
            Normalizer.words(Normalizer.normalize(text)).filter { $0.count >= 4 }.map {
                NorwegianStemmer.stem(String($0))
            })
    }
}
