import Foundation

/// Runs the whole derivation for a workspace: read every stored message, understand it (on every core), aggregate.
public enum RoundAnalysis {
    /// The state of the round in a workspace, derived from its definition, recipients and stored originals;
    /// `progress` is told how many of how many messages have been understood (called from several threads).
    public static func run(_ workspace: Workspace, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil)
        throws -> RoundState
    {
        let hearing = try workspace.loadHearing()
        let recipients = try workspace.loadRecipients()
        let store = try workspace.openStore()
        let sent = Dictionary(
            try store.outgoing().map { ($0.messageID, $0.recipient) }, uniquingKeysWith: { first, _ in first })
        let reader = ResponseReader(hearing: hearing, recipients: recipients, outgoing: sent)
        let understood = understand(try store.messages(), with: reader, progress: progress)
        let corrections = try store.corrections()
        let corrected = Corrections.apply(corrections, to: understood, hearing: hearing, recipients: recipients)
        let extended = Corrections.extendedDeadlines(corrections, submissions: corrected)
        var state = Aggregator.aggregate(
            hearing: hearing, recipients: recipients,
            submissions: Corrections.applyExtensions(extended, to: corrected))
        state.extendedDeadlines = extended
        return state
    }

    /// Each message understood on its own, spread over the machine's cores; the result is in the store's order, the
    /// same as one core would give (each reading is a pure function of the message, the definition and the list).
    static func understand(
        _ messages: [Store.StoredMessage], with reader: ResponseReader,
        progress: (@Sendable (Int, Int) -> Void)?
    ) -> [Submission] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, messages.count / 8))
        guard workers > 1 else {
            return messages.enumerated().map { index, message in
                defer { progress?(index + 1, messages.count) }
                return reader.read(message)
            }
        }
        let results = Results(count: messages.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: messages.count, by: workers) {
                let done = results.set(reader.read(messages[index]), at: index)
                progress?(done, messages.count)
            }
        }
        return results.all
    }

    /// The readings as they are made, from several threads.
    private final class Results: @unchecked Sendable {
        private var slots: [Submission?]
        private var done = 0
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        /// Stores a reading and returns how many are done; the caller reports progress outside the lock's order.
        func set(_ submission: Submission, at index: Int) -> Int {
            lock.lock()
            defer { lock.unlock() }
            slots[index] = submission
            done += 1
            return done
        }

        var all: [Submission] { slots.map { $0! } }
    }
}
