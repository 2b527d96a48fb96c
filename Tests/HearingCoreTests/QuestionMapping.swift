@testable import HearingCore

/// Which labelled question and alternative of the corpus a derived question and alternative stand for. A round
/// started from the corpus's own questions maps one to one; one started from a letter maps by the question's
/// words (Snowball stems shared with the labelled question's text), and alternatives by number, a yes/no
/// question's "ja" being the labels' "støtter forslaget".
struct QuestionMapping {
    private var questions: [Int: Int] = [:]

    init(derived: Hearing, corpus: HearingCorpusRound.CorpusDefinition, fromLetter: Bool) {
        guard fromLetter, derived.questions.count != corpus.questions.count || !Self.sameOrder(derived, corpus) else {
            for question in derived.questions where question.number <= corpus.questions.count {
                questions[question.number] = question.number
            }
            return
        }
        // Greedy: the most similar pair first, each question used once.
        var pairs: [(score: Double, derived: Int, corpus: Int)] = []
        for question in derived.questions {
            for labelled in corpus.questions {
                let score = Self.similarity(question.text + " " + question.title, labelled.text)
                if score > 0.08 { pairs.append((score, question.number, labelled.number)) }
            }
        }
        var usedCorpus = Set<Int>()
        for pair in pairs.sorted(by: { $0.score > $1.score }) where questions[pair.derived] == nil {
            guard usedCorpus.insert(pair.corpus).inserted else { continue }
            questions[pair.derived] = pair.corpus
        }
    }

    /// The labelled question and alternative an answer of the derived hearing stands for.
    func corpusPosition(question: Int, alternative: Int) -> (Int, Int)? {
        questions[question].map { ($0, alternative) }
    }

    private static func sameOrder(_ derived: Hearing, _ corpus: HearingCorpusRound.CorpusDefinition) -> Bool {
        zip(derived.questions, corpus.questions).allSatisfy { pair in
            let best = corpus.questions.max { similarity(pair.0.text, $0.text) < similarity(pair.0.text, $1.text) }
            return best?.number == pair.1.number
        }
    }

    static func stems(_ text: String) -> Set<String> {
        Set(
            Normalizer.words(Normalizer.normalize(text)).filter { $0.count >= 4 }.map {
                NorwegianStemmer.stem(String($0))
            })
    }

    static func similarity(_ lhs: String, _ rhs: String) -> Double {
        let left = stems(lhs)
        let right = stems(rhs)
        guard !left.isEmpty, !right.isEmpty else { return 0 }
        return Double(left.intersection(right).count) / Double(left.union(right).count)
    }
}
