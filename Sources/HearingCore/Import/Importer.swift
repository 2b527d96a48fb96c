import Mail

/// Imports mailboxes into a workspace's store: every message's original bytes, once, in one transaction.
public struct Importer {
    /// A file inside a folder that was passed over, and why.
    public struct Skipped: Sendable, Equatable {
        /// The file.
        public let file: String
        /// Why it was passed over, in Norwegian.
        public let reason: String
    }

    /// What an import did.
    public struct Report: Sendable {
        /// Counts of messages read, added and already stored.
        public let result: Store.ImportResult
        /// Files in folders that held no mail.
        public let skipped: [Skipped]
    }

    /// The store to import into.
    public let store: Store
    /// The mailbox reader.
    public var reader = MailboxReader()

    /// Creates an importer for a store.
    public init(store: Store) {
        self.store = store
    }

    /// Imports every message under the paths. A path that is missing, not mail, or a cut-off message file stops the
    /// import with an error naming it, and nothing is kept; files inside folders that hold no mail are skipped and
    /// listed.
    /// `progress` is told the messages and bytes read so far after each message.
    public func run(paths: [String], startedAt: String, progress: ((_ messages: Int, _ bytes: Int) -> Void)? = nil)
        throws -> Report
    {
        var skipped: [Skipped] = []
        let result: Store.ImportResult
        var messages = 0
        var bytes = 0
        do {
            result = try store.importMessages(paths: paths, startedAt: startedAt) { keep in
                for path in paths {
                    try reader.read(
                        path, skipped: { file, error in skipped.append(Skipped(file: file, reason: error.message)) }
                    ) { raw in
                        try keep(raw)
                        messages += 1
                        bytes += raw.bytes.count
                        progress?(messages, bytes)
                    }
                }
            }
        } catch let error as MailError {
            throw HearingError(.importStopped(error))
        }
        return Report(result: result, skipped: skipped)
    }
}
