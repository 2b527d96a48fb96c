import Foundation
import Testing

@testable import HearingCore

@Suite struct RoundAnalysisTests {
    final class Seen: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int] = []
        func add(_ value: Int) { lock.lock(); values.append(value); lock.unlock() }
        var all: [Int] { lock.lock(); defer { lock.unlock() }; return values }
    }

    @Test("Reading on every core gives what one core gives, in the store's order, and reports each message once")
    func parallel() throws {
        let workspace = try Fixtures.workspace()
        let mailbox = workspace.file("responses.mbox")
        _ = FileManager.default.createFile(
            atPath: mailbox, contents: Data(try #require(ExampleLibrary.sampleMailbox("fsu-2024"))))
        _ = try Importer(store: try workspace.openStore()).run(paths: [mailbox], startedAt: "t")
        let hearing = try workspace.loadHearing()
        let reader = ResponseReader(hearing: hearing, recipients: try workspace.loadRecipients(), outgoing: [:])
        let messages = try workspace.openStore().messages()
        let seen = Seen()
        let parallel = RoundAnalysis.understand(messages, with: reader) { done, total in
            #expect(total == messages.count)
            seen.add(done)
        }
        let serial = messages.map(reader.read)
        #expect(parallel.map(\.id) == serial.map(\.id))
        #expect(parallel.map { $0.answers.map(\.alternative) } == serial.map { $0.answers.map(\.alternative) })
        #expect(parallel.map(\.kind) == serial.map(\.kind))
        #expect(seen.all.sorted() == Array(1...messages.count))
    }
}
