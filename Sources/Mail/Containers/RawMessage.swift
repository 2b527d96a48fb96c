/// Where a message was read from.
public struct MessageSource: Sendable, Hashable, Codable {
    /// The file path as given (for Maildir and folders: the message's own file).
    public var file: String
    /// The 0-based index of the message inside an mbox; 0 for a single message file.
    public var index: Int
    /// The byte offset of the message (its From_ line in an mbox) inside the file.
    public var offset: Int64

    /// Creates a source.
    public init(file: String, index: Int, offset: Int64) {
        self.file = file
        self.index = index
        self.offset = offset
    }
}

/// One message's bytes as found in a mailbox, before parsing.
public struct RawMessage: Sendable {
    /// The RFC 5322 message: for mbox, without its From_ line and with `>From ` escaping undone.
    public let bytes: [UInt8]
    /// The mbox From_ line (without its line break), when the message came from an mbox.
    public let envelope: String?
    /// Where it was read from.
    public let source: MessageSource
    /// What the mailbox reader had to repair to find the message (a wrong Content-Length, text before the first
    /// envelope); the parser's own repairs are on the parsed `Message`.
    public let warnings: [MailWarning]

    /// Creates a raw message.
    public init(bytes: [UInt8], envelope: String?, source: MessageSource, warnings: [MailWarning] = []) {
        self.bytes = bytes
        self.envelope = envelope
        self.source = source
        self.warnings = warnings
    }
}
