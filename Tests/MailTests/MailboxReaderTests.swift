import Foundation
import TestSupport
import Testing

@testable import Mail

@Suite("Reading mailboxes")
struct MailboxReaderTests {
    @Test("A Maildir++ tree is walked into its nested folders; its placeholder files are skipped as not mail")
    func maildir() throws {
        // Stalwart's Maildir fixture holds one-letter placeholder files in cur/ and new/ of each folder.
        var skipped: [String] = []
        var read = 0
        try MailboxReader().read(
            Fixtures.corpus("mail-parser/resources/maildir"), skipped: { file, _ in skipped.append(file) }
        ) { _ in read += 1 }
        #expect(read == 0)
        #expect(skipped.count == 6)
        #expect(skipped.contains { $0.contains(".My Folder.Nested Folder/new/") })
    }

    @Test("A Maildir with real messages is read from cur and new, in name order")
    func maildirMessages() throws {
        let root = TestFolder.path("maildir", "post")
        defer { try? FileManager.default.removeItem(atPath: root) }
        for folder in ["cur", "new", "tmp", ".Arkiv/cur", ".Arkiv/new"] {
            try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        }
        for (path, subject) in [
            ("cur/2:2,S", "to"), ("cur/1:2,S", "en"), ("new/3", "tre"), (".Arkiv/cur/4:2,", "fire"),
        ] {
            _ = FileManager.default.createFile(
                atPath: root + "/" + path, contents: Data("From: a@b.no\nSubject: \(subject)\n\nTekst\n".utf8))
        }
        var subjects: [String] = []
        try MailboxReader().read(root) { subjects.append(MessageParser().parse($0.bytes).subject ?? "") }
        #expect(subjects == ["en", "to", "tre", "fire"])
    }

    @Test("A folder is read in path order: its messages taken, its other files skipped with the reason")
    func folder() throws {
        var files: [String] = []
        var skipped: [String] = []
        try MailboxReader().read(
            Fixtures.corpus("mail-parser/resources/eml/rfc"), skipped: { file, _ in skipped.append(file) }
        ) { files.append($0.source.file) }
        #expect(files == Fixtures.files(in: "mail-parser/resources/eml/rfc", ext: "eml"))
        #expect(skipped == Fixtures.files(in: "mail-parser/resources/eml/rfc", ext: "json"))
    }

    @Test(
        "Files that hold no mail, or a cut-off message, are refused with a Norwegian sentence naming the file",
        arguments: [
            ("", "tom.eml", MailError.Code.notMail, "er tom"),
            ("Dette er bare et notat.\nIngen e-post.\n", "notat.txt", .notMail, "er ikke en e-post eller en mbox-fil"),
            ("\u{0}\u{1}PNG", "bilde.eml", .notMail, "binærfil"),
            (
                "From: a@b.no\nSubject: Hei\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: "
                    + "text/plain\n\nHalvveis skre",
                "avkortet.eml", .truncated, "avkortet"
            ),
            ("From: a@b.no\nSubject: H", "avkortet-topptekst.eml", .truncated, "avkortet"),
        ])
    func refuses(content: String, name: String, code: MailError.Code, phrase: String) {
        let path = Fixtures.temporaryFile(Array(content.utf8), name: name)
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            try MailboxReader().read(path) { _ in }
            Issue.record("expected an error for \(name)")
        } catch let error as MailError {
            #expect(error.code == code)
            #expect(error.message.contains(path))
            #expect(error.message.contains(phrase))
            #expect(!error.message.contains("\n"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("An mbox with NUL bytes inside a message is still an mbox: every message is read")
    func nulInsideMbox() throws {
        let content =
            "From a@b.no Mon May 20 10:00:00 2024\nSubject: en\n\nTekst\0med NUL\n\nFrom c@d.no Mon May 20 10:00:00 "
            + "2024\nSubject: to\n\nmer\n"
        var subjects: [String?] = []
        let file = Fixtures.temporaryFile(Array(content.utf8), name: "nul.mbox")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try MailboxReader().read(file) {
            subjects.append(MessageParser().parse($0.bytes).subject)
        }
        #expect(subjects == ["en", "to"])
    }

    @Test("A missing path is reported by name")
    func missing() {
        #expect(throws: MailError(.missing(path: "/finnes/ikke.eml"))) {
            try MailboxReader().read("/finnes/ikke.eml") { _ in }
        }
        #expect(MailError(.missing(path: "/finnes/ikke.eml")).message == "Finner ikke «/finnes/ikke.eml».")
    }
}
