import Foundation
import Testing

@testable import HearingCore

@Suite("Corrections")
struct CorrectionsTests {
    /// A workspace holding one response from a private person with no clear position, imported once.
    static func privateUnclearResponse(id: String) throws -> (Workspace, Store, String) {
        let workspace = try Fixtures.workspace()
        let file = Fixtures.file(
            Fixtures.message(from: "Kari <kari@gmail.com>", id: id, body: "Jeg liker ikke forslag 1 noe særlig."),
            name: "k.eml")
        let store = try workspace.openStore()
        _ = try Importer(store: store).run(paths: [file], startedAt: "t1")
        return (workspace, store, file)
    }

    @Test("Corrections override the understanding, clear the review, survive re-import, and are exported")
    func survive() throws {
        let (workspace, store, file) = try Self.privateUnclearResponse(id: "k1")
        let before = try #require(try RoundAnalysis.run(workspace).submissions.first)
        #expect(before.needsReview)
        for (field, value) in [("answer:1", "2"), ("respondent", "melhus")] {
            try store.record(
                Correction(
                    submission: before.id, field: field, value: value, note: "Ringt og bekreftet", author: "Marit",
                    madeAt: "2024-06-02T10:00:00Z"))
        }
        _ = try Importer(store: store).run(paths: [file], startedAt: "t2")
        let state = try RoundAnalysis.run(workspace)
        let after = try #require(state.submissions.first)
        #expect(after.respondent.id == "melhus")
        #expect(after.answers.map { [$0.question, $0.alternative] } == [[1, 2]])
        #expect(after.answers.first?.evidence == "Rettet av Marit 02.06.2024: Ringt og bekreftet")
        #expect(!after.needsReview)
        #expect(state.tally.first { $0.question == 1 && $0.alternative == 2 }?.respondents == ["Melhus kommune"])
        #expect(!state.nonRespondents.contains("melhus"))
        let export = ExportJSON.document(state).serialized()
        #expect(export.contains("\"by\": \"Marit\""))
    }

    @Test(
        "A correction settles only what it answers: --unpublish leaves the review open, an answer settles its question")
    func settlesOnlyItsOwn() throws {
        let (workspace, store, _) = try Self.privateUnclearResponse(id: "k2")
        let before = try #require(try RoundAnalysis.run(workspace).submissions.first)
        #expect(before.reviewReasons.contains(.unlistedSender))
        try store.record(
            Correction(
                submission: before.id, field: "publish", value: "no", note: "Privat", author: "M", madeAt: "t2"))
        let unpublished = try #require(try RoundAnalysis.run(workspace).submissions.first)
        #expect(unpublished.reviewReasons == before.reviewReasons)
        try store.record(
            Correction(submission: before.id, field: "answer:1", value: "2", note: nil, author: "M", madeAt: "t3")
        )
        let answered = try #require(try RoundAnalysis.run(workspace).submissions.first)
        #expect(answered.reviewReasons == [.unlistedSender])
    }

    @Test("Exclude takes a response out of the tally; include brings a message in; the latest correction counts")
    func excludeInclude() throws {
        let workspace = try Fixtures.workspace()
        let store = try workspace.openStore()
        let files = [
            Fixtures.file(
                Fixtures.message(
                    from: "postmottak@malvik.kommune.no", id: "m", body: "Malvik kommune støtter forslag 2."),
                name: "m.eml"),
            Fixtures.file(
                Fixtures.message(
                    from: "postmottak@melhus.kommune.no", subject: "Ukens nyheter", id: "n",
                    headers: "List-Unsubscribe: <x>", body: "Nyheter."), name: "n.eml"),
        ]
        _ = try Importer(store: store).run(paths: files, startedAt: "t")
        let submissions = try RoundAnalysis.run(workspace).submissions
        let malvik = try #require(submissions.first { $0.respondent.id == "malvik" })
        let news = try #require(submissions.first { $0.kind == .other })
        try store.record(
            Correction(
                submission: malvik.id, field: "status", value: "excluded", note: "Trukket", author: "M",
                madeAt: "2024-06-02T10:00:00Z"))
        try store.record(
            Correction(
                submission: news.id, field: "status", value: "included", note: nil, author: "M",
                madeAt: "2024-06-02T10:00:00Z"))
        var state = try RoundAnalysis.run(workspace)
        #expect(state.submissions.first { $0.id == malvik.id }?.status == .excluded)
        #expect(state.submissions.first { $0.id == news.id }?.status == .counted)
        #expect(state.tally.first { $0.question == 1 && $0.alternative == 2 }?.count == 0)
        try store.record(
            Correction(
                submission: malvik.id, field: "status", value: "included", note: "Likevel med", author: "M",
                madeAt: "2024-06-03T10:00:00Z"))
        state = try RoundAnalysis.run(workspace)
        #expect(state.tally.first { $0.question == 1 && $0.alternative == 2 }?.count == 1)
    }
}
