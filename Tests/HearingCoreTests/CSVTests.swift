import Testing

@testable import HearingCore

@Suite("CSV")
struct CSVTests {
    @Test("Quoted fields with separators, doubled quotes and line breaks; BOM and CRLF")
    func parses() throws {
        let text =
            "\u{FEFF}id,name\r\nfagrad,\"Fagråd læring, mestring\"\r\nsitat,\"Han sa "
            + "\"\"ja\"\"\"\r\nlinje,\"to\nlinjer\"\r\n\r\n"
        let rows = try CSV.parse(text).get()
        #expect(
            rows == [
                ["id", "name"], ["fagrad", "Fagråd læring, mestring"], ["sitat", "Han sa \"ja\""],
                ["linje", "to\nlinjer"],
            ])
    }

    @Test("An unterminated quote names the line it starts on")
    func unterminated() {
        guard case .failure(let error) = CSV.parse("id,name\na,b\nc,\"open\nd,e\n") else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.line == 3)
    }

    @Test("Rows written are read back the same", arguments: [["a", "b,c", "d\"e", "f\ng", ""]])
    func roundTrip(fields: [String]) throws {
        #expect(try CSV.parse(CSV.row(fields) + "\n").get() == [fields])
    }
}
