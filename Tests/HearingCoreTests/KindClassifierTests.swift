import Mail
import Testing

@testable import HearingCore

/// What kind of message it is, from its header, subject and own text, with the reason given.
@Suite("Kind of message")
struct KindClassifierTests {
    /// One case: what the message is like, its header and body, and the kind it must be given.
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var header: String
        var body: String
        var kind: MessageKind
    }

    static let cases: [Case] = [
        Case(
            description: "a delivery report part",
            header: "From: MAILER-DAEMON@mx.example.no\nSubject: Undelivered Mail\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=b",
            body: "--b\nContent-Type: text/plain\n\nNot delivered.\n--b\n"
                + "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.no\n\n"
                + "Final-Recipient: rfc822; post@bygd.kommune.no\nAction: failed\nStatus: 5.1.1\n\n--b--",
            kind: .bounce),
        Case(
            description: "a failure notice without a report part, in nynorsk",
            header: "From: postmaster@bygd.kommune.no\nSubject: Melding",
            body: "E-posten kunne ikkje leverast til mottakaren.", kind: .bounce),
        Case(
            description: "Auto-Submitted in the header",
            header: "From: a@bygd.kommune.no\nSubject: Re: Høring\nAuto-Submitted: auto-replied",
            body: "Eg er på ferie.", kind: .autoReply),
        Case(
            description: "an absence notice in the body",
            header: "From: a@bygd.kommune.no\nSubject: Re: Høring om skolestruktur",
            body: "Jeg er ute av kontoret til 10. juni.", kind: .autoReply),
        Case(
            description: "a request for more time",
            header: "From: a@bygd.kommune.no\nSubject: Høring om skolestruktur",
            body: "Kommunestyret møtes først 12. juni. Vi ber om utsatt frist til 20. juni.", kind: .extensionRequest),
        Case(
            description: "a question to the secretariat",
            header: "From: a@bygd.kommune.no\nSubject: Spørsmål om høringen",
            body: "Kan dere si om svaret skal sendes som PDF?", kind: .question),
        Case(
            description: "a newsletter",
            header: "From: nyhet@forlag.no\nSubject: Ukens nyheter\nList-Id: <nyheter.forlag.no>",
            body: "Les om årets konferanse.", kind: .other),
        Case(
            description: "a letter that names the hearing in its subject",
            header: "From: post@bygd.kommune.no\nSubject: Høyringsfråsegn frå Bygd kommune",
            body: "Vedlagt følgjer fråsegna.", kind: .response),
        Case(
            description: "a message about something else",
            header: "From: a@butikk.no\nSubject: Tilbud",
            body: "Vi har gode priser denne uka.", kind: .other),
    ]

    @Test("Each kind is told from the header, subject and own text", arguments: cases)
    func kind(_ example: Case) {
        let message = MessageParser().parse(Array("\(example.header)\n\n\(example.body)\n".utf8))
        let (kind, reason) = KindClassifier.classify(
            message, own: message.text, positions: PositionReader.Result(), hasDocumentAttachment: false)
        #expect(kind == example.kind, "\(reason)")
        #expect(reason.hasSuffix("."))
    }

    @Test("A message that says it has no remarks is a response; one without any header is named unreadable")
    func noRemarksAndNoHeader() {
        let message = MessageParser().parse(Array("From: a@b.no\nSubject: Svar\n\nIngen merknader.\n".utf8))
        var positions = PositionReader.Result()
        positions.noRemarks = true
        let (kind, reason) = KindClassifier.classify(
            message, own: message.text, positions: positions, hasDocumentAttachment: false)
        #expect(kind == .response)
        #expect(reason == "Meldingen sier at avsenderen ikke har merknader.")
        let unreadable = MessageParser().parse(Array("\u{1}\u{2} ingen topptekst\n".utf8))
        #expect(
            KindClassifier.classify(
                unreadable, own: "", positions: PositionReader.Result(), hasDocumentAttachment: false
            ).0 == .other)
    }

    @Test("The hearing's own words in the text make a message a response")
    func hearingWords() {
        let message = MessageParser().parse(Array("From: a@b.no\nSubject: Svar\n\nVi ønsker ny skolerute.\n".utf8))
        let without = KindClassifier.classify(
            message, own: message.text, positions: PositionReader.Result(), hasDocumentAttachment: false)
        let with = KindClassifier.classify(
            message, own: message.text, positions: PositionReader.Result(), hasDocumentAttachment: false,
            hearingWords: ["skolerute"])
        #expect(without.0 == .other)
        #expect(with.0 == .response)
    }
}
