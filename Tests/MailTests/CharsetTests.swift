import Testing

@testable import Mail

@Suite("Charsets")
struct CharsetTests {
    @Test(
        "Norwegian letters come out right in each charset",
        arguments: [
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

    @Test(
        "Charsets beyond the built-in ones come from iconv",
        arguments: [
            ("koi8-r", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4] as [UInt8], "Привет"),
            ("ISO-8859-6", [0xE5, 0xD1, 0xCD, 0xC8, 0xC7], "مرحبا"),
            ("iso-8859-2", [0xB1, 0xE6], "ąć"),
            ("windows-1251", [0xCF, 0xF0, 0xE8], "При"),
            ("euc-jp", [0xC6, 0xFC, 0xCB, 0xDC], "日本"),
            // ISO-2022-JP and UTF-7 write their text with ASCII bytes: never taken as ASCII.
            ("iso-2022-jp", Array("\u{1B}$BF|K\\\u{1B}(B".utf8), "日本"),
            ("unicode-1-1-utf-7", Array("H+APg-ring".utf8), "Høring"),
            ("uft-8", [0x48, 0xC3, 0xB8], "Hø"),
        ])
    func iconvCharsets(label: String, bytes: [UInt8], expected: String) {
        var warnings: [MailWarning] = []
        #expect(Charset.decode(bytes[...], label: label, warnings: &warnings) == expected)
        #expect(warnings.isEmpty)
    }

    @Test("Bytes that are invalid in an iconv charset become U+FFFD, with a warning")
    func iconvRepair() {
        var warnings: [MailWarning] = []
        #expect(
            Charset.decode([0x41, 0xFF, 0xFF, 0x42][...], label: "euc-jp", warnings: &warnings).hasPrefix("A\u{FFFD}"))
        #expect(warnings.map(\.kind) == [.invalidCharsetData])
    }
}
