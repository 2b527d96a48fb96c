import Foundation
import Testing

@testable import HearingCore

/// The idioms of real responses (support and opposition, in bokmål and nynorsk, negated in a clause of their own,
/// a proposal rejected or withdrawn, today's arrangement kept, remarks and hedges that take no position), each read
/// against a one-proposal hearing started from its letter as a user would (`Idioms/brannvesen-brev.md`).
@Suite("Idioms of stance on a one-proposal hearing")
struct PositionReaderIdiomTests {
    /// One sentence and the position it takes: [question, alternative] pairs, empty for none.
    struct Idiom: CustomTestStringConvertible, Sendable {
        var sentence: String
        var positions: [[Int]]
        var testDescription: String { sentence }
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Idioms")

    static func idioms() -> [Idiom] {
        let url = folder.appendingPathComponent("brannvesen-svar.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), let bar = line.firstIndex(of: "|") else { return nil }
            let want = line[..<bar].trimmingCharacters(in: .whitespaces)
            let positions = want == "-" ? [] : [want.split(separator: "=").compactMap { Int($0) }]
            return Idiom(
                sentence: line[line.index(after: bar)...].trimmingCharacters(in: .whitespaces), positions: positions)
        }
    }

    static let reader: PositionReader? = {
        let url = folder.appendingPathComponent("brannvesen-brev.md")
        guard let letter = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return PositionReader(hearing: LetterReader(text: letter).read().hearing)
    }()

    @Test("The letter gives one yes/no question, and the fixture has sentences of every kind")
    func fixture() throws {
        let reader = try #require(Self.reader)
        #expect(reader.hearing.questions.map(\.kind) == [.yesNo])
        let idioms = Self.idioms()
        #expect(idioms.count >= 90)
        #expect(idioms.contains { $0.positions == [[1, 1]] } && idioms.contains { $0.positions == [[1, 2]] })
        #expect(idioms.contains { $0.positions.isEmpty })
    }

    @Test("Each idiom reads as a careful reader reads it", arguments: idioms())
    func reads(_ idiom: Idiom) throws {
        let reader = try #require(Self.reader)
        #expect(PositionReaderTests.positions(reader, idiom.sentence) == idiom.positions)
    }
}
