/// Texts as TF-IDF vectors over stemmed Norwegian words, with the words every text of a hearing shares left out.
struct TermVectors {
    /// A sparse, length-normalised vector: terms in sorted order, so every sum runs in the same order and the same
    /// input gives bit-identical results.
    typealias Vector = [(term: String, weight: Double)]

    /// Function words and the words of any hearing's procedure, from the lexicon (`cluster.stopwords`).
    private static let stopwords = Set(Lexicon.shared.phrases("cluster.stopwords"))

    let vectors: [Vector]
    /// The most frequent written form of each stem, for readable labels.
    let surface: [String: String]

    /// Builds vectors for the texts; `excluded` words (already normalised) do not count.
    init(_ texts: [String], excluded: Set<String>) {
        var counts: [[String: Double]] = []
        var documentFrequency: [String: Int] = [:]
        var forms: [String: [String: Int]] = [:]
        for text in texts {
            var terms: [String: Double] = [:]
            for word in Normalizer.words(Normalizer.normalize(text)) {
                let token = String(word)
                guard token.count >= 3, !token.allSatisfy(\.isNumber), !Self.stopwords.contains(token),
                    !excluded.contains(token)
                else { continue }
                let stem = NorwegianStemmer.stem(token)
                guard !excluded.contains(stem) else { continue }
                terms[stem, default: 0] += 1
                forms[stem, default: [:]][token, default: 0] += 1
            }
            for term in terms.keys { documentFrequency[term, default: 0] += 1 }
            counts.append(terms)
        }
        let total = Double(max(texts.count, 1))
        vectors = counts.map { terms in
            Self.normalized(
                terms.keys.sorted().map { term in
                    (
                        term,
                        (1 + log(terms[term]!)) * (log((1 + total) / (1 + Double(documentFrequency[term] ?? 0))) + 1)
                    )
                })
        }
        surface = forms.mapValues { counts in counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key }
    }

    static func normalized(_ vector: Vector) -> Vector {
        let length = vector.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        guard length > 0 else { return vector }
        return vector.map { ($0.term, $0.weight / length) }
    }

    /// The normalised sum of vectors (a theme's centre), added in the order given.
    static func centroid(_ members: [Vector]) -> Vector {
        var sum: [String: Double] = [:]
        for vector in members { for (term, weight) in vector { sum[term, default: 0] += weight } }
        return normalized(sum.keys.sorted().map { ($0, sum[$0]!) })
    }

    /// The dot product of two sorted vectors (their cosine, as both are normalised).
    static func cosine(_ a: Vector, _ b: Vector) -> Double {
        var i = 0
        var j = 0
        var sum = 0.0
        while i < a.count, j < b.count {
            if a[i].term == b[j].term {
                sum += a[i].weight * b[j].weight
                i += 1
                j += 1
            } else if a[i].term < b[j].term {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}

/// Natural logarithm without Foundation.
func log(_ value: Double) -> Double {
    guard value > 0 else { return 0 }
    // ln(x) = 2 atanh((x-1)/(x+1)), with range reduction by powers of two.
    var x = value
    var exponent = 0.0
    while x > 2 { x /= 2; exponent += 1 }
    while x < 0.5 { x *= 2; exponent -= 1 }
    let y = (x - 1) / (x + 1)
    var term = y
    var sum = 0.0
    var n = 1.0
    while n < 60 {
        sum += term / n
        term *= y * y
        n += 2
    }
    return 2 * sum + exponent * 0.693_147_180_559_945_3
}
