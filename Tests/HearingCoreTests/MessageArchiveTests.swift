import Foundation
import Testing

@testable import HearingCore

@Suite("Giving back the original bytes", .serialized)
struct MessageArchiveTests {
    /// A workspace holding the example round, the understanding corpus and three awkward single messages.
    private static func workspace() throws -> (Workspace, [Store.StoredMessage]) {
        let workspace = try Fixtures.workspace()
        let example = workspace.file("example.mbox")
        _ = FileManager.default.createFile(
            atPath: example, contents: Data(try #require(ExampleLibrary.sampleMailbox("fsu-2024"))))
        let corpus = UnderstandingCorpusTests.folder.appendingPathComponent("responses.mbox").path
        let crlf = Fixtures.file(
            Fixtures.message(from: "a@malvik.kommune.no", body: "Linje\n\nFrom the start.\n>From quoted.\n")
                .replacingOccurrences(of: "\n", with: "\r\n"), name: "crlf.eml")
        let escaped = Fixtures.file(
            Fixtures.message(from: "b@melhus.kommune.no", body: "From Trondheim 2024 kommer 12:00 svar.\n>>From x\n"),
            name: "from.eml")
        let store = try workspace.openStore()
        _ = try Importer(store: store).run(paths: [example, corpus, crlf, escaped], startedAt: "t")
        return (workspace, try store.messages())
    }

    @Test("An mbox export read back gives every message's bytes exactly")
    func mboxRoundTrip() throws {
        let (_, messages) = try Self.workspace()
        let archive = MessageArchive.mbox(messages)
        #expect(archive.lineBreaksAdded == 0)
        let again = try Fixtures.workspace()
        let path = again.file("again.mbox")
        _ = FileManager.default.createFile(atPath: path, contents: Data(archive.bytes))
        let store = try again.openStore()
        _ = try Importer(store: store).run(paths: [path], startedAt: "t")
        let back = try store.messages()
        #expect(back.count == messages.count)
        #expect(back.map(\.hash) == messages.map(\.hash))
        // Messages that came with a From_ line keep it; the others get a neutral one.
        let mismatched = zip(messages, back).filter { $0.envelope != nil && $0.envelope != $1.envelope }.count
        #expect(mismatched == 0)
    }

    @Test("A message without a final line break gets one in the mbox, and is counted")
    func missingLineBreak() throws {
        let workspace = try Fixtures.workspace()
        let path = Fixtures.file("From: a@malvik.kommune.no\nSubject: x\n\nUten linjeskift", name: "bare.eml")
        let store = try workspace.openStore()
        _ = try Importer(store: store).run(paths: [path], startedAt: "t")
        let archive = MessageArchive.mbox(try store.messages())
        #expect(archive.lineBreaksAdded == 1)
        #expect(String(decoding: archive.bytes, as: UTF8.self).hasSuffix("Uten linjeskift\n\n"))
    }

    @Test("File names in the eml form follow import order and hash")
    func emlNames() throws {
        let (_, messages) = try Self.workspace()
        let names = messages.map(MessageArchive.emlName)
        #expect(names.first?.hasPrefix("00001-") == true)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.count == 22 && $0.hasSuffix(".eml") })
    }
}
