import Testing

@testable import Mail

@Suite("Address lists")
struct AddressParserTests {
    private func parse(_ text: String) -> [MailAddress] {
        var warnings: [MailWarning] = []
        return AddressParser.parse(Array(text.utf8)[...], warnings: &warnings)
    }

    @Test("A value that ends inside a comment or a quoted string, after a backslash, is read without a crash")
    func unfinishedEscapes() {
        #expect(parse("a@b.no (Kari \\") == [MailAddress(name: "Kari \\", address: "a@b.no")])
        #expect(parse("a@b.no (\\") == [MailAddress(name: "\\", address: "a@b.no")])
        #expect(parse("\"Kari \\").map(\.address) == [""])
    }

    @Test(
        "Display names, quoted strings, comments, groups and encoded names",
        arguments: [
            (
                "Siri Aune <siri.aune@malvik.kommune.no>",
                [MailAddress(name: "Siri Aune", address: "siri.aune@malvik.kommune.no")]
            ),
            (
                "\"Aune, Siri\" <siri@malvik.no>, ola@melhus.no",
                [
                    MailAddress(name: "Aune, Siri", address: "siri@malvik.no"),
                    MailAddress(name: nil, address: "ola@melhus.no"),
                ]
            ),
            ("ola@melhus.no (Ola Nordmann)", [MailAddress(name: "Ola Nordmann", address: "ola@melhus.no")]),
            (
                "=?utf-8?q?Fr=C3=B8ya_kommune?= <postmottak@froya.kommune.no>",
                [MailAddress(name: "Frøya kommune", address: "postmottak@froya.kommune.no")]
            ),
            (
                "Mottakere: a@b.no, c@d.no;",
                [MailAddress(name: nil, address: "a@b.no"), MailAddress(name: nil, address: "c@d.no")]
            ),
            ("undisclosed-recipients:;", []),
            ("<@relay.no:kari@x.no>", [MailAddress(name: nil, address: "kari@x.no")]),
            ("Kari Nordmann kari@x.no", [MailAddress(name: "Kari Nordmann", address: "kari@x.no")]),
        ])
    func parses(input: String, expected: [MailAddress]) {
        #expect(parse(input) == expected)
    }
}
