/// A theme among the reasons given for one alternative.
public struct ArgumentCluster: Sendable, Equatable, Codable {
    /// Stable id, e.g. `q1-a2-1`.
    public var id: String
    /// The question.
    public var question: Int
    /// The alternative the members support.
    public var alternative: Int
    /// A phrase from the representative quote that carries most of the theme's words, e.g. "Færre og breiare utval gjer
    /// det lettare for små kommunar å delta".
    public var label: String
    /// The submissions in the cluster, in list order.
    public var members: [String]
    /// The member closest to the cluster's centre.
    public var representative: String
    /// A sentence from the representative member.
    public var quote: String
}

/// Responses sent with (nearly) the same wording by different bodies.
public struct FormLetterGroup: Sendable, Equatable, Codable {
    /// Stable id, e.g. `likelydende-1`.
    public var id: String
    /// The submissions, in list order.
    public var members: [String]
    /// The opening of the shared text.
    public var sample: String
}

/// Groups the reasons given for each alternative into a handful of themes, from the text alone: stemmed words weighted
/// by TF-IDF, a single pass that joins each text to the nearest theme or starts a new one (so the same input always
/// gives the same themes), a representative quote, and a label taken from it (`ThemeLabel`).
public enum ArgumentClustering {
    /// How similar a text must be to a theme to join it.
    static let threshold = 0.22
    /// Most themes shown per alternative; the rest are gathered as "øvrige".
    static let maximumThemes = 5
    /// Fewest content words a text needs to count as giving reasons; a bare position joins no theme.
    static let minimumTerms = 3

    /// Clusters and form-letter groups for a round's counted voices (one submission per body).
    public static func clusters(hearing: Hearing, recipients: [Recipient], voices: [Submission]) -> [ArgumentCluster] {
        let excluded = excludedWords(hearing: hearing, recipients: recipients)
        var result: [ArgumentCluster] = []
        for question in hearing.questions where question.kind != .free {
            let documents = voices.compactMap { voice -> (Submission, Int, String)? in
                guard let answer = voice.answers.first(where: { $0.question == question.number }),
                    let sentences = voice.arguments[question.number], !sentences.isEmpty
                else { return nil }
                return (voice, answer.alternative, sentences.joined(separator: " "))
            }
            guard !documents.isEmpty else { continue }
            let vectors = TermVectors(documents.map(\.2), excluded: excluded)
            for alternative in question.alternatives {
                let indices = documents.indices.filter {
                    documents[$0].1 == alternative.number && vectors.vectors[$0].count >= minimumTerms
                }
                guard !indices.isEmpty else { continue }
                var groups: [(members: [Int], centroid: TermVectors.Vector)] = []
                var sums: [[String: Double]] = []
                for index in indices {
                    let vector = vectors.vectors[index]
                    let best = groups.indices.map { ($0, TermVectors.cosine(groups[$0].centroid, vector)) }.max {
                        $0.1 < $1.1
                    }
                    if let best, best.1 >= threshold {
                        // A running sum, added in member order: the same result as summing all members again.
                        groups[best.0].members.append(index)
                        for (term, weight) in vector { sums[best.0][term, default: 0] += weight }
                        groups[best.0].centroid = TermVectors.normalized(
                            sums[best.0].keys.sorted().map { ($0, sums[best.0][$0]!) })
                    } else {
                        groups.append(([index], vector))
                        sums.append(Dictionary(uniqueKeysWithValues: vector.map { ($0.term, $0.weight) }))
                    }
                }
                groups.sort {
                    ($0.members.count, -($0.members.first ?? 0)) > ($1.members.count, -($1.members.first ?? 0))
                }
                if groups.count > maximumThemes {
                    let rest = groups[(maximumThemes - 1)...].flatMap(\.members).sorted()
                    groups =
                        Array(groups.prefix(maximumThemes - 1)) + [
                            (rest, TermVectors.centroid(rest.map { vectors.vectors[$0] }))
                        ]
                }
                for (number, group) in groups.enumerated() {
                    let representative = group.members.max {
                        (TermVectors.cosine(group.centroid, vectors.vectors[$0]), -$0) < (
                            TermVectors.cosine(group.centroid, vectors.vectors[$1]), -$1
                        )
                    }!
                    let weights = Dictionary(group.centroid.map { ($0.term, $0.weight) }, uniquingKeysWith: max)
                    let quote = quote(documents[representative].2, terms: Set(weights.keys))
                    result.append(
                        ArgumentCluster(
                            id: "q\(question.number)-a\(alternative.number)-\(number + 1)", question: question.number,
                            alternative: alternative.number,
                            label: ThemeLabel.phrase(from: quote, weights: weights),
                            members: group.members.sorted().map { documents[$0].0.id },
                            representative: documents[representative].0.id, quote: quote))
                }
            }
        }
        return result
    }

    /// Groups of responses from different bodies whose wording is the same or nearly so once names and numbers are
    /// masked: three-word shingles, MinHash signatures banded to find candidates in linear time, and candidates joined
    /// when their shingle sets overlap by three quarters (Jaccard).
    public static func formLetters(recipients: [Recipient], voices: [Submission]) -> [FormLetterGroup] {
        let names = BodyNames(recipients: recipients)
        var shingles: [Set<UInt64>] = []
        var candidates: [Int] = []
        for (index, voice) in voices.enumerated() {
            guard voice.text.count >= 80 else { continue }
            let scalars = ScalarText(Normalizer.normalize(voice.text))
            var masked = ""
            var position = 0
            for mention in names.mentions(in: scalars) {
                masked += scalars.slice(position, mention.offset) + " instans "
                position = mention.offset + mention.length
            }
            masked += scalars.slice(position, scalars.scalars.count)
            let words = Normalizer.words(masked).filter { !$0.allSatisfy(\.isNumber) }.map(String.init)
            guard words.count >= 8 else { continue }
            var set = Set<UInt64>()
            for start in 0...(words.count - 3) { set.insert(fnv(words[start..<(start + 3)].joined(separator: " "))) }
            shingles.append(set)
            candidates.append(index)
        }
        // Union-find over the voices that share a band of their signature and overlap enough.
        var parent = Array(candidates.indices)
        func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node { parent[node] = parent[parent[node]]; node = parent[node] }
            return node
        }
        let bands = 6
        let rows = 4
        let signatures = shingles.map { set in
            (0..<(bands * rows)).map { seed in set.map { mix($0, seed: UInt64(seed)) }.min() ?? 0 }
        }
        for band in 0..<bands {
            var buckets: [[UInt64]: [Int]] = [:]
            for (index, signature) in signatures.enumerated() {
                buckets[Array(signature[(band * rows)..<((band + 1) * rows)]), default: []].append(index)
            }
            for members in buckets.values where members.count > 1 {
                for other in members.dropFirst() where root(other) != root(members[0]) {
                    let a = shingles[members[0]], b = shingles[other]
                    let overlap = Double(a.intersection(b).count) / Double(a.union(b).count)
                    if overlap >= 0.75 { parent[root(other)] = root(members[0]) }
                }
            }
        }
        var groups: [Int: [Submission]] = [:]
        for index in candidates.indices { groups[root(index), default: []].append(voices[candidates[index]]) }
        let shared = groups.values.filter { Set($0.map { $0.respondent.id ?? $0.respondent.name }).count >= 2 }
            .map { $0.sorted { $0.sequence < $1.sequence } }
            .sorted { $0[0].sequence < $1[0].sequence }
        return shared.enumerated().map { index, members in
            FormLetterGroup(
                id: "likelydende-\(index + 1)", members: members.map(\.id),
                sample: PositionReader.evidence(String(members[0].text.prefix(400))))
        }
    }

    private static func fnv(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    private static func mix(_ value: UInt64, seed: UInt64) -> UInt64 {
        var x = value ^ (seed &* 0x9E37_79B9_7F4A_7C15)
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    /// The words every response of the hearing uses: question titles and keywords, alternative labels and aliases,
    /// and the names of the bodies.
    static func excludedWords(hearing: Hearing, recipients: [Recipient]) -> Set<String> {
        var phrases: [String] = []
        for question in hearing.questions {
            phrases.append(question.title)
            phrases += question.keywords
            for alternative in question.alternatives {
                phrases.append(alternative.label); phrases += alternative.aliases
            }
        }
        phrases += recipients.flatMap { [$0.name] + $0.aliases }
        phrases += [hearing.sender.name, hearing.sender.organisation ?? ""]
        var words = Set<String>()
        for phrase in phrases {
            for word in Normalizer.words(Normalizer.normalize(phrase.replacingOccurrences(of: "*", with: ""))) {
                words.insert(String(word))
                words.insert(NorwegianStemmer.stem(String(word)))
            }
        }
        return words
    }

    /// The sentence of a text that carries most of the theme's words, trimmed.
    private static func quote(_ text: String, terms: Set<String>) -> String {
        let sentences = TextSplitter.sentences(text)
        let best = sentences.max { a, b in score(a, terms) < score(b, terms) } ?? text
        return PositionReader.evidence(best)
    }

    private static func score(_ sentence: String, _ terms: Set<String>) -> Int {
        Normalizer.words(Normalizer.normalize(sentence)).filter { terms.contains(NorwegianStemmer.stem(String($0))) }
            .count
    }
}
