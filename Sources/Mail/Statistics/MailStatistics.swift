/// Counts gathered by parsing messages fully: every header field decoded, every part transfer- and charset-decoded
/// (inline text parts by the parser as it chooses the text, text attachments here), the text chosen (HTML turned into
/// text). What `hearing mail stats` prints, and what the speed figures measure.
public struct MailStatistics: Sendable, Equatable {
    /// Messages parsed.
    public var messages = 0
    /// Bytes of the messages as read (after mbox unescaping).
    public var bytes = 0
    /// MIME parts, nested messages' parts included.
    public var parts = 0
    /// Attachments (parts that are not the message's text), nested messages' included.
    public var attachments = 0
    /// `message/rfc822` parts parsed as messages.
    public var nestedMessages = 0
    /// Header fields decoded.
    public var headerFields = 0
    /// Bytes (UTF-8) of decoded text: header values, text attachments, and each message's chosen text.
    public var characters = 0
    /// Bytes of decoded non-text parts.
    public var binaryBytes = 0
    /// Messages without any header field: stored by an import, but unreadable as mail.
    public var unreadable = 0
    /// Warnings by kind.
    public var warnings: [MailWarning.Kind: Int] = [:]

    /// Empty counts.
    public init() {}

    /// Adds a parsed message of the given raw size. Decodes what the parser leaves undecoded until asked: every header
    /// field's value and every text attachment.
    public mutating func add(_ message: Message, size: Int, readerWarnings: [MailWarning] = []) {
        messages += 1
        bytes += size
        for warning in readerWarnings { warnings[warning.kind, default: 0] += 1 }
        if message.header.fields.isEmpty { unreadable += 1 }
        for warning in message.warnings { warnings[warning.kind, default: 0] += 1 }
        characters += message.text.utf8.count
        attachments += message.attachments.count
        count(message)
    }

    private mutating func count(_ message: Message) {
        count(message.root)
    }

    /// One part and, depth first, the parts under it: walked in place, since gathering them into an array first copied
    /// every part of every message.
    private mutating func count(_ part: MessagePart) {
        parts += 1
        for field in part.header.fields {
            headerFields += 1
            characters += field.decodedValue.utf8.count
        }
        if let inner = part.encapsulated {
            nestedMessages += 1
            attachments += inner.message.attachments.count
            count(inner.message)
        } else if part.isMultipart {
            for child in part.children { count(child) }
        } else {
            // Inline text parts were decoded by the parser when it chose the text; text attachments are not.
            let isText = part.mimeType.hasPrefix("text/")
            if isText, part.isAttachment {
                var noWarnings: [MailWarning] = []
                characters +=
                    Charset.decode(part.decodedBody[...], label: part.contentType["charset"], warnings: &noWarnings)
                    .utf8.count
            } else if !isText {
                binaryBytes += part.decodedBody.count
            }
        }
    }

    /// Adds another set of counts to these.
    public mutating func merge(_ other: MailStatistics) {
        messages += other.messages
        bytes += other.bytes
        parts += other.parts
        attachments += other.attachments
        nestedMessages += other.nestedMessages
        headerFields += other.headerFields
        characters += other.characters
        binaryBytes += other.binaryBytes
        unreadable += other.unreadable
        warnings.merge(other.warnings, uniquingKeysWith: +)
    }
}
