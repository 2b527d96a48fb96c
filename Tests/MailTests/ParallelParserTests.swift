import Foundation
import Testing

@testable import Mail

@Suite("Parsing mailboxes on several threads")
struct ParallelParserTests {
    /// The corpus folders every statistic is compared over.
    static let sources = ["set-of-emails", "MimeKit/UnitTests/TestData/mbox", "mail-parser/resources/eml"]

    @Test("Counts are the same on one thread and on several, whatever the batch size", arguments: sources)
    func workersAgree(source: String) throws {
        let path = Fixtures.corpus(source)
        let single = try ParallelParser(workers: 1).statistics(of: [path])
        for (workers, batch) in [(2, 1), (2, 64 << 10), (3, 4 << 20)] {
            var parser = ParallelParser(workers: workers)
            parser.batchBytes = batch
            #expect(try parser.statistics(of: [path]) == single, "\(workers) threads, batches of \(batch) bytes")
        }
        #expect(single.messages > 10)
    }

    @Test("Statistics count what the parser saw in each message")
    func countsMatchTheMessages() throws {
        let path = Fixtures.corpus("set-of-emails")
        var messages = 0, bytes = 0, attachments = 0, warnings = 0
        var skipped: [String] = []
        try MailboxReader().read(path, skipped: { file, _ in skipped.append(file) }) { raw in
            let message = MessageParser().parse(raw.bytes)
            messages += 1
            bytes += raw.bytes.count
            attachments +=
                message.attachments.count
                + message.attachments.compactMap(\.message).map(\.attachments.count).reduce(0, +)
            warnings += message.warnings.count + raw.warnings.count
        }
        var skippedByStatistics: [String] = []
        let statistics = try ParallelParser(workers: 2).statistics(of: [path]) { file, _ in
            skippedByStatistics.append(file)
        }
        #expect(statistics.messages == messages)
        #expect(statistics.bytes == bytes)
        #expect(statistics.warnings.values.reduce(0, +) == warnings)
        #expect(statistics.attachments >= attachments)
        #expect(statistics.parts >= statistics.messages)
        #expect(skippedByStatistics == skipped)
        print(
            "set-of-emails: \(statistics.messages) messages, \(statistics.parts) parts, \(statistics.attachments) "
                + "attachments, \(skipped.count) files skipped"
        )
    }

    @Test("A path that does not exist is an error, not an empty count")
    func missingPath() {
        #expect(throws: MailError.self) { try ParallelParser(workers: 2).statistics(of: ["/finnes/ikke.mbox"]) }
    }
}
