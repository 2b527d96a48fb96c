import Foundation
import Testing

@testable import HearingCore

@Suite("Importing mail into a workspace")
struct ImporterTests {
    private let example = Fixtures.example

    @Test("The example mailbox imports all its messages once; a second import adds nothing")
    func exampleMailbox() throws {
        let workspace = try Fixtures.workspace()
        let mailbox = Fixtures.temporaryPath("mbox")
        _ = FileManager.default.createFile(
            atPath: mailbox, contents: Data(try #require(ExampleLibrary.sampleMailbox("fsu-2024"))))
        let store = try workspace.openStore()
        let first = try Importer(store: store).run(paths: [mailbox], startedAt: "t1")
        let second = try Importer(store: store).run(paths: [mailbox], startedAt: "t2")
        #expect(first.result.read == 29)
        // The second Trondheim copy differs by a Delivered-To header, so all 29 are distinct bytes.
        #expect(first.result.added == 29)
        #expect(second.result.added == 0)
        #expect(try store.messageCount() == first.result.added)
    }

    @Test(
        "A non-mail or cut-off file stops the import with its name, and nothing is kept",
        arguments: [
            ("Bare et notat.\n", "notat.txt"),
            ("From: a@b.no\nSubject: Hei\nContent-Type: multipart/mixed; boundary=x\n\n--x\n\nHalvveis", "kuttet.eml"),
        ])
    func refusesBadFile(content: String, name: String) throws {
        let workspace = try Fixtures.workspace()
        let good = Fixtures.file(
            Fixtures.message(from: "a@malvik.kommune.no", body: "Vi støtter forslag 2."), name: "god.eml")
        let bad = Fixtures.file(content, name: name)
        let store = try workspace.openStore()
        do {
            _ = try Importer(store: store).run(paths: [good, bad], startedAt: "t")
            Issue.record("expected an error")
        } catch let error as HearingError {
            #expect(error.code == .input)
            #expect(error.message.contains(bad))
            #expect(error.message.hasSuffix("Ingenting ble importert."))
        }
        #expect(try store.messageCount() == 0)
    }
}
