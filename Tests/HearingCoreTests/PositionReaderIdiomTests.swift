import Foundation
import Testing

@testable import HearingCore

/// The idioms of real responses (support and opposition, in bokmål and nynorsk, negated in a clause of their own,
/// a proposal rejected or withdrawn, today's arrangement kept, remarks and hedges that take no position), each read
/// against a hearing started from its letter as a user would: sentences on a one-proposal hearing
/// (`Idioms/brannvesen-brev.md`), whole responses on one with three questions, one of them a choice
/// (`Idioms/salgstid-brev.md`), and whole responses to the shipped FSU hearing in shapes the FSU corpus lacks (an
/// answer's label under the copied question, a table written with "|", a keyword in a mixed form).
@Suite("Idioms of stance on hearings started from their letters")
struct PositionReaderIdiomTests {
    /// One sentence and the position it takes: [question, alternative] pairs, empty for none.
    struct Idiom: CustomTestStringConvertible, Sendable {
        var sentence: String
        var positions: [[Int]]
        /// Whether the reader is known to read only part of it (a line "==? "): what it reads must still be right.
        var partial = false
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

    /// The hearing a letter of the fixtures starts, read as `hearing new --letter` reads it.
    static func reader(_ name: String) -> PositionReader? {
        let url = folder.appendingPathComponent(name)
        guard let letter = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return PositionReader(hearing: LetterReader(text: letter).read().hearing)
    }

    static let reader = reader("brannvesen-brev.md")
    static let threeQuestions = reader("salgstid-brev.md")

    /// The shipped FSU hearing, as `hearing new --example fsu-2024` makes it.
    static let fsu: PositionReader? = {
        let url = folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("templates/fsu-2024/hearing.json")
        guard let data = try? Data(contentsOf: url), let hearing = try? HearingDefinition.decode(data, file: "fsu")
        else { return nil }
        return PositionReader(hearing: hearing)
    }()

    /// The whole responses to the three-question letter, each with its positions.
    static func responses() -> [Idiom] { responses(in: "salgstid-svar.txt") }

    /// The whole responses to the FSU hearing, each with its positions.
    static func fsuResponses() -> [Idiom] { responses(in: "fsu-svar.txt") }

    /// The responses of a fixture file, each after a line "=== " (or "==? " for one read only in part) with its
    /// positions.
    static func responses(in file: String) -> [Idiom] {
        let url = folder.appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var found: [Idiom] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.hasPrefix("#") {
            if line.hasPrefix("=== ") || line.hasPrefix("==? ") {
                let positions = line.dropFirst(4).split(separator: " ").map {
                    $0.split(separator: "=").compactMap { Int($0) }
                }
                found.append(Idiom(sentence: "", positions: positions, partial: line.hasPrefix("==? ")))
            } else if !found.isEmpty {
                found[found.count - 1].sentence += (found[found.count - 1].sentence.isEmpty ? "" : "\n") + line
            }
        }
        return found
    }

    @Test("The letter gives one yes/no question, and the fixture has sentences of every kind")
    func fixture() throws {
        let reader = try #require(Self.reader)
        #expect(reader.hearing.questions.map(\.kind) == [.yesNo])
        let idioms = Self.idioms()
        #expect(idioms.count >= 90)
        #expect(idioms.contains { $0.positions == [[1, 1]] } && idioms.contains { $0.positions == [[1, 2]] })
        #expect(idioms.contains { $0.positions.isEmpty })
    }

    @Test("The three-question letter gives two yes/no questions around a choice of A or B")
    func threeQuestionFixture() throws {
        let reader = try #require(Self.threeQuestions)
        #expect(reader.hearing.questions.map(\.kind) == [.yesNo, .choice, .yesNo])
        #expect(reader.hearing.questions[1].alternatives.map(\.label) == ["Alternativ A", "Alternativ B"])
        #expect(Self.responses().count >= 20 && Self.fsuResponses().count >= 20)
    }

    @Test("Each whole response reads as a careful reader reads it", arguments: responses())
    func readsResponse(_ response: Idiom) throws {
        let reader = try #require(Self.threeQuestions)
        let read = PositionReaderTests.positions(reader, response.sentence)
        #expect(read.sorted { $0.lexicographicallyPrecedes($1) } == response.positions)
    }

    @Test("A letter that describes its models in paragraphs and asks its questions indirectly gives both questions")
    func describedModels() throws {
        let reader = try #require(Self.reader("legevakt-brev.md"))
        #expect(reader.hearing.questions.map(\.kind) == [.choice, .yesNo])
        #expect(reader.hearing.questions[0].alternatives.map(\.label) == ["modell A", "modell B", "modell C"])
        #expect(reader.hearing.questions[0].title == "Hvilken modell som bør velges")
    }

    @Test("A municipality's letter gives a choice of three alternatives and a yes/no question asked indirectly")
    func schoolLetter() throws {
        let hearing = try #require(Self.reader("skole-brev.md")).hearing
        #expect(hearing.questions.map(\.kind) == [.choice, .yesNo])
        #expect(hearing.questions[0].alternatives.map(\.label) == ["alternativ 1", "alternativ 2", "alternativ 3"])
        // The one choice between the letter's options is titled by the subject the letter's title names.
        #expect(hearing.questions[0].title == "Framtidig skolestruktur i Solum kommune")
        #expect(Self.responses(in: "skole-svar.txt").count >= 20)
        // "Kommunedirektøren tilrår alternativ 2." names the recommendation a response may support by its name.
        #expect(hearing.questions[0].recommendation == Recommendation(alternative: 2, by: "kommunedirektøren"))
        #expect(try #require(Self.fsu).hearing.questions.allSatisfy { $0.recommendation == nil })
    }

    @Test("Options given for one numbered point make it a choice; a question asked beside the list asks more of one")
    func optionsForOnePoint() throws {
        let hearing = try #require(Self.reader("friluft-brev.md")).hearing
        #expect(hearing.questions.map(\.kind) == [.yesNo, .yesNo, .choice, .yesNo])
        #expect(hearing.questions[2].alternatives.map(\.label) == ["alternativ 1", "alternativ 2"])
        #expect(hearing.questions[3].title == "Ordninga med vederlag bør avgrensast")
        #expect(hearing.questions.map(\.refines) == [nil, nil, nil, 2])
    }

    @Test(
        "Each response to the nynorsk letter of numbered proposals reads as a careful reader reads it, or in part",
        arguments: responses(in: "friluft-svar.txt"))
    func readsProposalResponse(_ response: Idiom) throws {
        try Self.expectRead(response, letter: "friluft-brev.md")
    }

    @Test(
        "Each response to a municipality's letter of three alternatives reads as a careful reader reads it, or in part",
        arguments: responses(in: "skole-svar.txt"))
    func readsSchoolResponse(_ response: Idiom) throws {
        try Self.expectRead(response, letter: "skole-brev.md")
    }

    /// Expects a response read as labelled, or, where it is known to be read only in part, nothing but right.
    static func expectRead(_ response: Idiom, letter: String) throws {
        let reader = try #require(Self.reader(letter))
        let read = PositionReaderTests.positions(reader, response.sentence).sorted {
            $0.lexicographicallyPrecedes($1)
        }
        if response.partial {
            #expect(Set(read).isSubset(of: Set(response.positions)) && read != response.positions)
        } else {
            #expect(read == response.positions)
        }
    }

    @Test(
        "Each response to the letter of three models reads as a careful reader reads it",
        arguments: responses(in: "legevakt-svar.txt"))
    func readsModelResponse(_ response: Idiom) throws {
        let reader = try #require(Self.reader("legevakt-brev.md"))
        let read = PositionReaderTests.positions(reader, response.sentence)
        #expect(read.sorted { $0.lexicographicallyPrecedes($1) } == response.positions)
    }

    @Test(
        "Each record of a council's proceedings reads as its resolution, not as what was proposed",
        arguments: responses(in: "brannvesen-vedtak.txt"))
    func readsRecord(_ response: Idiom) throws {
        let reader = try #require(Self.reader)
        #expect(PositionReaderTests.positions(reader, response.sentence) == response.positions)
    }

    @Test("Each whole response to the FSU hearing reads as a careful reader reads it", arguments: fsuResponses())
    func readsFSUResponse(_ response: Idiom) throws {
        let reader = try #require(Self.fsu)
        let read = PositionReaderTests.positions(reader, response.sentence)
        #expect(read.sorted { $0.lexicographicallyPrecedes($1) } == response.positions)
    }

    @Test("Each idiom reads as a careful reader reads it", arguments: idioms())
    func reads(_ idiom: Idiom) throws {
        let reader = try #require(Self.reader)
        #expect(PositionReaderTests.positions(reader, idiom.sentence) == idiom.positions)
    }
}
