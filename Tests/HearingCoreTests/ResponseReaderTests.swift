import Foundation
import Mail
import Testing

@testable import HearingCore

@Suite("Understanding a message")
struct ResponseReaderTests {
    @Test(
        "Kinds: response, auto-reply, bounce, question, extension request, other",
        arguments: [
            (
                Fixtures.message(from: "postmottak@malvik.kommune.no", body: "Malvik kommune går inn for forslag 2."),
                MessageKind.response
            ),
            (
                Fixtures.message(
                    from: "a@selbu.kommune.no", subject: "Automatisk svar: Høring FSU",
                    body: "Jeg er på ferie til 6. mai."), .autoReply
            ),
            (
                Fixtures.message(
                    from: "a@selbu.kommune.no", subject: "Høring FSU", headers: "Auto-Submitted: auto-replied",
                    body: "Fraværende."), .autoReply
            ),
            (
                Fixtures.message(
                    from: "MAILER-DAEMON@stolav.no", subject: "Undeliverable: Høring FSU",
                    body: "Delivery has failed: postmottak@tydal.kommune.no could not be delivered"), .bounce
            ),
            (
                Fixtures.message(
                    from: "per@oppdal.kommune.no", subject: "Spørsmål om høringen",
                    body: "Hei! Vi lurer på om svaret må være politisk behandlet?"), .question
            ),
            (
                Fixtures.message(
                    from: "postmottak@rindal.kommune.no", subject: "Høring FSU",
                    body: "Rindal kommune ber om utsatt frist til 15. juni."), .extensionRequest
            ),
            (
                Fixtures.message(
                    from: "nyhetsbrev@helsenytt.example", subject: "Ukens nyheter",
                    headers: "List-Unsubscribe: <https://x.example>", body: "Nyheter fra sektoren."), .other
            ),
            (
                Fixtures.message(
                    from: "postmottak@hitra.kommune.no", body: "Hitra kommune har ingen merknader til høringen."),
                .response
            ),
        ])
    func kinds(raw: String, kind: MessageKind) {
        #expect(Fixtures.read(raw).kind == kind)
    }

    @Test(
        "Respondents: address, domain, the body named in the text, a forwarded original, and unlisted senders",
        arguments: [
            (
                Fixtures.message(from: "postmottak@malvik.kommune.no", body: "Vi støtter forslag 2."),
                "malvik" as String?, "Malvik kommune"
            ),
            (
                Fixtures.message(from: "Siri Aune <siri.aune@malvik.kommune.no>", body: "Vi støtter forslag 2."),
                "malvik", "Malvik kommune"
            ),
            (
                Fixtures.message(
                    from: "eva.lund@trondheim.kommune.no", body: "Fagråd psykisk helse og rus støtter forslag 2."),
                "fagrad-psyk", "Fagråd psykisk helse og rus"
            ),
            (
                Fixtures.message(
                    from: "Marit <sekretaritat.helsefellesskapet@stolav.no>", subject: "VS: Høringssvar",
                    body:
                        "Videresender.\n\nFra: Heim kommune <post@heim.kommune.no>\nSendt: fredag 31. mai 2024 "
                        + "13:37\nTil: Marit\nEmne: Høringssvar\n\nHeim kommune støtter forslag 2."
                ), "heim", "Heim kommune"
            ),
            (
                Fixtures.message(from: "Kari Nordmann <kari.nordmann@gmail.com>", body: "Jeg støtter forslag 2."), nil,
                "Kari Nordmann"
            ),
            (
                Fixtures.message(
                    from: "ola@gmail.com", body: "Kommunestyret i Melhus vedtok: Melhus kommune støtter forslag 1."),
                "melhus", "Melhus kommune"
            ),
        ])
    func respondents(raw: String, id: String?, name: String) {
        let submission = Fixtures.read(raw)
        #expect(submission.respondent.id == id)
        #expect(submission.respondent.name == name)
    }

    @Test("A forwarded answer is dated by its original, so forwarding after the deadline does not make it late")
    func forwardedDate() {
        let submission = Fixtures.read(
            Fixtures.message(
                from: "sekretaritat.helsefellesskapet@stolav.no", subject: "VS: Svar",
                date: "Mon, 03 Jun 2024 09:10:00 +0200",
                body:
                    "Fra: Heim kommune <post@heim.kommune.no>\nSendt: fredag 31. mai 2024 13:37\nTil: Marit\nEmne: "
                    + "Svar\n\nHeim kommune støtter forslag 2."
            ))
        #expect(submission.sentDate?.iso8601 == "2024-05-31T13:37:00+02:00")
        #expect(submission.kind == .response)
    }

    @Test("A bounce names the recipient that did not get the letter")
    func bounceRecipient() {
        let submission = Fixtures.read(
            Fixtures.message(
                from: "MAILER-DAEMON@stolav.no", subject: "Undeliverable: Høring",
                body: "Delivery has failed:\npostmottak@tydal.kommune.no\n"))
        #expect(submission.respondent.id == "tydal")
        #expect(submission.kind == .bounce)
    }

    @Test("A reply that quotes the hearing letter counts only what its sender wrote")
    func replyChain() {
        let submission = Fixtures.read(
            Fixtures.message(
                from: "trondelag@nsf.no", subject: "SV: Høring",
                body:
                    "NSF Trøndelag støtter forslag 2.\n\nFra: Sekretariatet "
                    + "<sekretaritat.helsefellesskapet@stolav.no>\nSendt: 22. april 2024 11:58\nTil: "
                    + "trondelag@nsf.no\nEmne: Høring\n\n1. Struktur: Hvilket av de to forslagene "
                    + "støtter dere? Forslag 1 – færre og bredere FSU. Forslag 2 – flere "
                    + "FSU.\n5. Lederutvalg: Støtter dere at det opprettes et "
                    + "lederutvalg?"
            ))
        #expect(submission.answers.map { [$0.question, $0.alternative] } == [[1, 2]])
    }
}

@Suite("Attachments in responses")
struct AttachmentResponseTests {
    private static func withAttachment(
        name: String, type: String, bytes: [UInt8], body: String = "Se vedlagt høringssvar."
    ) -> String {
        Fixtures.messageWithAttachment(body: body, name: name, type: type, bytes: bytes)
    }

    static let documents = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DocumentsTests/Fixtures")

    @Test(
        "An answer that is only in a DOCX, ODT or PDF letter is read from it",
        arguments: [
            ("hoeringssvar-melhus.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            ("hoeringssvar-melhus.odt", "application/vnd.oasis.opendocument.text"),
            ("hoeringssvar-melhus.pdf", "application/pdf"),
            ("hoeringssvar-melhus-objstm.pdf", "application/octet-stream"),
        ])
    func documentAnswer(name: String, type: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.documents.appendingPathComponent(name)))
        let submission = Fixtures.read(Self.withAttachment(name: name, type: type, bytes: bytes))
        #expect(submission.kind == .response)
        #expect(submission.respondent.id == "melhus")
        #expect(
            submission.answers.map { [$0.question, $0.alternative] } == [[1, 2], [2, 2], [3, 1], [4, 1], [5, 1]])
        #expect(submission.attachments.map(\.textExtracted) == [true])
        #expect(!submission.needsReview)
    }

    @Test("A scanned PDF sends the response to manual reading with the reason")
    func scanned() throws {
        let bytes = [UInt8](try Data(contentsOf: Self.documents.appendingPathComponent("skannet.pdf")))
        let submission = Fixtures.read(Self.withAttachment(name: "svar.pdf", type: "application/pdf", bytes: bytes))
        #expect(submission.kind == .response)
        #expect(submission.answers.isEmpty)
        #expect(
            submission.reviewReasons.map(\.text) == [
                "Vedlegget «svar.pdf»: PDF-en har ikke tekstlag (et skannet dokument) og må leses manuelt."
            ])
    }

    @Test("A broken document is a note on that attachment, not a failed import")
    func broken() {
        let submission = Fixtures.read(
            Self.withAttachment(
                name: "svar.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                bytes: Array("PK\u{3}\u{4}ødelagt".utf8)))
        #expect(submission.attachments.first?.needsManualReading == true)
        #expect(submission.needsReview)
    }
}

@Suite("Zip attachments")
struct ZipAttachmentTests {
    @Test("A zip archive's documents are read one level deep")
    func zip() throws {
        let bytes = [UInt8](
            try Data(contentsOf: AttachmentResponseTests.documents.appendingPathComponent("vedlegg.zip")))
        let readings = AttachmentReader.read(
            Attachment(filename: "vedlegg.zip", contentType: "application/zip", bytes: bytes))
        #expect(readings.map(\.filename) == ["vedlegg.zip/Høringssvar Melhus.docx", "vedlegg.zip/notat.txt"])
        #expect(readings.allSatisfy { $0.textExtracted })
        #expect(readings.first?.text?.contains("5. Lederutvalg: Ja.") == true)
    }

    @Test("A response beyond the read limit is read from its beginning, and the review says only part was read")
    func longResponse() {
        let filler = String(repeating: "Kommunen har vurdert saken grundig i flere møter. ", count: 6_000)
        let submission = Fixtures.read(
            Fixtures.message(
                from: "postmottak@malvik.kommune.no",
                body: "Malvik kommune støtter forslag 2.\n\n" + filler))
        #expect(submission.answers.map { [$0.question, $0.alternative] } == [[1, 2]])
        #expect(submission.reviewReasons.contains(.readInPart(characters: ResponseReader.readLimit)))
        #expect(submission.text.count == ResponseReader.readLimit)
    }
}
