import Foundation
import Mail
import Testing

@testable import HearingCore

@Suite("The workspace store")
struct StoreTests {
    private func raw(_ text: String, index: Int = 0) -> RawMessage {
        RawMessage(
            bytes: Array(text.utf8), envelope: nil, source: MessageSource(file: "x.mbox", index: index, offset: 0))
    }

    @Test("The same bytes are stored once, whatever file they came from; originals come back byte for byte")
    func idempotent() throws {
        let store = try Store(path: Fixtures.temporaryPath("store") + ".sqlite", create: true)
        let first = try store.importMessages(paths: ["a"], startedAt: "t1") { keep in
            try keep(raw("From: a@b.no\n\nen\n"))
            try keep(raw("From: a@b.no\n\nto\n", index: 1))
        }
        let second = try store.importMessages(paths: ["b"], startedAt: "t2") { keep in
            try keep(raw("From: a@b.no\n\nen\n", index: 5))
        }
        #expect(first == Store.ImportResult(read: 2, added: 2, alreadyStored: 0))
        #expect(second == Store.ImportResult(read: 1, added: 0, alreadyStored: 1))
        let messages = try store.messages()
        #expect(
            messages.map { String(decoding: $0.bytes, as: UTF8.self) } == [
                "From: a@b.no\n\nen\n", "From: a@b.no\n\nto\n",
            ])
        #expect(messages.first?.source.index == 0)
        #expect(try store.importCount() == 2)
    }

    @Test("An import that fails part-way leaves the store as it was")
    func rollback() throws {
        let store = try Store(path: Fixtures.temporaryPath("store") + ".sqlite", create: true)
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try store.importMessages(paths: ["a"], startedAt: "t") { keep in
                try keep(raw("From: a@b.no\n\nen\n"))
                throw Interrupted()
            }
        }
        #expect(try store.messageCount() == 0)
        #expect(try store.importCount() == 0)
    }

    @Test("A store written by a newer version is refused with a clear message")
    func newerSchema() throws {
        let path = Fixtures.temporaryPath("store") + ".sqlite"
        do {
            let store = try Store(path: path, create: true)
            try store.database.query("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        }
        #expect(throws: HearingError(.storeTooNew(path: path, version: 99, supported: Store.schemaVersion))) {
            try Store(path: path)
        }
    }

    @Test("A missing or emptied store is an error, never an empty round", arguments: [false, true])
    func missingStore(empty: Bool) throws {
        let path = Fixtures.temporaryPath("store") + ".sqlite"
        if empty { _ = FileManager.default.createFile(atPath: path, contents: Data()) }
        #expect(throws: HearingError.self) { try Store(path: path) }
        #expect(FileManager.default.contents(atPath: path)?.isEmpty ?? true)
    }

    @Test("A reader is never blocked by an import in progress: it sees the last committed state")
    func readerDuringImport() throws {
        let path = Fixtures.temporaryPath("store") + ".sqlite"
        let writer = try Store(path: path, create: true)
        _ = try writer.importMessages(paths: ["a"], startedAt: "t1") { keep in try keep(raw("From: a@b.no\n\nen\n")) }
        let reader = try Store(path: path)
        try writer.database.execute("BEGIN IMMEDIATE")
        try writer.database.query("UPDATE meta SET value = value WHERE key = 'schema_version'")
        #expect(try reader.messageCount() == 1)
        try writer.database.execute("COMMIT")
    }

    @Test("A file that is not a database is refused")
    func notADatabase() throws {
        let path = Fixtures.file("dette er ingen database", name: "store.sqlite")
        #expect(throws: HearingError.self) { try Store(path: path) }
    }

    @Test("The change counts follow messages, corrections and what was sent")
    func changeCounts() throws {
        let store = try Store(path: Fixtures.temporaryPath("store") + ".sqlite", create: true)
        #expect(try store.changeCounts() == [0, 0, 0, 0])
        let file = Fixtures.file(
            Fixtures.message(from: "postmottak@malvik.kommune.no", body: "Vi støtter forslag 2."),
            name: "a.eml")
        _ = try Importer(store: store).run(paths: [file], startedAt: "t")
        try store.record(
            Correction(
                submission: "x", field: "status", value: "excluded", note: nil,
                author: "t", madeAt: "2026-11-28T12:00:00Z"))
        #expect(try store.changeCounts() == [1, 1, 0, 0])
    }
}
