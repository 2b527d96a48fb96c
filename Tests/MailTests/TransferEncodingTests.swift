import Foundation
import Testing
@testable import Mail

@Suite("Transfer encodings")
struct TransferEncodingTests {
    private let encoders = "MimeKit/UnitTests/TestData/encoders/"

    @Test("Quoted-printable decodes MimeKit's Wikipedia sample to its text")
    func quotedPrintableCorpus() {
        var warnings: [MailWarning] = []
        let decoded = QuotedPrintable.decode(Fixtures.bytes(Fixtures.corpus(encoders + "wikipedia.qp"))[...], warnings: &warnings)
        let expected = Fixtures.bytes(Fixtures.corpus(encoders + "wikipedia.txt"))
        #expect(!expected.isEmpty)
        #expect(String(decoding: decoded, as: UTF8.self).replacingCRLF() == String(decoding: expected, as: UTF8.self).replacingCRLF())
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

    @Test("Base64 survives missing padding, line breaks and garbage, and says so", arguments: [
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

    @Test("Quoted-printable soft breaks, hex escapes, and a stray equals sign", arguments: [
        ("H=C3=B8ring=\r\nssvar", "Høringssvar", false),
        ("linje =  \nfortsetter", "linje fortsetter", false),
        ("5 =3D 5", "5 = 5", false),
        ("pris = 5 kr", "pris = 5 kr", true),
    ])
    func quotedPrintable(input: String, expected: String, warns: Bool) {
        var warnings: [MailWarning] = []
        #expect(String(decoding: QuotedPrintable.decode(Array(input.utf8)[...], warnings: &warnings), as: UTF8.self) == expected)
        #expect(!warnings.isEmpty == warns)
    }
}
