/// The Norwegian words the tool reads by, bokmål and nynorsk, as data: `templates/lexicon/norsk.txt`, built into
/// the program. Each `[category]` holds phrases, one per line; a phrase ending in `*` takes any word ending.
/// Phrases are matched as whole words on normalised text (lowercase, plain quotes and dashes); a phrase in double
/// quotes keeps its leading and trailing blanks.
struct Lexicon: Sendable {
    /// The phrases of each category, normalised.
    private let categories: [String: [String]]

    /// The lexicon built into the program.
    static let shared: Lexicon = {
        let text = ExampleLibrary.file("lexicon/norsk.txt").map { String(decoding: $0, as: UTF8.self) } ?? ""
        return Lexicon(text: text)
    }()

    /// Reads a lexicon: `# comments`, `[category]` lines and one phrase per line.
    init(text: String) {
        var categories: [String: [String]] = [:]
        var current = ""
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: " \t\r")
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast())
                continue
            }
            // A phrase in quotes keeps its blanks ("til " matches a word beginning, not the word "til" alone).
            if line.count >= 2, line.hasPrefix("\""), line.hasSuffix("\"") {
                categories[current, default: []].append(String(line.dropFirst().dropLast()).lowercased())
            } else {
                categories[current, default: []].append(Normalizer.normalize(line))
            }
        }
        self.categories = categories
    }

    /// The phrases of a category (empty for an unknown one).
    func phrases(_ category: String) -> [String] {
        categories[category] ?? []
    }

    /// The lines of a category whose entries hold several phrases with "|" between them ("både for|og for"), each
    /// split into its phrases without blanks around them.
    func groups(_ category: String) -> [[String]] {
        phrases(category).map { line in line.split(separator: "|").map { String($0).trimmingSpaces() } }
    }

    /// Whether the text holds a phrase of the category.
    func matches(_ text: String, _ category: String) -> Bool {
        ScalarText(Normalizer.normalize(text)).containsAny(phrases(category))
    }

    /// Whether the text begins with a phrase of the category.
    func startsWith(_ text: String, _ category: String) -> Bool {
        let normalized = ScalarText(Normalizer.normalize(text))
        return phrases(category).contains { normalized.find($0).first == 0 }
    }

    /// Whether a word (already lowercase) is one of the category's phrases.
    func contains(_ category: String, _ word: String) -> Bool {
        phrases(category).contains(Normalizer.normalize(word))
    }
}
