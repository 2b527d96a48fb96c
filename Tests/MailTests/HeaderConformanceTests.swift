import Foundation
import Testing
@testable import Mail

/// Header-field conformance against Stalwart mail-parser's cases (../shared/corpora/mail-parser/resources/*.json):
/// each suite's pass rate is printed, every miss listed, and the rate may not fall below what it is today.
@Suite("Header fields against Stalwart's cases")
struct HeaderConformanceTests {
    private static func cases(_ name: String) throws -> [(header: String, expected: Any)] {
        let data = try Data(contentsOf: Fixtures.corpora.appendingPathComponent("mail-parser/resources/\(name).json"))
        let list = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return list.map { ($0["header"] as? String ?? "", $0["expected"] ?? NSNull()) }
    }

    /// A header value as a field would hold it: folding kept, ending where a line starts with something other than
    /// white space (some cases run on into the next field).
    private static func field(_ value: String) -> HeaderField {
        let bytes = Array(value.utf8)
        var end = bytes.count
        for index in bytes.indices where (bytes[index] == 0x0A) && index + 1 < bytes.count && bytes[index + 1] != 0x20 && bytes[index + 1] != 0x09 {
            end = index
            break
        }
        return HeaderField(name: "X", rawValue: bytes[..<end])
    }

    private static func report(_ suite: String, _ results: [(String, Bool)]) -> Double {
        let passed = results.filter(\.1).count
        print("Stalwart \(suite): \(passed)/\(results.count) (\(String(format: "%.1f", 100 * Double(passed) / Double(max(results.count, 1))))%)")
        for (header, ok) in results where !ok { print("  miss: \(header.debugDescription)") }
        return Double(passed) / Double(max(results.count, 1))
    }

    @Test("Addresses: display names, quoted strings, comments, groups, encoded words")
    func addresses() throws {
        var results: [(String, Bool)] = []
        var sameNames = 0
        for (header, expected) in try Self.cases("address") {
            let object = expected as? [String: Any] ?? [:]
            var wanted: [[String: Any]] = object["List"] as? [[String: Any]] ?? []
            for group in object["Group"] as? [[String: Any]] ?? [] { wanted += group["addresses"] as? [[String: Any]] ?? [] }
            var warnings: [MailWarning] = []
            let found = AddressParser.parse(Self.field(header).unfoldedValue, warnings: &warnings)
            let same = found.map(\.address) == wanted.map { $0["address"] as? String ?? "" }
            results.append((header, same))
            if same {
                let names = zip(found, wanted).allSatisfy { address, want in
                    (address.name.flatMap { $0.isEmpty ? nil : $0 }) == (want["name"] as? String).flatMap { $0.isEmpty ? nil : $0 }
                }
                if names { sameNames += 1 }
            }
        }
        // Names are compared apart: Stalwart folds comments into them ("Pete (A nice ) chap his account his host)").
        print("Stalwart address: display names equal in \(sameNames) of the cases whose addresses agree")
        #expect(Self.report("address", results) >= 0.90)
    }

    @Test("Content-Type: type, subtype and parameters (RFC 2231 continuations and charsets)")
    func contentTypes() throws {
        var results: [(String, Bool)] = []
        for (header, expected) in try Self.cases("content_type") {
            let parsed = MIMEParameters(Self.field(header).unfoldedValue)
            guard let object = expected as? [String: Any] else {
                results.append((header, parsed.value.isEmpty))
                continue
            }
            let type = ((object["c_type"] as? String ?? "") + ((object["c_subtype"] as? String).map { "/" + $0 } ?? "")).lowercased()
            var same = parsed.value == type
            // "title-language" and the like are Stalwart's way of exposing RFC 2231 languages; not parameters.
            for pair in object["attributes"] as? [[String]] ?? [] where pair.count == 2 && !pair[0].hasSuffix("-language") && !pair[0].hasSuffix("-charset") {
                same = same && parsed[pair[0].lowercased()] == pair[1]
            }
            results.append((header, same))
        }
        #expect(Self.report("content_type", results) >= 0.76)
    }

    @Test("Dates: RFC 5322 and obsolete forms, zones kept; impossible dates refused")
    func dates() throws {
        var results: [(String, Bool)] = []
        for (header, expected) in try Self.cases("date") {
            var warnings: [MailWarning] = []
            let date = DateParser.parse(Self.field(header).unfoldedValue, warnings: &warnings)
            guard let want = expected as? [String: Any] else {
                results.append((header, date == nil))
                continue
            }
            guard let date else { results.append((header, false)); continue }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(secondsFromGMT: 0)!
            let local = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                                from: Date(timeIntervalSince1970: TimeInterval(date.secondsSince1970 + Int64(date.utcOffsetSeconds))))
            let sign = (want["tz_before_gmt"] as? Bool ?? false) ? -1 : 1
            let offset = sign * ((want["tz_hour"] as? Int ?? 0) * 3600 + (want["tz_minute"] as? Int ?? 0) * 60)
            let same = local.year == want["year"] as? Int && local.month == want["month"] as? Int && local.day == want["day"] as? Int
                && local.hour == want["hour"] as? Int && local.minute == want["minute"] as? Int && local.second == want["second"] as? Int
                && date.utcOffsetSeconds == offset
            results.append((header, same))
        }
        #expect(Self.report("date", results) >= 0.92)
    }

    @Test("Message-IDs and unstructured text (folding, encoded words, adjacent words joined)")
    func idsAndText() throws {
        var ids: [(String, Bool)] = []
        for (header, expected) in try Self.cases("id") {
            ids.append((header, MessageParser.messageIDs(Self.field(header).unfoldedValue) == (expected as? [String] ?? [])))
        }
        var texts: [(String, Bool)] = []
        for (header, expected) in try Self.cases("unstructured") {
            texts.append((header, Self.field(header).decodedValue == (expected as? String ?? "")))
        }
        #expect(Self.report("id", ids) >= 0.90)
        #expect(Self.report("unstructured", texts) >= 0.86)
    }

    @Test("Comments around a type and after a value are dropped; a file name keeps its parentheses; folds read as one space, or none inside an encoded word")
    func commentsAndFolding() {
        let type = MIMEParameters(Array("(hei) text (plain) / plain; charset=us-ascii (Plain text); name=\"svar (2).pdf\"; x=svar (2).pdf".utf8)[...])
        #expect(type.value == "text/plain")
        #expect(type["charset"] == "us-ascii")
        #expect(type["name"] == "svar (2).pdf")
        #expect(type["x"] == "svar (2).pdf")
        #expect(Self.field(" Fwd: \n\tHøring \n FSU\r\n").decodedValue == "Fwd: Høring FSU")
        // A mailer that folded inside an encoded word.
        #expect(Self.field("=?utf-8?Q?H=C3=B8ring\r\n _FSU?=\r\n").decodedValue == "Høring FSU")
    }
}
