import Testing

@testable import HearingCore

@Suite("Oslo time and deadlines")
struct OsloTimeTests {
    @Test(
        "A deadline day ends at midnight Oslo time, summer and winter",
        arguments: [
            ("2024-06-01", Int64(1_717_279_200)),  // 2024-06-01T22:00:00Z (CEST)
            ("2024-01-15", Int64(1_705_359_600)),  // 2024-01-15T23:00:00Z (CET)
            ("2024-03-30", Int64(1_711_839_600)),  // the night clocks go forward: 2024-03-30T23:00:00Z
            ("2024-10-27", Int64(1_730_070_000)),  // the day clocks go back: 2024-10-27T23:00:00Z
        ])
    func endOfDay(day: String, expected: Int64) throws {
        #expect(OsloTime.endOfDay(try #require(CalendarDay(parsing: day))) == expected)
    }

    @Test("The offset changes at 01:00 UTC on the last Sundays of March and October")
    func transitions() {
        #expect(OsloTime.offset(atSecondsSince1970: 1_711_846_799) == 3600)  // 2024-03-31T00:59:59Z
        #expect(OsloTime.offset(atSecondsSince1970: 1_711_846_800) == 7200)  // 2024-03-31T01:00:00Z
        #expect(OsloTime.offset(atSecondsSince1970: 1_729_990_799) == 7200)  // 2024-10-27T00:59:59Z
        #expect(OsloTime.offset(atSecondsSince1970: 1_729_990_800) == 3600)
    }

    @Test(
        "Norwegian and ISO dates are read, impossible ones refused",
        arguments: [
            ("01.06.24", "2024-06-01"), ("1.6.2024", "2024-06-01"), ("2024-06-01", "2024-06-01"),
            ("29.02.2024", "2024-02-29"),
        ])
    func parsing(text: String, expected: String) {
        #expect(CalendarDay(parsing: text)?.description == expected)
    }

    @Test(
        "Dates that do not exist are refused",
        arguments: ["31.06.2024", "29.02.2023", "2024-13-01", "i morgen", "01.01.999999999999999999"])
    func invalid(text: String) {
        #expect(CalendarDay(parsing: text) == nil)
    }

    /// The same overflow libFuzzer found in the mail date parser, reached through a forwarded header's written date.
    @Test("A forwarded header with an impossible year is no date, never a crash")
    func writtenDateOverflow() {
        #expect(WrittenDate.parse("fredag 31. mai 999999999999999999 13:37") == nil)
        #expect(WrittenDate.parse("31.05.999999999999999999 13:37") == nil)
        #expect(WrittenDate.parse("fredag 31. mai 2024 13:37")?.iso8601 == "2024-05-31T13:37:00+02:00")
    }
}
