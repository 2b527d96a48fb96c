import Foundation
import Testing

@testable import HearingCore

/// The whole round on the shipped example mailbox, against what each body actually wrote in it.
@Suite("The FSU example round", .serialized)
struct ExampleRoundTests {
    /// Ground truth: respondent id → question → alternative, for every counted response in
    /// templates/fsu-2024/responses.mbox.
    static let truth: [String: [Int: Int]] = [
        "trondheim": [1: 2, 2: 1, 3: 1, 4: 1, 5: 1],
        "malvik": [1: 2, 2: 2, 3: 1, 4: 1, 5: 2],
        "melhus": [1: 1, 2: 2, 3: 2, 4: 1, 5: 1],
        "orkland": [1: 2, 2: 1, 3: 1, 4: 1, 5: 1],  // joins Trondheim's response
        "froya": [1: 2, 2: 1, 3: 1, 4: 1, 5: 1],
        "hitra": [:],  // ingen merknader
        "st-olavs": [1: 2, 2: 1, 3: 1, 4: 1, 5: 1],
        "fagrad-psyk": [1: 2],
        "ks": [1: 1, 2: 2, 3: 1, 4: 1, 5: 1],
        "legeforeningen": [1: 2, 5: 2],
        "roros": [1: 2, 2: 1, 3: 1, 4: 1, 5: 1],
        "skaun": [1: 2, 2: 2],  // the replacement, not the first answer
        "heim": [1: 2, 2: 2],
        "nsf": [1: 2, 2: 1, 3: 1],
        "brukerutvalg": [1: 2, 2: 1, 5: 1],
        "indre-fosen": [1: 1, 2: 2, 3: 2, 4: 1, 5: 2],
        "midtre-gauldal": [1: 2, 2: 1, 3: 1, 4: 1, 5: 1],
        "rennebu": [:],  // a scanned PDF: for manual reading
        "afjord": [1: 1, 2: 1, 3: 1, 4: 1, 5: 2],  // nynorsk letter in an ODT attachment
        "orland": [1: 2, 2: 2, 3: 1, 4: 1, 5: 1],  // answers in a table in a DOCX attachment
        "fagforbundet": [1: 1],
    ]

    private static func run() throws -> RoundState {
        try RoundAnalysis.run(try Fixtures.sampleWorkspace())
    }

    @Test("Every question of every counted response is read as written (accuracy printed)")
    func accuracy() throws {
        let state = try Self.run()
        var right = 0
        var total = 0
        var wrong: [String] = []
        for submission in state.counted {
            let id = submission.respondent.id ?? "~" + submission.respondent.name
            guard let expected = Self.truth[id] else { continue }
            let found = Dictionary(uniqueKeysWithValues: submission.answers.map { ($0.question, $0.alternative) })
            for question in state.hearing.questions {
                total += 1
                if found[question.number] == expected[question.number] {
                    right += 1
                } else {
                    let read = found[question.number].map(String.init) ?? "–"
                    let wanted = expected[question.number].map(String.init) ?? "–"
                    wrong.append("\(id) q\(question.number): \(read) ≠ \(wanted)")
                }
            }
        }
        print(
            "Example round: \(Fixtures.share(right, of: total)) question positions right"
        )
        #expect(wrong == [])
        #expect(Set(state.counted.compactMap(\.respondent.id)) == Set(Self.truth.keys))
        #expect(state.counted.contains { $0.respondent.id == nil && $0.respondent.name == "Kari Nordmann" })
    }

    @Test("What is not a response is listed by kind; copies, replacements and late answers are marked")
    func lifecycle() throws {
        let state = try Self.run()
        let kinds = Dictionary(grouping: state.submissions.filter { $0.kind != .response }, by: \.kind).mapValues {
            $0.map { $0.respondent.name }
        }
        #expect(kinds[.autoReply] == ["Selbu kommune"])
        #expect(kinds[.bounce] == ["Tydal kommune"])
        #expect(kinds[.question] == ["Oppdal kommune"])
        #expect(kinds[.extensionRequest] == ["Rindal kommune"])
        #expect(kinds[.other] == ["Helsenytt"])
        #expect(state.submissions.filter { $0.status == .duplicate }.map(\.respondent.id) == ["trondheim"])
        #expect(state.submissions.filter { $0.status == .superseded }.map(\.respondent.id) == ["skaun"])
        #expect(state.counted.filter(\.late).map(\.respondent.id) == ["roros"])
        #expect(state.submissions.first { $0.respondent.id == "orkland" }?.inheritsFrom == "trondheim")
        #expect(state.counted.first { $0.respondent.id == "ks" }?.answers.first?.conditional == true)
        #expect(state.counted.first { $0.respondent.id == "rennebu" }?.needsReview == true)
    }

    @Test("The tally counts one voice per body and lists non-respondents in list order")
    func tally() throws {
        let state = try Self.run()
        func count(_ question: Int, _ alternative: Int) -> Int {
            state.tally.first { $0.question == question && $0.alternative == alternative }?.count ?? -1
        }
        var expected: [[Int]] = Array(repeating: [0, 0], count: 5)
        for answers in Self.truth.values {
            for (question, alternative) in answers { expected[question - 1][alternative - 1] += 1 }
        }
        expected[0][1] += 1  // Kari Nordmann, not on the list, supports forslag 2
        #expect((1...5).map { [count($0, 1), count($0, 2)] } == expected)
        let answered = Set(Self.truth.keys)
        #expect(state.nonRespondents == Fixtures.example.recipients.map(\.id).filter { !answered.contains($0) })
    }

    @Test("The same inputs give a byte-identical export")
    func deterministic() throws {
        let workspace = try Fixtures.sampleWorkspace()
        let first = ExportJSON.document(try RoundAnalysis.run(workspace)).serialized()
        let second = ExportJSON.document(try RoundAnalysis.run(workspace)).serialized()
        #expect(first.count > 10_000)
        #expect(first == second)
    }
}
