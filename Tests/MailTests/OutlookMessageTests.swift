import Foundation
import Testing

@testable import Mail

@Suite("Outlook .msg items")
struct OutlookMessageTests {
    private static let samples = "MSGReader/MsgReaderTests/SampleFiles/"

    /// Line breaks made uniform. The corpus copy of LZFu.rtf has "\n\r" in the 7 places where the decompressed stream
    /// has "\r\n", which comes from the initial dictionary of [MS-OXRTFCP] and cannot be "\n\r": the expectation's
    /// line endings were altered when the file was copied, so the comparison ignores line-ending order.
    private func lines(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if (bytes[index] == 0x0D || bytes[index] == 0x0A), index + 1 < bytes.count,
                bytes[index + 1] == (bytes[index] == 0x0D ? 0x0A : 0x0D)
            {
                output.append(0x0A)
                index += 2
            } else {
                output.append(bytes[index] == 0x0D ? 0x0A : bytes[index])
                index += 1
            }
        }
        return output
    }

    @Test("Compressed RTF decompresses to MSGReader's expected RTF", arguments: ["LZFu", "MELA"])
    func compressedRTF(name: String) throws {
        let compressed = Fixtures.bytes(Fixtures.corpus(Self.samples + "rtf/\(name).bin"))
        let expected = Fixtures.bytes(Fixtures.corpus(Self.samples + "rtf/\(name).rtf"))
        try #require(!compressed.isEmpty && !expected.isEmpty)
        let rtf = try #require(CompressedRTF.decompress(compressed))
        #expect(rtf.count == expected.count)
        #expect(Fixtures.digest(lines(rtf)) == Fixtures.digest(lines(expected)))
    }

    @Test(
        "Headers, sender and text of MSGReader's samples",
        arguments: [
            ("TxtSampleEmail.msg", "TxtSampleEmail", "Chris.Wilson@leeds.gov.uk"),
            ("HtmlSampleEmail.msg", "HtmlSampleEmail", "Chris.Wilson@leeds.gov.uk"),
            ("RtfSampleEmail.msg", "RtfSampleEmail", "Chris.Wilson@leeds.gov.uk"),
            ("EmailWith2Attachments.msg", "E-mail with 2 attachments", "kees.van.spelde@achmea.nl"),
            (
                "EmailWithSpecialCharsInSubject.msg",
                "Un sujet bien défini Àéroport mañana être ouïe électricité così próxima à Ô",
                "Julie.Clarebots@qbere.com"
            ),
            ("EmailWithAttachments.msg", "This is the subject", "peterpan@neverland.com"),
        ])
    func samples(file: String, subject: String, from: String) {
        let message = MessageParser().parse(Fixtures.bytes(Fixtures.corpus(Self.samples + file)))
        #expect(message.subject == subject)
        #expect(message.from?.address == from)
        #expect(message.date != nil)
        #expect(!message.text.isEmpty)
    }

    @Test("Attachments keep their names; an attached item is parsed as a message")
    func attachments() {
        let two = MessageParser().parse(Fixtures.bytes(Fixtures.corpus(Self.samples + "EmailWith2Attachments.msg")))
        #expect(
            two.attachments.map(\.filename) == ["Installatie handleiding.docx", "Installatiehandleiding S&I Agro.xlsx"])
        let forwarded = MessageParser().parse(
            Fixtures.bytes(Fixtures.corpus(Self.samples + "EmailWithMsgAttachment.msg")))
        #expect(forwarded.attachments.first?.message?.subject == "Msg Attachment Test")
    }

    @Test(
        "Every .msg sample parses without a crash and has a date",
        arguments: Fixtures.files(in: "MSGReader/MsgReaderTests/SampleFiles", ext: "msg"))
    func everySample(path: String) throws {
        let raw = try MailboxReader().readSingle(path)
        let message = MessageParser().parse(raw.bytes)
        #expect(message.date != nil)
        #expect(raw.bytes == Fixtures.bytes(path))
    }

    @Test("A cut-off .msg is refused by name")
    func truncated() {
        let path = Fixtures.temporaryFile(
            Array(Fixtures.bytes(Fixtures.corpus(Self.samples + "TxtSampleEmail.msg")).prefix(600)), name: "kuttet.msg")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: MailError(.badOutlookItem(path: path, detail: .unreadable))) {
            try MailboxReader().readSingle(path)
        }
        #expect(
            MailError(.badOutlookItem(path: path, detail: .unreadable)).message
                == "«\(path)» er ikke en Outlook-melding som kan leses (.msg).")
    }
}
