/// One node of a message's MIME tree.
public struct MessagePart: Sendable {
    /// The part's own header fields.
    public let header: MessageHeader
    /// Content-Type with its parameters (`text/plain; charset=us-ascii` when absent).
    public let contentType: MIMEParameters
    /// Content-Disposition with its parameters, when present.
    public let disposition: MIMEParameters?
    /// The body after transfer decoding (empty for multiparts).
    public let decodedBody: [UInt8]
    /// The children of a multipart.
    public let children: [MessagePart]
    /// The message inside a `message/rfc822` part.
    public let encapsulated: EncapsulatedMessage?

    /// The lowercased media type, e.g. `text/plain`.
    public var mimeType: String { contentType.value.isEmpty ? "text/plain" : contentType.value }

    /// The decoded file name from Content-Disposition or Content-Type, if any.
    public var filename: String? {
        let name = disposition?["filename"] ?? contentType["name"]
        return name.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether this is a multipart container.
    public var isMultipart: Bool {
        // The first byte tells most parts apart without a string comparison.
        contentType.value.utf8.first == UInt8(ascii: "m") && contentType.value.hasPrefix("multipart/")
    }

    /// Whether the part is meant as an attachment rather than as body text.
    public var isAttachment: Bool {
        if isMultipart { return false }
        if disposition?.value == "attachment" { return true }
        if mimeType == "text/plain" || mimeType == "text/html" { return false }
        return true
    }

    /// Every part in document order, this one first.
    public var allParts: [MessagePart] {
        [self] + children.flatMap(\.allParts)
    }
}

/// A message held inside a `message/rfc822` part (a forwarded letter), boxed to keep the tree finite.
public final class EncapsulatedMessage: Sendable {
    /// The parsed inner message.
    public let message: Message
    init(_ message: Message) { self.message = message }
}
