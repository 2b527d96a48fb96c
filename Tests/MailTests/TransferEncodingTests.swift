import Foundation
import Testing

@testable import Mail

@Suite("Transfer encodings")
struct TransferEncodingTests {
    private let encoders = "MimeKit/UnitTests/TestData/encoders/"

    @Test("Quoted-printable decodes MimeKit's Wikipedia sample to its text")
    func quotedPrintableCorpus() {
        var warnings: [MailWarning] = []
        let decoded = QuotedPrintable.decode(
            Fixtures.bytes(Fixtures.corpus(encoders + "wikipedia.qp"))[...], warnings: &warnings)
        let expected = Fixtures.bytes(Fixtures.corpus(encoders + "wikipedia.txt"))
        #expect(!expected.isEmpty)
        #expect(
            String(decoding: decoded, as: UTF8.self).replacingCRLF()
                == String(decoding: expected, as: UTF8.self).replacingCRLF())
    }

    @Test("Base64 decodes MimeKit's photo sample byte for byte")
    func base64Corpus() {
        var warnings: [MailWarning] = []
        let decoded = Base64.decode(Fixtures.bytes(Fixtures.corpus(encoders + "photo.b64"))[...], warnings: &warnings)
        let expected = Fixtures.bytes(Fixtures.corpus(encoders + "photo.jpg"))
        #expect(!expected.isEmpty)
        #expect(decoded == expected)
        #expect(warnings.isEmpty)
    }

    @Test(
        "Base64 survives missing padding, line breaks and garbage, and says so",
        arguments: [
            ("SMO4cmluZw==", "Høring", false),
            ("SMO4cmluZw", "Høring", false),
            ("SMO4\r\ncmlu\r\nZw==", "Høring", false),
            ("SMO4*cmluZw==", "Høring", true),
        ])
    func base64Tolerance(input: String, expected: String, warns: Bool) {
        var warnings: [MailWarning] = []
        let decoded = Base64.decode(Array(input.utf8)[...], warnings: &warnings)
        #expect(String(decoding: decoded, as: UTF8.self) == expected)
        #expect(!warnings.isEmpty == warns)
    }

    @Test("Base64 encoding round-trips through decoding", arguments: [0, 1, 2, 3, 57, 58, 1000])
    func base64RoundTrip(length: Int) {
        let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        var warnings: [MailWarning] = []
        #expect(Base64.decode(Base64.encode(bytes)[...], warnings: &warnings) == bytes)
    }

    @Test(
        "Quoted-printable soft breaks, hex escapes, and a stray equals sign",
        arguments: [
            ("H=C3=B8ring=\r\nssvar", "Høringssvar", false),
            ("linje =  \nfortsetter", "linje fortsetter", false),
            ("5 =3D 5", "5 = 5", false),
            ("pris = 5 kr", "pris = 5 kr", true),
        ])
    func quotedPrintable(input: String, expected: String, warns: Bool) {
        var warnings: [MailWarning] = []
        #expect(
            String(decoding: QuotedPrintable.decode(Array(input.utf8)[...], warnings: &warnings), as: UTF8.self)
                == expected)
        #expect(!warnings.isEmpty == warns)
    }
}

@Suite("uuencode")
struct UUEncodingTests {
    private static let encoders = "MimeKit/UnitTests/TestData/encoders/"

    @Test("MimeKit's uuencoded photo decodes to its JPEG, byte for byte")
    func mimeKitPhoto() {
        var warnings: [MailWarning] = []
        let decoded = UUEncoding.decode(
            Fixtures.bytes(Fixtures.corpus(Self.encoders + "photo.uu"))[...], warnings: &warnings)
        let expected = Fixtures.bytes(Fixtures.corpus(Self.encoders + "photo.jpg"))
        #expect(!expected.isEmpty)
        #expect(decoded.count == expected.count)
        #expect(decoded == expected)
        #expect(warnings.isEmpty)
    }

    @Test("A part with Content-Transfer-Encoding x-uuencode is decoded")
    func transferEncoding() {
        let uu = String(decoding: Fixtures.bytes(Fixtures.corpus(Self.encoders + "photo.uu")), as: UTF8.self)
        let message = MessageParser().parse(
            Array(
                ("From: a@b.no\nSubject: bilde\nMIME-Version: 1.0\nContent-Type: multipart/mixed; "
                    + "boundary=x\n\n--x\nContent-Type: text/plain\n\nSe vedlegg.\n--x\nContent-Type: image/jpeg; "
                    + "name=photo.jpg\nContent-Transfer-Encoding: x-uuencode\n\n\(uu)\n--x--\n")
                    .utf8))
        #expect(message.text == "Se vedlegg.")
        #expect(message.attachments.map(\.filename) == ["photo.jpg"])
        #expect(message.attachments.first?.bytes == Fixtures.bytes(Fixtures.corpus(Self.encoders + "photo.jpg")))
    }

    @Test("A uuencoded file pasted into plain text becomes an attachment and leaves the text")
    func inlineBlock() {
        let uu = String(decoding: Fixtures.bytes(Fixtures.corpus(Self.encoders + "photo.uu")), as: UTF8.self)
            .replacingOccurrences(of: "begin 644 photo.jpg", with: "begin 644 høringssvar.pdf")
        let message = MessageParser().parse(
            Array("From: a@b.no\nSubject: svar\n\nHei,\nvedlagt er svaret.\n\n\(uu)\nHilsen Frøya\n".utf8))
        #expect(message.text == "Hei,\nvedlagt er svaret.\n\nHilsen Frøya")
        #expect(message.attachments.map(\.filename) == ["høringssvar.pdf"])
        #expect(message.attachments.first?.contentType == "application/pdf")
        #expect(message.attachments.first?.bytes.count == 130292)
    }

    @Test("Fifty thousand begin lines without an end are text, read in one pass", .timeLimit(.minutes(1)))
    func manyBeginsWithoutEnd() {
        let message = MessageParser().parse(
            Array(("From: a@b.no\n\n" + String(repeating: "begin 644 a\nM\n", count: 50_000) + "hei\n").utf8))
        #expect(message.attachments.isEmpty)
        #expect(message.text.hasSuffix("M\nhei"))
    }

    @Test("Text that only looks like a begin line stays text")
    func notABlock() {
        let message = MessageParser().parse(Array("From: a@b.no\n\nbegin 644 is not a file here\nno end line\n".utf8))
        #expect(message.attachments.isEmpty)
        #expect(message.text == "begin 644 is not a file here\nno end line")
    }
}
