import Foundation
import Testing

@testable import Mail

/// Whole-message conformance against Stalwart mail-parser's dumps of its own test messages
/// (../shared/corpora/mail-parser/resources/eml/{rfc,malformed,thirdparty}/NNN.json, and NNN.crlf.json for the same
/// message with CRLF line ends): subject, first From, To, Date, the text body and the attachment names. Each field's
/// agreement is printed, every disagreement listed, and the rates may not fall below today's.
@Suite("Whole messages against other parsers' expectations")
struct MessageConformanceTests {
    /// One compared message: which fields agree.
    struct Outcome {
        var name: String
        var fields: [String: Bool]
        var details: [String]
    }

    static let folders = ["rfc", "malformed", "thirdparty"]

    private static let prefixBoundary =
        "Stalwart takes a line that merely starts with --boundary (\"--ab\" for boundary \"a\") as a delimiter; RFC "
        + "2046 §5.1.1 lets only blanks or \"--\" follow the boundary"
    private static let unclosedInner =
        "an outer boundary ends an inner multipart that was never closed (RFC 2046 nesting); Stalwart reads the outer "
        + "delimiter and all after it as the inner part's text"

    /// Disagreements we judge Stalwart wrong on, or where our reading serves a reader better, by "folder/file field"
    /// and with the reason. They count in the raw rate; the 95% bar applies to the rest. Both the LF and the CRLF
    /// variant of a file are covered by one entry.
    static let judged: [String: String] = [
        "malformed/001.eml text": prefixBoundary,
        "malformed/004.eml text": prefixBoundary,
        "malformed/008.eml text": prefixBoundary + "; the text/html part after it is inline text too",
        "malformed/016.eml text": prefixBoundary,
        "malformed/009.eml text": unclosedInner,
        "malformed/011.eml text": unclosedInner,
        "thirdparty/015.eml attachments": unclosedInner + " (two attached messages vanish there)",
        "malformed/002.eml text":
            "a multipart whose boundary never occurs: its body is the only text there is; Stalwart files it as an "
            + "attachment",
        "malformed/003.eml text":
            "the only text part of the message, inside a multipart that reuses its parent's boundary; Stalwart files "
            + "it as an attachment",
        "malformed/006.eml text":
            "the only text part of the message (inside an unclosed inner multipart); Stalwart files it as an "
            + "attachment",
        "malformed/005.eml text":
            "boundaries \"a--\" and \"a----\": the line \"--a----\" is the outer part's closing delimiter by RFC "
            + "2046; Stalwart gives the inner one priority. Ambiguous input; we follow the RFC",
        "malformed/017.eml attachments":
            "\"Content-Disposition: ; filename=...\" still names the file; Stalwart drops the name with the empty "
            + "disposition type",
        "malformed/019.eml text":
            "a message damaged by a fuzzer (header lines cut and repeated, boundary written in two cases); we show "
            + "the text, Stalwart shows none",
        "malformed/020.eml text":
            "two Content-Type fields in one part: the first counts (as in Python's email and most mail programs); "
            + "Stalwart takes the last and shows raw MIME as text",
        "malformed/021.eml text":
            "two Content-Type fields in one part: the first counts; Stalwart takes the last and shows raw MIME as text",
        "thirdparty/000.eml text":
            "multipart/alternative holds the same text in alternative forms; RFC 2046 §5.1.4 prefers the last, "
            + "Stalwart lists all",
        "thirdparty/001.eml text":
            "multipart/alternative: RFC 2046 §5.1.4 prefers the last alternative; Stalwart lists all, one of them "
            + "undecoded base64",
        "thirdparty/002.eml text":
            "a base64 part of pure garbage (\"?garbage\"): both replace what cannot be read, in different ways",
        "thirdparty/005.eml text":
            "\"invalid--1--\": a delimiter must begin a line (RFC 2046 §5.1.1), so \"--1--\" is text; Stalwart cuts "
            + "it off",
    ]

    /// The judged reason for a field of an outcome, if any.
    static func judgement(_ outcome: Outcome, _ field: String) -> String? {
        judged[outcome.name.replacingOccurrences(of: " (CRLF)", with: "") + " " + field]
    }

    static func messages() -> [(eml: String, json: String, crlf: Bool)] {
        var list: [(String, String, Bool)] = []
        for folder in folders {
            for eml in Fixtures.files(in: "mail-parser/resources/eml/\(folder)", ext: "eml") {
                let base = String(eml.dropLast(4))
                list.append((eml, base + ".json", false))
                if FileManager.default.fileExists(atPath: base + ".crlf.json") {
                    list.append((eml, base + ".crlf.json", true))
                }
            }
        }
        return list
    }

    /// The bytes with every bare LF turned into CRLF, as Stalwart made its `.crlf` variants.
    static func crlf(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 20)
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == ASCII.lf, previous != ASCII.cr { output.append(ASCII.cr) }
            output.append(byte)
            previous = byte
        }
        return output
    }

    /// White space runs as one space, trimmed: line-end style and wrapping do not count.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func header(_ part: [String: Any], _ name: String) -> Any? {
        (part["headers"] as? [[String: Any]] ?? []).first { $0["name"] as? String == name }?["value"]
    }

    static func addresses(_ value: Any?) -> [(name: String?, address: String?)] {
        guard let address = (value as? [String: Any])?["Address"] as? [String: Any] else { return [] }
        var list = address["List"] as? [[String: Any]] ?? []
        for group in address["Group"] as? [[String: Any]] ?? [] { list += group["addresses"] as? [[String: Any]] ?? [] }
        return list.map { ($0["name"] as? String, $0["address"] as? String) }
    }

    /// The name Stalwart gives a part: Content-Disposition's filename, else Content-Type's name.
    static func partName(_ part: [String: Any]) -> String? {
        for (field, parameter) in [("content_disposition", "filename"), ("content_type", "name")] {
            let value = header(part, field) as? [String: Any]
            let attributes = (value?["ContentType"] as? [String: Any])?["attributes"] as? [[String: Any]] ?? []
            if let value = attributes.first(where: { $0["name"] as? String == parameter })?["value"] as? String {
                return value
            }
        }
        return nil
    }

    static func compare(eml: String, json: String, crlf: Bool) throws -> Outcome {
        var bytes = Fixtures.bytes(eml)
        if crlf { bytes = Self.crlf(bytes) }
        let message = MessageParser().parse(bytes)
        let dump = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [String: Any])
        let parts = dump["parts"] as? [[String: Any]] ?? []
        let root = parts.first ?? [:]
        var fields: [String: Bool] = [:]
        var details: [String] = []
        func record(_ field: String, _ same: Bool, _ ours: Any, _ theirs: Any) {
            fields[field] = same
            if !same {
                details.append(
                    "\(field): ours \(String(describing: ours).debugDescription), Stalwart "
                        + "\(String(describing: theirs).debugDescription)"
                )
            }
        }

        let subject = (header(root, "subject") as? [String: Any])?["Text"] as? String
        record(
            "subject", message.subject.map(collapsed) == subject.map(collapsed), message.subject as Any, subject as Any)

        let from = addresses(header(root, "from")).first
        // A name without an address ("From: Whomever") is an empty address here, no address there.
        let ourFromAddress = message.from.flatMap { $0.address.isEmpty ? nil : $0.address.lowercased() }
        let sameFrom =
            ourFromAddress == from?.address?.lowercased()
            && (message.from?.name ?? "") == (from?.name ?? "")
            || (message.from == nil && from?.address == nil)
        record("from", sameFrom, message.from as Any, from as Any)

        let to = addresses(header(root, "to")).compactMap(\.address).map { $0.lowercased() }
        let ourTo = message.to.map { $0.address.lowercased() }.filter { !$0.isEmpty }
        record("to", ourTo == to, ourTo, to)

        let date = (header(root, "date") as? [String: Any])?["DateTime"] as? [String: Any]
        var sameDate = date == nil && message.date == nil
        if let date, let ours = message.date {
            let (year, month, day, hour, minute, second) = CivilTime.components(
                ours.secondsSince1970 + Int64(ours.utcOffsetSeconds))
            let offset =
                ((date["tz_before_gmt"] as? Bool ?? false) ? -1 : 1)
                * ((date["tz_hour"] as? Int ?? 0) * 3600 + (date["tz_minute"] as? Int ?? 0) * 60)
            sameDate =
                [year, month, day, hour, minute, second]
                == ["year", "month", "day", "hour", "minute", "second"].map { date[$0] as? Int ?? -1 }
                && ours.utcOffsetSeconds == offset
        }
        record("date", sameDate, message.date?.iso8601 as Any, date as Any)

        // The text body: Stalwart's text_body parts, HTML ones turned into text by the same converter, so that what is
        // compared is which parts are chosen and how they are decoded.
        var theirText: [String] = []
        for index in dump["text_body"] as? [Int] ?? [] where index < parts.count {
            guard let body = parts[index]["body"] as? [String: Any] else { continue }
            if let text = body["Text"] as? String {
                theirText.append(text)
            } else if let html = body["Html"] as? String {
                theirText.append(HTMLText.text(from: html))
            }
        }
        record(
            "text", collapsed(message.text) == collapsed(theirText.joined(separator: "\n\n")),
            String(collapsed(message.text).prefix(160)), String(collapsed(theirText.joined(separator: " ")).prefix(160))
        )

        let theirNames = (dump["attachments"] as? [Int] ?? []).compactMap {
            $0 < parts.count ? partName(parts[$0]) : nil
        }.sorted()
        let ourNames = message.attachments.map(\.filename).filter { !$0.hasPrefix("vedlegg-") }.sorted()
        record("attachments", ourNames == theirNames, ourNames, theirNames)
        let folder = ((eml as NSString).deletingLastPathComponent as NSString).lastPathComponent
        return Outcome(
            name: folder + "/" + (eml as NSString).lastPathComponent + (crlf ? " (CRLF)" : ""), fields: fields,
            details: details)
    }

    @Test("Subject, From, To, Date, text body and attachment names agree with Stalwart's dumps")
    func stalwartDumps() throws {
        let outcomes = try Self.messages().map { try Self.compare(eml: $0.eml, json: $0.json, crlf: $0.crlf) }
        try #require(outcomes.count >= 100)
        var rates: [String: Double] = [:]
        for field in ["subject", "from", "to", "date", "text", "attachments"] {
            let agreed = outcomes.filter { $0.fields[field] == true }.count
            let counted = outcomes.filter { Self.judgement($0, field) == nil }
            let countedAgreed = counted.filter { $0.fields[field] == true }.count
            rates[field] = Double(countedAgreed) / Double(counted.count)
            print(
                "Stalwart eml \(field): \(Fixtures.share(agreed, of: outcomes.count)); "
                    + "without the \(outcomes.count - counted.count) judged \(countedAgreed)/\(counted.count) "
                    + "(\(Fixtures.percent(rates[field]!)))"
            )
        }
        let whole = outcomes.filter { $0.fields.values.allSatisfy { $0 } }.count
        print(
            "Stalwart eml, every field: \(Fixtures.share(whole, of: outcomes.count))"
        )
        for outcome in outcomes {
            for (field, same) in outcome.fields.sorted(by: { $0.key < $1.key }) where !same {
                let detail = outcome.details.first { $0.hasPrefix(field + ":") } ?? field
                if let reason = Self.judgement(outcome, field) {
                    print("  judged \(outcome.name) \(field): \(reason)")
                } else {
                    print("  miss \(outcome.name) \(detail)")
                }
            }
        }
        for (field, rate) in rates { #expect(rate >= 0.95, "\(field)") }
    }

    /// One message written as MimeKit's `*-summary.txt` writes it: envelope, From, To, Subject, Date, and the
    /// Content-Type tree (three spaces per level, a message/rfc822 part's message one level below it).
    static func mimeKitSummary(_ raw: RawMessage) -> [String: String] {
        let message = MessageParser().parse(raw.bytes)
        func address(_ value: MailAddress) -> String {
            value.name.map { "\"\($0)\" <\(value.address)>" } ?? value.address
        }
        var tree: [String] = []
        func walk(_ part: MessagePart, depth: Int) {
            tree.append(String(repeating: "   ", count: depth) + "Content-Type: " + part.mimeType)
            for child in part.children { walk(child, depth: depth + 1) }
            if let inner = part.encapsulated { walk(inner.message.root, depth: depth + 1) }
        }
        walk(message.root, depth: 0)
        var fields = ["envelope": raw.envelope ?? "", "tree": tree.joined(separator: "\n")]
        fields["from"] = message.from.map(address) ?? ""
        fields["to"] = message.to.filter { !$0.address.isEmpty }.map(address).joined(separator: ", ")
        fields["subject"] = message.subject ?? ""
        fields["date"] = message.date?.rfc5322 ?? ""
        return fields
    }

    /// The messages of a MimeKit summary file, each as the same fields.
    static func parseSummary(_ text: String) -> [[String: String]] {
        var messages: [[String: String]] = []
        for block in text.components(separatedBy: "\n\n") where block.hasPrefix("From ") {
            var fields = ["from": "", "to": "", "subject": "", "date": ""]
            var tree: [String] = []
            for (number, line) in block.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if number == 0 {
                    fields["envelope"] = String(line)
                } else if line.trimmingCharacters(in: .whitespaces).hasPrefix("Content-Type: ") {
                    tree.append(String(line))
                } else if let colon = line.firstIndex(of: ":") {
                    let valueStart = line.index(colon, offsetBy: 2, limitedBy: line.endIndex) ?? line.endIndex
                    fields[line[..<colon].lowercased()] = String(line[valueStart...])
                }
            }
            fields["tree"] = tree.joined(separator: "\n")
            messages.append(fields)
        }
        return messages
    }

    /// MimeKit summary lines we judge otherwise, by "file #index field", with the reason.
    static let judgedMimeKit: [String: String] = [
        "content-length #6 from":
            "\"develop!nextmime@ebony@sblab.att.com\" has two at signs; we keep it whole rather than cut it at the "
            + "second",
        "content-length #22 date":
            "\"cst\" is RFC 822's Central Standard Time, -0600; MimeKit does not know the lowercase name and writes "
            + "+0000",
        "content-length #27 to":
            "\"unlisted-recipients:;\" is a group without members: no recipient; MimeKit writes the empty group",
    ]

    @Test("MimeKit's mbox files: envelope, From, To, Subject, Date and MIME tree agree with its summaries")
    func mimeKitSummaries() throws {
        var total = 0
        var agreed: [String: Int] = [:]
        var judgedCount: [String: Int] = [:]
        var misses: [String] = []
        for name in ["content-length", "issue1189"] {
            let base = Fixtures.corpus("MimeKit/UnitTests/TestData/mbox") + "/"
            let expected = Self.parseSummary(
                String(decoding: Fixtures.bytes(base + name + "-summary.txt"), as: UTF8.self))
            let ours = MailboxReader.splitMbox(Fixtures.bytes(base + name + ".mbox.txt")).map(Self.mimeKitSummary)
            try #require(ours.count == expected.count)
            for (index, (mine, theirs)) in zip(ours, expected).enumerated() {
                total += 1
                for field in ["envelope", "from", "to", "subject", "date", "tree"] {
                    // MimeKit writes a blank envelope address as "From - " with the space kept.
                    // Media types are compared without regard to case ("Application/x-pkcs7-mime").
                    let same =
                        field == "envelope"
                        ? mine[field]!.trimmingCharacters(in: .whitespaces)
                            == theirs[field]!.trimmingCharacters(in: .whitespaces)
                        : field == "tree"
                            ? mine[field]!.lowercased() == theirs[field]!.lowercased() : mine[field] == theirs[field]
                    let key = "\(name) #\(index) \(field)"
                    if same {
                        agreed[field, default: 0] += 1
                    } else if let reason = Self.judgedMimeKit[key] {
                        judgedCount[field, default: 0] += 1
                        misses.append("judged \(key): \(reason)")
                    } else {
                        misses.append(
                            "miss \(key): ours \(mine[field]!.debugDescription), MimeKit "
                                + "\(theirs[field]!.debugDescription)"
                        )
                    }
                }
            }
        }
        for field in ["envelope", "from", "to", "subject", "date", "tree"] {
            let count = agreed[field, default: 0]
            let counted = total - judgedCount[field, default: 0]
            print(
                "MimeKit mbox \(field): \(Fixtures.share(count, of: total)); "
                    + "without the \(total - counted) judged \(Fixtures.share(count, of: counted))"
            )
            #expect(Double(count) / Double(counted) >= 0.95, "\(field)")
        }
        for miss in misses { print("  \(miss)") }
    }
}
