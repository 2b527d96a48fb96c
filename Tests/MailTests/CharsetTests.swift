import Testing
@testable import Mail

@Suite("Charsets")
struct CharsetTests {
    @Test("Norwegian letters come out right in each charset", arguments: [
        ([0xE6, 0xF8, 0xE5] as [UInt8], "iso-8859-1", "æøå"),
        ([0xE6, 0xF8, 0xE5, 0xA4] as [UInt8], "ISO-8859-15", "æøå€"),
        ([0x93, 0xE6, 0x94, 0x80] as [UInt8], "windows-1252", "“æ”€"),
        ([0xC3, 0xA6, 0xC3, 0xB8, 0xC3, 0xA5] as [UInt8], "utf-8", "æøå"),
        ([0xE6, 0x00, 0xF8, 0x00] as [UInt8], "utf-16le", "æø"),
        ([0xFF, 0xFE, 0xE5, 0x00] as [UInt8], "utf-16", "å"),
        ([0xC3, 0xB8] as [UInt8], "us-ascii", "ø"),
    ])
    func decodes(bytes: [UInt8], label: String, expected: String) {
        #expect(Charset.decode(bytes[...], label: label) == expected)
    }

    @Test("Undeclared 8-bit text is read as UTF-8 when valid, else windows-1252, with a warning")
    func undeclared() {
        var warnings: [MailWarning] = []
        #expect(Charset.decode([0xC3, 0xB8][...], label: nil, warnings: &warnings) == "ø")
        #expect(Charset.decode([0xF8][...], label: nil, warnings: &warnings) == "ø")
        #expect(warnings.allSatisfy { $0.kind == .undeclared8Bit } && warnings.count == 2)
    }

    @Test("Text labelled UTF-8 that is not is repaired and reported")
    func invalidUTF8() {
        var warnings: [MailWarning] = []
        #expect(Charset.decode([0x66, 0xF8, 0x72][...], label: "utf-8", warnings: &warnings) == "før")
        #expect(warnings.map(\.kind) == [.invalidCharsetData])
    }

    @Test("An unknown charset label is reported")
    func unknown() {
        var warnings: [MailWarning] = []
        #expect(Charset.decode([0x61][...], label: "x-mystery", warnings: &warnings) == "a")
        #expect(warnings.map(\.kind) == [.unknownCharset])
    }
}
