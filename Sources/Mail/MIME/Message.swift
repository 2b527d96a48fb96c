/// A parsed e-mail message: decoded headers, the MIME tree, the best plain text, attachments, and the repairs made.
public struct Message: Sendable {
    /// The top-level header fields.
    public let header: MessageHeader
    /// The root of the MIME tree.
    public let root: MessagePart
    /// The decoded Subject, or nil.
    public let subject: String?
    /// The first From mailbox, or nil.
    public let from: MailAddress?
    /// The To mailboxes.
    public let to: [MailAddress]
    /// The Cc mailboxes.
    public let cc: [MailAddress]
    /// The Reply-To mailboxes.
    public let replyTo: [MailAddress]
    /// The Date header, or nil when missing or unreadable.
    public let date: MailDate?
    /// The Message-ID without angle brackets, or nil.
    public let messageID: String?
    /// The In-Reply-To ids without angle brackets.
    public let inReplyTo: [String]
    /// The References ids without angle brackets.
    public let references: [String]
    /// The best plain text: text/plain preferred, else HTML turned into text.
    public let text: String
    /// The HTML body, decoded, when the message has one.
    public let html: String?
    /// The attachments, in order.
    public let attachments: [Attachment]
    /// Every repair the parser made.
    public let warnings: [MailWarning]
    /// Whether the bytes look cut off (header cut mid-line, or a multipart without its end that stops mid-line).
    public let looksTruncated: Bool
}
