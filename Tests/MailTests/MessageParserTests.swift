import Foundation
import Testing

@testable import Mail

@Suite("Parsing messages")
struct MessageParserTests {
    static let corpusMessages: [String] =
        ["rfc", "malformed", "thirdparty"].flatMap { Fixtures.files(in: "mail-parser/resources/eml/\($0)", ext: "eml") }
        + Fixtures.files(in: "cpython-test_email/Lib/test/test_email/data", ext: "txt")

    @Test(
        "Every corpus message parses and its subject matches Stalwart's dump where one is given",
        arguments: corpusMessages)
    func corpus(path: String) throws {
        let bytes = Fixtures.bytes(path)
        let message = MessageParser().parse(bytes)
        // Some corpus files are bodies without a header (cpython's digest parts); those must parse to no fields.
        let firstLine = bytes[...].prefix { $0 != 0x0A }
        let startsWithField =
            HeaderParser.fieldNameEnd(firstLine, from: firstLine.startIndex, to: firstLine.endIndex) != nil
            || firstLine.starts(with: Array("From ".utf8))
        #expect(message.header.fields.isEmpty == !startsWithField)
        let expectationPath = String(path.dropLast(4)) + ".json"
        guard let data = FileManager.default.contents(atPath: expectationPath),
            let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let parts = json["parts"] as? [[String: Any]], let headers = parts.first?["headers"] as? [[String: Any]],
            let subject = headers.first(where: { $0["name"] as? String == "subject" })?["value"] as? [String: Any],
            let text = subject["Text"] as? String
        else { return }
        #expect(message.subject == text)
    }

    @Test("Multipart with a text and an HTML alternative prefers the text; attachments keep decoded names")
    func alternativeAndAttachment() {
        let raw = """
            From: Rennebu kommune <postmottak@rennebu.kommune.no>
            Subject: =?utf-8?q?H=C3=B8ringssvar?=
            Date: Fri, 31 May 2024 14:30:00 +0200
            Message-ID: <r@rennebu>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="outer"

            preamble
            --outer
            Content-Type: multipart/alternative; boundary="inner"

            --inner
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            Se vedlagt h=C3=B8ringssvar.
            --inner
            Content-Type: text/html; charset=utf-8

            <p>Se <b>vedlagt</b></p>
            --inner--
            --outer
            Content-Type: application/pdf
            Content-Disposition: attachment; filename*=utf-8''H%C3%B8ringssvar%20Rennebu.pdf
            Content-Transfer-Encoding: base64

            JVBERi0xLjQK
            --outer--
            epilogue
            """
        let message = MessageParser().parse(Array(raw.utf8))
        #expect(message.subject == "Høringssvar")
        #expect(message.text == "Se vedlagt høringssvar.")
        #expect(message.html?.contains("<b>vedlagt</b>") == true)
        #expect(message.attachments.map(\.filename) == ["Høringssvar Rennebu.pdf"])
        #expect(message.attachments.first?.bytes == Array("%PDF-1.4\n".utf8))
        #expect(message.messageID == "r@rennebu")
        #expect(message.warnings.isEmpty)
        #expect(!message.looksTruncated)
    }

    @Test("A multipart without its closing boundary is read, warned about, and seen as cut off when it stops mid-line")
    func missingFinalBoundary() {
        let raw = "From: a@b.no\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: text/plain\n\nHei og h"
        let message = MessageParser().parse(Array(raw.utf8))
        #expect(message.text == "Hei og h")
        #expect(message.warnings.map(\.kind).contains(.missingFinalBoundary))
        #expect(message.looksTruncated)
    }

    @Test("format=flowed lines are joined, quote depth kept, DelSp honoured")
    func flowed() {
        let raw =
            "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\n\nEn lang set \nning her.\n> sitert  "
            + "\n> tekst\n"
        #expect(MessageParser().parse(Array(raw.utf8)).text == "En lang setning her.\n> sitert tekst")
    }

    @Test("message/rfc822 parts are parsed as messages")
    func encapsulated() {
        let raw =
            "From: a@b.no\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nSe "
            + "vedlegg.\n--b\nContent-Type: message/rfc822\n\nFrom: Heim kommune "
            + "<post@heim.kommune.no>\nSubject: Svar\n\nHeim støtter forslag 2.\n--b--\n"
        let message = MessageParser().parse(Array(raw.utf8))
        #expect(message.attachments.first?.message?.from?.address == "post@heim.kommune.no")
        #expect(message.attachments.first?.message?.text == "Heim støtter forslag 2.")
    }

    @Test("Hostile input meets limits with a warning: MIME depth, part count, header fields and header size")
    func limits() {
        var nested = "Content-Type: text/plain\n\nbunn\n"
        for level in 0..<200 {
            nested =
                "Content-Type: multipart/mixed; boundary=\"b\(level)\"\n\n--b\(level)\n" + nested + "--b\(level)--\n"
        }
        let deep = MessageParser().parse(Array(("Subject: dyp\n" + nested).utf8))
        #expect(deep.warnings.contains { $0.kind == .depthLimit })

        var many = "Subject: mange\nContent-Type: multipart/mixed; boundary=\"x\"\n\n"
        for _ in 0..<20_000 { many += "--x\nContent-Type: text/plain\n\nd\n" }
        let parts = MessageParser().parse(Array((many + "--x--\n").utf8))
        #expect(parts.warnings.contains { $0.kind == .partLimit })

        let fields = MessageParser().parse(
            Array((String(repeating: "X-A: b\n", count: 8_000) + "Subject: s\n\ntekst\n").utf8))
        #expect(fields.header.fields.count == 5_000)
        #expect(fields.warnings.contains { $0.kind == .headerLimit && $0.detail.contains("3001 felt") })

        let huge = MessageParser().parse(
            Array(("Subject: stor\nX-Long: " + String(repeating: "a", count: 2 << 20) + "\nX-Next: b\n\ntekst\n").utf8))
        #expect(huge.subject == "stor")
        #expect(huge.warnings.contains { $0.kind == .headerLimit })
    }

    /// Inputs that once took quadratic time (found while writing the conformance code): each is read in one pass.
    /// The time limit only stops a regression from hanging the run; no timing is asserted.
    @Test(
        """
        Hostile header values are read in linear time: blank runs in parameters, a field of one-character folds, \
        unfinished encoded words
        """,
        .timeLimit(.minutes(1)))
    func linearHeaders() {
        let blanks = MessageParser().parse(
            Array(
                ("Content-Type: text/plain" + String(repeating: " ", count: 300_000) + "; name="
                    + String(repeating: " ", count: 300_000) + "x\n\nhei\n").utf8))
        #expect(blanks.root.mimeType == "text/plain")
        #expect(blanks.root.contentType["name"] == "x")

        let folds = MessageParser().parse(
            Array(("Subject: =?utf-8?q?" + String(repeating: "\n a", count: 200_000) + "\n\nhei\n").utf8))
        #expect(folds.subject?.hasPrefix("=?utf-8?q?") == true)
        #expect(folds.text == "hei")

        let words = MessageParser().parse(
            Array(("Subject: " + String(repeating: "=?a?q?x", count: 100_000) + "\n\nhei\n").utf8))
        #expect(words.subject?.count == 700_000)
        #expect(words.warnings.filter { $0.kind == .badEncodedWord }.count == 1)
    }

    @Test(
        "Without decoding bodies the header and structure are read, the attachment is not decoded, cut-offs still show")
    func structureOnly() {
        let whole = Array(
            ("From: a@b.no\nSubject: Svar\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
                + "Content-Type: text/plain\n\nJa.\n--b\nContent-Type: application/pdf; name=a.pdf\n"
                + "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b--\n").utf8)
        var parser = MessageParser()
        parser.decodesBodies = false
        let structure = parser.parse(whole)
        let full = MessageParser().parse(whole)
        #expect(structure.subject == "Svar")
        #expect(structure.root.children.count == 2)
        #expect(structure.root.children.allSatisfy { $0.decodedBody.isEmpty })
        #expect(full.attachments.first?.bytes == Array("%PDF-1.4\n".utf8))
        #expect(!structure.looksTruncated)
        let cut = Array(whole.prefix(whole.count - 8))
        #expect(parser.parse(cut).looksTruncated == MessageParser().parse(cut).looksTruncated)
        #expect(parser.parse(cut).looksTruncated)
    }
}

@Suite("Delivery status notifications")
struct DeliveryReportTests {
    @Test("A bounce names the failed recipient, the status, the server's words and the returned message")
    func bounce() throws {
        let text = """
            From: Mail Delivery System <MAILER-DAEMON@mx.example.no>
            To: postmottak@helsefellesskapet.no
            Subject: Undelivered Mail Returned to Sender
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b"

            --b
            Content-Type: text/plain

            This is the mail system. I'm sorry to have to inform you that your message could not be delivered.
            --b
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.no
            Arrival-Date: Mon, 22 Apr 2024 12:00:00 +0200

            Final-Recipient: rfc822; postmottak@gammel.kommune.no
            Original-Recipient: rfc822;postmottak@gammel.kommune.no
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 <postmottak@gammel.kommune.no>:
                Recipient address rejected: User unknown

            --b
            Content-Type: text/rfc822-headers

            From: postmottak@helsefellesskapet.no
            Subject: =?utf-8?q?H=C3=B8ring?=
            Message-ID: <hearing-24-04512-gammel@helsefellesskapet.no>

            --b--

            """
        let message = MessageParser().parse(Array(text.utf8))
        let report = try #require(DeliveryReport(message))
        #expect(report.reportingServer == "mx.example.no")
        #expect(report.recipients.count == 1)
        let recipient = try #require(report.recipients.first)
        #expect(recipient.address == "postmottak@gammel.kommune.no")
        #expect(recipient.failed && recipient.status == "5.1.1")
        #expect(
            recipient.diagnostic == "550 5.1.1 <postmottak@gammel.kommune.no>: Recipient address rejected: User unknown"
        )
        #expect(report.originalMessageID == "hearing-24-04512-gammel@helsefellesskapet.no")
    }

    @Test("set-of-emails' real bounces: every delivery-status part gives its recipients")
    func realBounces() throws {
        var reports = 0, withRecipients = 0, failed = 0, withOriginal = 0
        try MailboxReader().read(Fixtures.corpus("set-of-emails/maildir")) { raw in
            guard let report = DeliveryReport(MessageParser().parse(raw.bytes)) else { return }
            reports += 1
            if !report.recipients.isEmpty { withRecipients += 1 }
            if report.recipients.contains(where: \.failed) { failed += 1 }
            if report.originalMessageID != nil { withOriginal += 1 }
        }
        print(
            "set-of-emails: \(reports) delivery reports, \(withRecipients) with recipients, \(failed) with a failed "
                + "one, \(withOriginal) naming the returned message"
        )
        #expect(reports > 300)
        #expect(Double(withRecipients) / Double(reports) >= 0.95)
    }
}
