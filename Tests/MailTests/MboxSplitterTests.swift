import Foundation
import Testing

@testable import Mail

@Suite("Splitting mbox files")
struct MboxSplitterTests {
    static let chunkSizes = [1, 7, 64, 4096, 1 << 20]

    /// Splits bytes fed in chunks of the given size.
    private func split(_ bytes: [UInt8], chunk: Int) -> [MboxSplitter.Piece] {
        var splitter = MboxSplitter()
        var pieces: [MboxSplitter.Piece] = []
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            splitter.feed(bytes[start..<end]) { pieces.append($0) }
            start = end
        }
        splitter.finish { pieces.append($0) }
        return pieces
    }

    @Test(
        "MimeKit mbox files split into the messages their summaries list", arguments: ["content-length", "issue1189"],
        chunkSizes)
    func mimeKitSummaries(name: String, chunk: Int) throws {
        let base = Fixtures.corpus("MimeKit/UnitTests/TestData/mbox") + "/"
        let summary = String(decoding: Fixtures.bytes(base + name + "-summary.txt"), as: UTF8.self)
        let envelopes = summary.split(separator: "\n").filter { $0.hasPrefix("From ") }
        let mbox = Fixtures.bytes(base + name + ".mbox.txt")
        try #require(!mbox.isEmpty && !envelopes.isEmpty)
        let pieces = split(mbox, chunk: chunk)
        #expect(pieces.count == envelopes.count)
        #expect(
            pieces.map { $0.envelope ?? "" }
                == envelopes.map { String($0).trimmingSpaces() == "From -" ? "From - " : String($0) })
    }

    @Test(
        "Unescaped From lines in bodies (MimeKit's unmunged sample, which starts with a BOM) stay in their message",
        arguments: chunkSizes)
    func unmunged(chunk: Int) {
        let pieces = split(
            Fixtures.bytes(Fixtures.corpus("MimeKit/UnitTests/TestData/mbox/unmunged.mbox.txt")), chunk: chunk)
        #expect(pieces.count == 2)
        #expect(pieces.allSatisfy { $0.envelope == "From -" })
        #expect(pieces.allSatisfy { String(decoding: $0.bytes, as: UTF8.self).contains("\nFrom Russia with love\n") })
    }

    @Test("MimeKit's simple sample holds three messages with Netscape envelopes", arguments: chunkSizes)
    func simple(chunk: Int) {
        let pieces = split(
            Fixtures.bytes(Fixtures.corpus("MimeKit/UnitTests/TestData/mbox/simple.mbox.txt")), chunk: chunk)
        #expect(pieces.count == 3)
    }

    @Test("Chunk size never changes the result", arguments: chunkSizes)
    func chunkSizeIndependent(chunk: Int) {
        let mbox = Fixtures.bytes(Fixtures.corpus("set-of-emails/mailbox/mbox-0"))
        let whole = split(mbox, chunk: mbox.count)
        let chunked = split(mbox, chunk: chunk)
        #expect(chunked.count == whole.count)
        #expect(chunked.map { $0.bytes.count } == whole.map { $0.bytes.count })
        #expect(chunked.map(\.offset) == whole.map(\.offset))
        #expect(chunked.map { Fixtures.digest($0.bytes) } == whole.map { Fixtures.digest($0.bytes) })
        #expect(whole.count == 37)
    }

    @Test("mboxrd escaping is undone one level and the envelope is kept")
    func unescapesFromLines() {
        let text =
            "From a@b Thu May 30 10:00:00 2024\nSubject: x\n\n>From the start\n>>From deeper\nplain\n\nFrom c@d Thu "
            + "May 30 11:00:00 2024\nSubject: y\n\nbody\n"
        let pieces = split(Array(text.utf8), chunk: 5)
        #expect(pieces.count == 2)
        #expect(
            String(decoding: pieces[0].bytes, as: UTF8.self) == "Subject: x\n\nFrom the start\n>From deeper\nplain\n")
        #expect(pieces[0].envelope == "From a@b Thu May 30 10:00:00 2024")
        #expect(
            pieces[1].offset
                == Int64(text.utf8.count - "From c@d Thu May 30 11:00:00 2024\nSubject: y\n\nbody\n".utf8.count))
    }

    @Test("A sentence starting with From in a body does not split the message")
    func bodyFromSentence() {
        let text = "From a@b Thu May 30 10:00:00 2024\nSubject: x\n\nFrom the council's point of view, yes.\n"
        #expect(split(Array(text.utf8), chunk: 3).count == 1)
    }

    @Test("CRLF and bare-CR mbox files split like LF ones", arguments: ["\r\n", "\r"])
    func lineEndings(ending: String) {
        let lines = [
            "From a@b Thu May 30 10:00:00 2024", "Subject: x", "", "one", "", "From c@d Thu May 30 11:00:00 2024",
            "Subject: y", "", "two", "",
        ]
        let pieces = split(Array(lines.joined(separator: ending).utf8), chunk: 4)
        #expect(pieces.count == 2)
        #expect(pieces[1].envelope == "From c@d Thu May 30 11:00:00 2024")
    }

    /// An mboxcl2 message: a Content-Length that covers a body with an unescaped envelope-like line.
    private static func counted(_ body: String, count: Int? = nil, ending: String = "\n") -> String {
        let header = [
            "From a@b Thu May 30 10:00:00 2024", "Subject: x", "Content-Length: \(count ?? body.utf8.count)", "", "",
        ].joined(separator: ending)
        return header + body + ending + "From c@d Thu May 30 11:00:00 2024" + ending + "Subject: y" + ending + ending
            + "two" + ending
    }

    @Test("mboxcl2: a right Content-Length keeps an unescaped From_ line inside the body", arguments: chunkSizes)
    func contentLengthKeepsBody(chunk: Int) {
        for ending in ["\n", "\r\n"] {
            let body = ["Forwarded:", "From x@y Wed May 29 09:00:00 2024", "old text", ""].joined(separator: ending)
            let text = Self.counted(body, ending: ending)
            let pieces = split(Array(text.utf8), chunk: chunk)
            #expect(pieces.count == 2)
            #expect(String(decoding: pieces[0].bytes, as: UTF8.self).hasSuffix(body))
            #expect(pieces[1].envelope == "From c@d Thu May 30 11:00:00 2024")
            #expect(
                pieces[1].offset
                    == Int64(
                        text.utf8.count
                            - ("From c@d Thu May 30 11:00:00 2024" + ending + "Subject: y" + ending + ending + "two"
                            + ending).utf8.count))
        }
    }

    @Test(
        "mboxcl2: a wrong Content-Length falls back to the line rules, with every offset right",
        arguments: [0, 5, 23, 400])
    func wrongContentLength(count: Int) {
        let body = "Forwarded:\n>From the archive\nFrom x@y Wed May 29 09:00:00 2024\nold text\n"
        let text = Self.counted(body, count: count)
        for chunk in Self.chunkSizes {
            let pieces = split(Array(text.utf8), chunk: chunk)
            // Read by lines: the envelope-like line inside the body splits it, ">From" is unescaped, and the
            // message whose count was wrong says so.
            #expect(
                pieces.map(\.envelope) == [
                    "From a@b Thu May 30 10:00:00 2024", "From x@y Wed May 29 09:00:00 2024",
                    "From c@d Thu May 30 11:00:00 2024",
                ])
            #expect(pieces.map { $0.warnings.map(\.kind) } == [[.wrongContentLength], [], []])
            #expect(String(decoding: pieces[0].bytes, as: UTF8.self).hasSuffix("Forwarded:\nFrom the archive\n"))
            let bytes = Array(text.utf8)
            for piece in pieces {
                let envelope = Array((piece.envelope ?? "").utf8)
                #expect(Array(bytes[Int(piece.offset)..<(Int(piece.offset) + envelope.count)]) == envelope)
            }
        }
    }

    @Test(
        "Every message with a Content-Length past the end of the file: one rescan, and every message found",
        arguments: [64, 1 << 20])
    func countsPastTheEnd(chunk: Int) {
        var text = ""
        for number in 0..<3000 {
            text += "From a@b Thu May 30 10:00:00 2024\nSubject: \(number)\nContent-Length: 99999999\n\nbody\n\n"
        }
        let pieces = split(Array(text.utf8), chunk: chunk)
        #expect(pieces.count == 3000)
        #expect(
            pieces.last.map { String(decoding: $0.bytes, as: UTF8.self) }
                == "Subject: 2999\nContent-Length: 99999999\n\nbody\n")
    }

    @Test(
        "Message offsets agree with MimeKit's (envelope, start and end of each message), LF and CRLF",
        arguments: ["content-length", "issue1189"], ["unix", "dos"])
    func mimeKitOffsets(name: String, lineEnds: String) throws {
        let base = Fixtures.corpus("MimeKit/UnitTests/TestData/mbox") + "/"
        let unix = Fixtures.bytes(base + name + ".mbox.txt")
        let mbox = lineEnds == "dos" ? MessageConformanceTests.crlf(unix) : unix
        let data = try Data(contentsOf: URL(fileURLWithPath: base + name + ".\(lineEnds)-offsets.json"))
        let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let pieces = split(mbox, chunk: 4096)
        try #require(pieces.count == expected.count)
        var agree = 0
        var lastLineBreak = 0
        let lineEnd = lineEnds == "dos" ? 2 : 1
        for (piece, want) in zip(pieces, expected) {
            let begin = Int(piece.offset) + (piece.envelope?.utf8.count ?? 0) + lineEnd
            guard Int(piece.offset) == want["mboxMarkerOffset"] as? Int, begin == want["beginOffset"] as? Int,
                let wantEnd = want["endOffset"] as? Int, wantEnd <= mbox.count
            else {
                let theirs = "\(want["mboxMarkerOffset"] ?? ""), \(want["beginOffset"] ?? "")"
                print("  differ: ours \(piece.offset), \(begin); MimeKit \(theirs)")
                continue
            }
            // The bytes MimeKit places between its offsets, with mboxrd escaping undone as ours is.
            if piece.bytes == Self.unescaped(mbox[begin..<wantEnd]) {
                agree += 1
            } else if wantEnd + lineEnd <= mbox.count, piece.bytes == Self.unescaped(mbox[begin..<(wantEnd + lineEnd)])
            {
                // Judged: a message whose last line runs straight into the next envelope, with no blank line between,
                // keeps that line's break here (its text ends with a line break, as RFC 5322 text does); MimeKit
                // counts the break as the separator.
                lastLineBreak += 1
            } else {
                print("  differ: \(piece.bytes.count) bytes ours, MimeKit \(begin)..<\(wantEnd)")
            }
        }
        print(
            "MimeKit offsets \(name) (\(lineEnds)): \(agree)/\(expected.count) messages at the same envelope, start "
                + "and end; "
                + "\(lastLineBreak) more keep the last line break before an envelope that follows without a blank line")
        #expect(agree + lastLineBreak == expected.count)
    }

    /// Lines starting with ">From ", ">>From " ... lose one ">" (mboxrd).
    static func unescaped(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        var atLineStart = true
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if atLineStart, bytes[index] == ASCII.greaterThan {
                var probe = index
                while probe < bytes.endIndex, bytes[probe] == ASCII.greaterThan { probe += 1 }
                if bytes[probe...].starts(with: Array("From ".utf8)) { index += 1 }
            }
            let byte = bytes[index]
            output.append(byte)
            atLineStart = byte == ASCII.lf
            index += 1
        }
        return output
    }

    @Test("Text before the first envelope is a message of its own, marked as such", arguments: chunkSizes)
    func textBeforeFirstEnvelope(chunk: Int) {
        let pieces = split(
            Array("Subject: løs\n\ntekst\n\nFrom a@b Thu May 30 10:00:00 2024\nSubject: x\n\nbody\n".utf8), chunk: chunk
        )
        #expect(pieces.count == 2)
        #expect(pieces.map { $0.warnings.map(\.kind) } == [[.textBeforeFirstEnvelope], []])
    }
}
