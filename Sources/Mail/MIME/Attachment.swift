/// A file sent with a message: its decoded name, media type and bytes.
public struct Attachment: Sendable {
    /// The decoded file name, or a name made from the type when the sender gave none.
    public let filename: String
    /// The lowercased media type.
    public let contentType: String
    /// The decoded bytes.
    public let bytes: [UInt8]
    /// The message inside, for a `message/rfc822` attachment.
    public let message: Message?

    /// Creates an attachment.
    public init(filename: String, contentType: String, bytes: [UInt8], message: Message? = nil) {
        self.filename = filename
        self.contentType = contentType
        self.bytes = bytes
        self.message = message
    }
}
