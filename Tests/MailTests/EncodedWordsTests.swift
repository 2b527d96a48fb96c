import Testing

@testable import Mail

@Suite("RFC 2047 encoded words")
struct EncodedWordsTests {
    @Test(
        "Decodes B and Q words, joins adjacent words, keeps literal text",
        arguments: [
            ("=?utf-8?b?SMO4cmluZ3NzdmFy?=", "Høringssvar"),
            ("=?iso-8859-1?q?H=F8ring_FSU?=", "Høring FSU"),
            ("Re: =?utf-8?q?h=C3=B8ring?= om FSU", "Re: høring om FSU"),
            ("=?utf-8?q?Malvik?= =?utf-8?q?_kommune?=", "Malvik kommune"),
            ("=?UTF-8?B?w6bDuA==?=\r\n =?UTF-8?B?w6U=?=", "æøå"),
            ("=?utf-8*no?q?Fr=C3=B8ya?=", "Frøya"),
            ("=?windows-1252?q?=93sitat=94?=", "“sitat”"),
            ("plain text", "plain text"),
            ("=?utf-8?q?unterminated", "=?utf-8?q?unterminated"),
        ])
    func decodes(input: String, expected: String) {
        let field = HeaderField(name: "Subject", rawValue: Array(input.utf8)[...])
        #expect(field.decodedValue == expected)
    }

    @Test("A multi-byte character split across two words comes out whole")
    func splitCharacter() {
        // "ø" is C3 B8 in UTF-8; each word carries one byte.
        #expect(EncodedWords.decode(Array("=?utf-8?q?=C3?= =?utf-8?q?=B8?=".utf8)[...]) == "ø")
    }

    @Test("An unknown charset is recorded and the text still decoded")
    func unknownCharset() {
        var warnings: [MailWarning] = []
        let text = EncodedWords.decode(Array("=?x-unknown?q?abc?=".utf8)[...], warnings: &warnings)
        #expect(text == "abc")
    }
}
