import Foundation
import Testing

@testable import HearingCore

@Suite("Norwegian stemmer")
struct NorwegianStemmerTests {
    @Test("Every word of the Snowball test vocabulary stems as the reference implementation does")
    func snowballVectors() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/data/snowball-norwegian")
        let words = try String(contentsOf: folder.appendingPathComponent("voc.txt"), encoding: .utf8).split(
            separator: "\n"
        ).map(String.init)
        let stems = try String(contentsOf: folder.appendingPathComponent("out.txt"), encoding: .utf8).split(
            separator: "\n"
        ).map(String.init)
        try #require(words.count == stems.count && words.count > 20_000)
        var wrong: [String] = []
        for (word, stem) in zip(words, stems) where NorwegianStemmer.stem(word) != stem {
            wrong.append("\(word): \(NorwegianStemmer.stem(word)) ≠ \(stem)")
        }
        print("Snowball Norwegian vectors: \(words.count - wrong.count)/\(words.count) agree")
        #expect(Array(wrong.prefix(10)) == [])
    }

    @Test(
        "Inflections of the hearing's words meet",
        arguments: [
            (["utvalg", "utvalget", "utvalgene"], "utvalg"),
            (["kommune", "kommunen", "kommunene", "kommunes"], "kommun"),
            (["pasientgruppe", "pasientgrupper", "pasientgruppene"], "pasientgrupp"),
        ])
    func inflections(words: [String], stem: String) {
        #expect(words.map(NorwegianStemmer.stem) == Array(repeating: stem, count: words.count))
    }
}
