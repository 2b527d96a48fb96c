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
        let workspace = try Fixtures.sampleWorkspace()
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

    @Test("Readings are kept: a second analysis reuses them and gives the same export, byte for byte")
    func keptReadings() throws {
        let workspace = try Fixtures.sampleWorkspace()
        let first = ExportJSON.document(try RoundAnalysis.run(workspace)).serialized()
        let store = try workspace.openStore()
        let hearing = try workspace.loadHearing()
        let key = RoundAnalysis.readingKey(hearing: hearing, recipients: try workspace.loadRecipients(), outgoing: [:])
        let kept = try store.readings(key: key)
        #expect(kept.count == (try store.messageCount()))
        let second = ExportJSON.document(try RoundAnalysis.run(workspace)).serialized()
        #expect(second == first)
    }

    @Test("A changed definition is read afresh; a correction shows on kept readings")
    func changes() throws {
        let workspace = try Fixtures.sampleWorkspace()
        let before = try RoundAnalysis.run(workspace)
        let target = try #require(before.counted.first { !$0.answers.isEmpty })
        try workspace.openStore().record(
            CorrectionChange.counted(false).correction(
                of: target, note: nil, author: "t", madeAt: "2026-11-28T12:00:00Z"))
        let corrected = try RoundAnalysis.run(workspace)
        #expect(corrected.submissions.first { $0.id == target.id }?.status == .excluded)
        var hearing = before.hearing
        hearing.title = "Ny tittel"
        try workspace.save(hearing)
        let recipients = try workspace.loadRecipients()
        let newKey = RoundAnalysis.readingKey(hearing: hearing, recipients: recipients, outgoing: [:])
        #expect(try workspace.openStore().readings(key: newKey).isEmpty)
        let after = try RoundAnalysis.run(workspace)
        #expect(after.hearing.title == "Ny tittel")
        #expect(try workspace.openStore().readings(key: newKey).count == after.submissions.count)
    }

    @Test("Themes are kept while the voices are unchanged, and derived again when a correction changes them")
    func keptThemes() throws {
        let workspace = try Fixtures.sampleWorkspace()
        let first = try RoundAnalysis.run(workspace)
        #expect(!first.clusters.isEmpty)
        let store = try workspace.openStore()
        let keys = try store.database.query("SELECT key FROM derived WHERE name = 'themes'").compactMap(\.first?.text)
        let key = try #require(keys.first)
        #expect(keys.count == 1)
        // A body kept under the same key is what the next analysis uses: mark it to see that.
        var marked = Themes(clusters: first.clusters, formLetters: first.formLetters)
        marked.clusters[0].label = "fra lageret"
        try store.saveDerived("themes", key: key, body: [UInt8](try JSONEncoder().encode(marked)))
        #expect(try RoundAnalysis.run(workspace).clusters[0].label == "fra lageret")
        let target = try #require(first.counted.first { !$0.answers.isEmpty })
        try store.record(
            CorrectionChange.counted(false).correction(
                of: target, note: nil, author: "t", madeAt: "2026-11-28T12:00:00Z"))
        let corrected = try RoundAnalysis.run(workspace)
        #expect(!corrected.clusters.contains { $0.label == "fra lageret" })
        #expect(corrected.clusters.allSatisfy { !$0.members.contains(target.id) })
    }

    @Test("A reading kept as bytes comes back whole for every message of the example; damaged bytes are not used")
    func readingBytes() throws {
        let workspace = try Fixtures.sampleWorkspace()
        let reader = ResponseReader(
            hearing: try workspace.loadHearing(), recipients: try workspace.loadRecipients(), outgoing: [:])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for message in try workspace.openStore().messages() {
            let reading = SubmissionReading(reader.read(message))
            let bytes = reading.encoded()
            let back = try #require(SubmissionReading(decoding: bytes))
            #expect(try encoder.encode(back) == encoder.encode(reading))
            #expect(SubmissionReading(decoding: Array(bytes.dropLast())) == nil)
            #expect(SubmissionReading(decoding: bytes + [0]) == nil)
        }
    }
}
