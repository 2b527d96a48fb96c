import Testing

@testable import Mail

@Suite("Header dates")
struct DateParserTests {
    @Test(
        "RFC 5322, obsolete and broken forms, with the zone kept",
        arguments: [
            ("Thu, 30 May 2024 10:00:00 +0200", "2024-05-30T10:00:00+02:00"),
            ("30 May 2024 10:00 +0200", "2024-05-30T10:00:00+02:00"),
            ("Thu, 30 May 24 08:00:00 GMT", "2024-05-30T08:00:00+00:00"),
            ("Thu, 30 May 2024 04:00:00 EDT", "2024-05-30T04:00:00-04:00"),
            ("Thu, 30 May 2024 10:00:00 +0200 (CEST)", "2024-05-30T10:00:00+02:00"),
            ("Thu May 30 10:00:00 2024", "2024-05-30T10:00:00+00:00"),
            ("2024-05-30T10:00:00+02:00", "2024-05-30T10:00:00+02:00"),
            ("Mon, 1 Jan 2024 00:00:00 -0000", "2024-01-01T00:00:00+00:00"),
            ("Sat, 29 Feb 2020 23:59:59 +0100", "2020-02-29T23:59:59+01:00"),
        ])
    func parses(input: String, expected: String) {
        #expect(MailDate.parse(input)?.iso8601 == expected)
    }

    @Test("The instant is the same whatever zone it was written in")
    func sameInstant() {
        #expect(
            MailDate.parse("Thu, 30 May 2024 10:00:00 +0200")?.secondsSince1970
                == MailDate.parse("Thu, 30 May 2024 08:00:00 +0000")?.secondsSince1970)
        #expect(MailDate.parse("Thu, 30 May 2024 08:00:00 +0000")?.secondsSince1970 == 1_717_056_000)
    }

    @Test("Text without a date gives nil")
    func garbage() {
        #expect(MailDate.parse("not a date at all") == nil)
    }

    /// Found by libFuzzer (the input is kept in Tests/FuzzTargetsTests/Regressions/FuzzHeaders/): an 18-digit year
    /// overflowed the day count and trapped.
    @Test(
        "Numbers too large to be a year or a zone give no date, never a crash",
        arguments: [
            "1 Jan 999999999999999999 10:00:00 +0000",
            "Thu, 30 May 2024 10:00:00 +999999999999999999",
            "30 13 2024 10:00",
            "31 Dec 10000 23:59:59 +0000",
        ])
    func outOfRange(input: String) {
        let date = MailDate.parse(input)
        #expect(date == nil || date.map { abs($0.utcOffsetSeconds) <= 99 * 3600 } == true)
    }
}
