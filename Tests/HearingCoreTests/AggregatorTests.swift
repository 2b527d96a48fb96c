import Foundation
import Mail
import Testing

@testable import HearingCore

@Suite("One answer per body")
struct AggregatorTests {
    private func round(_ messages: [String]) throws -> RoundState {
        let workspace = try Fixtures.workspace()
        let folder = Fixtures.temporaryPath("svar")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, message) in messages.enumerated() {
            _ = FileManager.default.createFile(atPath: folder + "/\(index).eml", contents: Data(message.utf8))
        }
        _ = try Importer(store: try workspace.openStore()).run(paths: [folder], startedAt: "t")
        return try RoundAnalysis.run(workspace)
    }

    @Test(
        "Lateness is judged by the end of the deadline day in Oslo, or of a body's extended deadline",
        arguments: [
            ("Sat, 01 Jun 2024 23:59:59 +0200", false, false),
            ("Sat, 01 Jun 2024 22:00:00 +0000", true, false),
            ("Sat, 01 Jun 2024 21:59:59 +0000", false, false),
            ("Sun, 02 Jun 2024 00:00:00 +0200", true, false),
            ("Mon, 10 Jun 2024 12:00:00 +0200", false, true),
            ("Tue, 11 Jun 2024 00:00:00 +0200", true, true),
        ])
    func late(date: String, late: Bool, extended: Bool) {
        let message = Fixtures.message(from: "postmottak@malvik.kommune.no", date: date, body: "Vi støtter forslag 2.")
        let days = extended ? ["malvik": CalendarDay(parsing: "2024-06-10")!] : [:]
        let submission = Fixtures.counted(message, extendedDeadlines: days)
        #expect(submission.late == late)
        #expect(submission.status == .counted)
        #expect(submission.statusReason == "Telles.")
    }

    @Test("A forward the secretariat made is dated by its original, so it is not late; a bounce is not counted")
    func forwardAndBounce() {
        let forward = Fixtures.message(
            from: "sekretaritat.helsefellesskapet@stolav.no", subject: "VS: Svar",
            date: "Mon, 03 Jun 2024 09:10:00 +0200",
            body: "Fra: Heim kommune <post@heim.kommune.no>\nSendt: fredag 31. mai 2024 13:37\nTil: Marit\n"
                + "Emne: Svar\n\nHeim kommune støtter forslag 2.")
        #expect(!Fixtures.counted(forward).late)
        let bounce = Fixtures.counted(
            Fixtures.message(
                from: "MAILER-DAEMON@stolav.no", subject: "Undeliverable: Høring",
                body: "Delivery has failed:\npostmottak@tydal.kommune.no\n"))
        #expect(bounce.status == .excluded)
        #expect(bounce.statusReason == "Ikke et høringssvar (returmelding).")
    }

    @Test("The same text is found however long it is: case and spacing do not count, a changed last word does")
    func textDigest() {
        func message(_ text: String) -> Message {
            MessageParser().parse(Array("From: a@b.no\nSubject: Svar\n\n\(text)\n".utf8))
        }
        let long = String(repeating: "Kommunen støtter forslaget. ", count: 50_000)
        #expect(long.utf8.count > 1_000_000)
        let digest = Aggregator.textDigest(message(long + "Slutt."))
        #expect(
            Aggregator.textDigest(message(long.uppercased().prefix(200) + long.dropFirst(200) + "Slutt.")) == digest)
        #expect(Aggregator.textDigest(message(long + "Slutt!")) != digest)
        #expect(
            Aggregator.textDigest(message("Vi  støtter\nforslaget."))
                == Aggregator.textDigest(message("vi støtter forslaget.")))
    }

    @Test("An addition merges with the earlier answer; both stay counted and the body has one voice")
    func addition() throws {
        let state = try round([
            Fixtures.message(
                from: "postmottak@malvik.kommune.no", date: "Mon, 27 May 2024 10:00:00 +0200", id: "a",
                body: "Malvik kommune støtter forslag 2."),
            Fixtures.message(
                from: "postmottak@malvik.kommune.no", subject: "Tillegg til vårt høringssvar",
                date: "Tue, 28 May 2024 10:00:00 +0200", id: "b",
                body: "I tillegg til vårt høringssvar: Malvik kommune støtter ikke at det opprettes et lederutvalg."),
        ])
        #expect(state.counted.count == 2)
        #expect(state.tally.first { $0.question == 1 && $0.alternative == 2 }?.respondents == ["Malvik kommune"])
        #expect(state.tally.first { $0.question == 5 && $0.alternative == 2 }?.respondents == ["Malvik kommune"])
        #expect(state.submissions.contains { $0.statusReason == "Tillegg til tidligere svar; telles sammen med det." })
    }

    @Test("A later answer replaces the earlier one, whatever order they were imported in")
    func replacement() throws {
        let state = try round([
            Fixtures.message(
                from: "postmottak@skaun.kommune.no", subject: "Oppdatert høringssvar",
                date: "Thu, 30 May 2024 15:00:00 +0200", id: "ny", body: "Skaun kommune støtter forslag 2."),
            Fixtures.message(
                from: "postmottak@skaun.kommune.no", date: "Fri, 24 May 2024 10:00:00 +0200", id: "gammel",
                body: "Skaun kommune støtter forslag 1."),
        ])
        let old = try #require(state.submissions.first { $0.message.messageID == "gammel@test" })
        #expect(old.status == .superseded)
        #expect(state.tally.first { $0.question == 1 && $0.alternative == 2 }?.count == 1)
        #expect(state.tally.first { $0.question == 1 && $0.alternative == 1 }?.count == 0)
    }

    @Test("The tally is broken down by kind of body; 'ingen merknader' is kept apart from taking no position")
    func byKind() throws {
        let state = try round([
            Fixtures.message(from: "postmottak@malvik.kommune.no", id: "1", body: "Malvik kommune støtter forslag 2."),
            Fixtures.message(from: "postmottak@stolav.no", id: "2", body: "St. Olavs hospital støtter forslag 2."),
            Fixtures.message(from: "Kari <kari@gmail.com>", id: "3", body: "Jeg støtter forslag 2."),
            Fixtures.message(from: "postmottak@hitra.kommune.no", id: "4", body: "Hitra kommune har ingen merknader."),
        ])
        let entry = try #require(state.tally.first { $0.question == 1 && $0.alternative == 2 })
        #expect(entry.byKind.map(\.kind) == ["kommune", "helseforetak", "utenfor listen"])
        #expect(entry.byKind.map(\.count) == [1, 1, 1])
        #expect(state.questionSummaries.first?.noPosition == [])
        #expect(state.questionSummaries.first?.noRemarks == ["Hitra kommune"])
        #expect(state.questionSummaries.first?.didNotRespond == 32)
    }
}
