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
        let key = readingKey(hearing: hearing, recipients: recipients, outgoing: sent)
        let understood = try understand(try store.messages(), with: reader, kept: store, key: key, progress: progress)
        let corrections = try store.corrections()
        let corrected = Corrections.apply(corrections, to: understood, hearing: hearing, recipients: recipients)
        let extended = Corrections.extendedDeadlines(corrections, submissions: corrected)
        var state = Aggregator.aggregate(
            hearing: hearing, recipients: recipients, submissions: corrected, extendedDeadlines: extended
        ) { voices in
            keptThemes(hearing: hearing, recipients: recipients, voices: voices, base: key, store: store)
        }
        state.extendedDeadlines = extended
        return state
    }

    /// What every reading depends on besides the message: this program (its reader version and the executable's size
    /// and date, so a new build never reuses an old build's readings), the definition, the list and what was sent.
    static func readingKey(hearing: Hearing, recipients: [Recipient], outgoing: [String: String]) -> String {
        var parts = ["reader \(ResponseReader.version)", programIdentity]
        parts.append(HearingDefinition.encode(hearing))
        parts.append(RecipientsCSV.text(recipients))
        parts += outgoing.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        return SHA256.hex(SHA256.hash(Array(parts.joined(separator: "\u{1F}").utf8)))
    }

    /// The running executable's size and modification time.
    static let programIdentity: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = attributes?[.size] as? Int ?? 0
        let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path) \(size) \(date)"
    }()

    /// The themes kept in the store when the voices are the same as when they were derived; otherwise derived and
    /// kept. A store that cannot be written still gives them.
    static func keptThemes(
        hearing: Hearing, recipients: [Recipient], voices: [Submission], base: String, store: Store
    ) -> Themes {
        let key = Themes.key(base: base, voices: voices)
        if let body = try? store.derived("themes", key: key),
            let themes = try? JSONDecoder().decode(Themes.self, from: Data(body))
        {
            return themes
        }
        let themes = Themes.derive(hearing: hearing, recipients: recipients, voices: voices)
        if let body = try? JSONEncoder().encode(themes) {
            try? store.saveDerived("themes", key: key, body: [UInt8](body))
        }
        return themes
    }

    /// The messages understood, reusing the readings kept in the store under the same key and keeping the new ones.
    /// A store that cannot be written (read-only) still gives the round; it is only not kept.
    static func understand(
        _ messages: [Store.StoredMessage], with reader: ResponseReader, kept store: Store,
        key: String, progress: (@Sendable (Int, Int) -> Void)?
    ) throws -> [Submission] {
        let stored = (try? store.readings(key: key)) ?? [:]
        var submissions: [Submission?] = Array(repeating: nil, count: messages.count)
        var fresh: [Int] = []
        for (index, message) in messages.enumerated() {
            if let body = stored[message.hash], let reading = SubmissionReading(decoding: body) {
                submissions[index] = reader.read(message, reusing: reading)
            } else {
                fresh.append(index)
            }
        }
        let done = submissions.count - fresh.count
        let read = understand(fresh.map { messages[$0] }, with: reader) { count, _ in
            progress?(done + count, messages.count)
        }
        var keep: [(hash: String, body: [UInt8])] = []
        for (offset, index) in fresh.enumerated() {
            submissions[index] = read[offset]
            keep.append((messages[index].hash, SubmissionReading(read[offset]).encoded()))
        }
        try? store.saveReadings(keep, key: key)
        return submissions.map { $0! }
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
