import Foundation

/// Parses the messages of mailboxes on several threads: the calling thread reads and splits the files, worker threads
/// parse batches of messages. Memory is bounded by the batches in flight, not by the size of the files.
public struct ParallelParser: Sendable {
    /// Threads that parse; 1 parses on the calling thread.
    public var workers: Int
    /// Bytes of raw messages handed to a worker at a time.
    public var batchBytes = 1 << 20

    /// Creates a parser using the given number of worker threads (at least 1).
    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.workers = max(1, workers)
    }

    /// Parses every message under the paths and gathers its statistics. Files in folders that hold no mail are passed
    /// to `skipped`; a path that cannot be read throws.
    public func statistics(of paths: [String], skipped: (String, MailError) -> Void = { _, _ in }) throws
        -> MailStatistics
    {
        let reader = MailboxReader()
        let parser = MessageParser()
        if workers == 1 {
            var statistics = MailStatistics()
            for path in paths {
                try reader.read(path, skipped: skipped) { raw in
                    statistics.add(parser.parse(raw.bytes), size: raw.bytes.count, readerWarnings: raw.warnings)
                }
            }
            return statistics
        }
        let queue = BatchQueue(capacity: workers)
        let results = Results()
        let running = DispatchGroup()
        for _ in 0..<workers {
            running.enter()
            let thread = Thread {
                var statistics = MailStatistics()
                while let batch = queue.pop() {
                    for raw in batch {
                        statistics.add(parser.parse(raw.bytes), size: raw.bytes.count, readerWarnings: raw.warnings)
                    }
                }
                results.add(statistics)
                running.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        var batch: [RawMessage] = []
        var size = 0
        // Closing the queue and waiting are harmless twice: here for a read that throws, below before the total.
        defer {
            queue.close()
            running.wait()
        }
        for path in paths {
            try reader.read(path, skipped: skipped) { raw in
                batch.append(raw)
                size += raw.bytes.count
                if size >= batchBytes {
                    queue.push(batch)
                    batch = []
                    size = 0
                }
            }
        }
        if !batch.isEmpty { queue.push(batch) }
        queue.close()
        running.wait()
        return results.total
    }
}

/// A bounded queue of message batches between the reading thread and the workers.
private final class BatchQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[RawMessage]] = []
    private var closed = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func push(_ batch: [RawMessage]) {
        condition.lock()
        while batches.count >= capacity, !closed { condition.wait() }
        batches.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    func pop() -> [RawMessage]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !closed { condition.wait() }
        guard !batches.isEmpty else { return nil }
        condition.broadcast()
        return batches.removeFirst()
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// The workers' statistics, merged as each finishes.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var total = MailStatistics()

    func add(_ statistics: MailStatistics) {
        lock.lock()
        total.merge(statistics)
        lock.unlock()
    }
}
